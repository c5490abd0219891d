// Tiny synthetic corpora for the learner's tests: places follow "in"/"near"/"to" and are in the
// lexicon; people follow "Mr."/"Mrs." or precede "said". Names are drawn so that the test texts
// use names never seen in training.
import type { AnnotatedText } from '../../../src/core/tagger/train.ts';
import type { TaggerLexicon } from '../../../src/core/tagger/lexicon.ts';
import { mulberry32 } from '../../../src/core/tagger/prng.ts';

const SYLLABLES = ['ka', 'lo', 'mer', 'ton', 'vil', 'bra', 'dun', 'sa', 'rim', 'po', 'zel', 'har', 'qu', 'ni', 'bel', 'gor'];

export function makeName(random: () => number): string {
  const n = 2 + Math.floor(random() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return s[0].toUpperCase() + s.slice(1);
}

export interface SyntheticCorpus {
  docs: AnnotatedText[];
  places: Set<string>;
  people: Set<string>;
}

export function syntheticCorpus(seed: number, count: number): SyntheticCorpus {
  const random = mulberry32(seed);
  const docs: AnnotatedText[] = [];
  const places = new Set<string>();
  const people = new Set<string>();
  for (let d = 0; d < count; d++) {
    let text = '';
    const spans: AnnotatedText['spans'] = [];
    for (let s = 0; s < 4; s++) {
      const place = makeName(random);
      const person = makeName(random);
      places.add(place);
      people.add(person);
      const prep = ['in', 'near', 'to'][Math.floor(random() * 3)];
      const intro = random() < 0.5 ? `Mr. ${person} said the convoy went ${prep} ` : `${person} said the convoy went ${prep} `;
      text += intro;
      spans.push({ start: text.length, end: text.length + place.length });
      text += place + ' on Monday. ';
    }
    docs.push({ text, spans });
  }
  return { docs, places, people };
}

export function setLexicon(names: Iterable<string>, cls = 'name:city'): TaggerLexicon {
  const known = new Set(names);
  return { classes: (name) => (known.has(name) ? [cls, 'pop4'] : undefined) };
}
