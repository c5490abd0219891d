// What a word looks like and what kind of word it is: its shape ("Xx", "X.X."), and the
// classes of context words (prepositions, place nouns, titles, speech verbs, institutions)
// whose weight a new word of the same class shares.

const X = 88; // 'X'
const LX = 120; // 'x'
const D = 100; // 'd'

/** Word shape with runs collapsed: "Tel" -> "Xx", "U.S." -> "X.X.", "AVIV" -> "X", "19" -> "d". */
export function shape(word: string): string {
  let out = '';
  let last = -1;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    let c: number;
    if (code >= 65 && code <= 90) c = X;
    else if (code >= 97 && code <= 122) c = LX;
    else if (code >= 48 && code <= 57) c = D;
    else if (code < 128) c = code;
    else {
      // Rare outside ASCII: classify by Unicode category, keeping surrogate pairs together.
      const cp = word.codePointAt(k)!;
      if (cp > 0xffff) k++;
      const ch = String.fromCodePoint(cp);
      c = /\p{Lu}/u.test(ch) ? X : /\p{Ll}|\p{Lo}/u.test(ch) ? LX : /\p{N}/u.test(ch) ? D : /\p{M}/u.test(ch) ? (last >= 0 ? last : LX) : cp;
    }
    if (c !== last || (c !== X && c !== LX && c !== D)) out += String.fromCodePoint(c);
    last = c;
  }
  return out;
}

export function isAllCaps(word: string): boolean {
  return word.length > 1 && word.toUpperCase() === word && word.toLowerCase() !== word;
}

// Word classes around a name that generalise past the words seen in training: a new place
// noun or title shares the weight its class earned ("the village of X", "Governor X").
export const LEFT_CLASS = new Map<string, string>();
export const RIGHT_CLASS = new Map<string, string>();
const PLACE_NOUNS =
  'village town city province region district governorate county state suburb neighbourhood neighborhood ' +
  'outskirts capital port island islands area municipality oblast prefecture borough township parish ' +
  'republic kingdom valley river lake mountains camp refugee border';
for (const w of 'in near at outside inside into toward towards across around from to via through throughout within between'.split(' ')) LEFT_CLASS.set(w, 'prep');
for (const w of PLACE_NOUNS.split(' ')) {
  LEFT_CLASS.set(w, 'place-noun');
  RIGHT_CLASS.set(w, 'place-noun');
}
for (const w of 'mr mr. mrs mrs. ms ms. dr dr. president minister gen. general governor gov. sen. rep. senator spokesman spokeswoman sheikh judge officer sgt. lt. col. capt. coach chief mayor'.split(' ')) LEFT_CLASS.set(w, 'title');
for (const w of 'said says told announced reported added stated claimed denied warned accused urged insisted'.split(' ')) RIGHT_CLASS.set(w, 'speech');
for (const w of "'s ’s".split(' ')) RIGHT_CLASS.set(w, 'possessive');
for (const w of 'police department university school college hospital church company inc. corp. club team high'.split(' ')) RIGHT_CLASS.set(w, 'institution');
