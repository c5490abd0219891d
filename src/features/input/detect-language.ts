// A cheap guess at a text's language from how often each language's commonest function words
// occur (articles, prepositions, conjunctions): enough to tell a French or Spanish report from an
// English one and say that Dateline reads only English, not to identify languages in general.
export interface LanguageGuess {
  /** ISO 639-1 code. */
  code: string;
  name: string;
  /** The share of words that are this language's function words. */
  share: number;
  /** The same share for English. */
  englishShare: number;
}

const FUNCTION_WORDS: Record<string, { name: string; words: string }> = {
  en: { name: 'English', words: 'the and of to in is that was for on with said as by at from his it were have has are be an this which their they after had been who not' },
  fr: { name: 'French', words: 'le la les des et est une du dans pour que qui pas sur au aux avec par ont été sont il elle ce cette selon ses leur mais ou plus' },
  es: { name: 'Spanish', words: 'el la los las de y que en del por con una para es se al fue su sus más como pero este esta según han sido entre' },
  de: { name: 'German', words: 'der die und das ist nicht den mit von sich des auf ein eine dem im zu wurde sie auch nach bei aus einer wurden hat sind' },
  it: { name: 'Italian', words: 'il di che la per del della un una sono non è con gli le nel dei alla ha anche sulla questo secondo stato delle' },
  pt: { name: 'Portuguese', words: 'o de que e do da em um uma para os no na com não por as dos foi ao das pelo pela segundo também mais' },
  nl: { name: 'Dutch', words: 'de het een en van is dat op te in zijn niet met voor werd die aan bij ook maar naar heeft door volgens' },
};

const SETS = Object.entries(FUNCTION_WORDS).map(([code, { name, words }]) => ({ code, name, words: new Set(words.split(' ')) }));

/** Words looked at: the first few thousand are plenty, and keep a 10 MB paste instant. */
const MAX_WORDS = 3_000;
const MIN_WORDS = 25;

/** The likeliest of the languages above, or null when the text is too short to tell. */
export function guessLanguage(text: string): LanguageGuess | null {
  const words = text.slice(0, 40_000).toLowerCase().match(/\p{L}+/gu)?.slice(0, MAX_WORDS) ?? [];
  if (words.length < MIN_WORDS) return null;
  const hits = new Map<string, number>();
  for (const w of words) for (const s of SETS) if (s.words.has(w)) hits.set(s.code, (hits.get(s.code) ?? 0) + 1);
  let best = SETS[0]!;
  for (const s of SETS) if ((hits.get(s.code) ?? 0) > (hits.get(best.code) ?? 0)) best = s;
  return { code: best.code, name: best.name, share: (hits.get(best.code) ?? 0) / words.length, englishShare: (hits.get('en') ?? 0) / words.length };
}

/**
 * A warning when the text is clearly not English: another language's function words are frequent
 * and English ones rare. English prose runs at about a quarter function words; a French report
 * quoting an English name or two stays far below that.
 */
export function languageWarning(text: string): string | null {
  const g = guessLanguage(text);
  if (!g || g.code === 'en') return null;
  if (g.share < 0.12 || g.englishShare > g.share / 3) return null;
  return `This text looks like ${g.name}, not English. Dateline reads only English for now: it will find few or no events in it, and places only by their names.`;
}
