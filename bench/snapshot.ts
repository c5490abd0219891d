// Writes every analysis of the given corpora (and the sample), with and without the tagger, to one
// JSON-lines file and prints its hash. A speed change that claims to keep the output must keep
// the hash:  npm run bench:snapshot -- OUT.jsonl CORPUS.jsonl...  then diff two OUT files.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createEngine } from '../src/core/index.ts';
import type { Engine } from '../src/core/index.ts';
import { loadEngine } from '../src/cli/engine.ts';
import { parseCorpus, publishedFor, DEFAULT_CORPUS_PUBLISHED } from '../src/cli/corpus-file.ts';

const [out, ...corpora] = process.argv.slice(2);
if (!out || !corpora.length) {
  console.error('usage: npm run bench:snapshot -- OUT.jsonl CORPUS.jsonl [CORPUS.jsonl...]');
  process.exit(2);
}
const withTagger = (await loadEngine(undefined, { tagger: true })).engine;
const rulesOnly: Engine = createEngine(withTagger.gazetteer);
const docs = corpora.flatMap((file) => parseCorpus(readFileSync(file, 'utf8'), file).map((d) => ({ id: `${file}#${d.id}`, text: d.text, published: publishedFor(d, DEFAULT_CORPUS_PUBLISHED) })));
docs.push({ id: 'sample', text: readFileSync(new URL('../src/samples/iran-syria-2020-05-06.txt', import.meta.url), 'utf8'), published: '2020-05-06' });
const lines: string[] = [];
for (const d of docs) {
  for (const engine of [withTagger, rulesOnly]) {
    const a = engine.analyze(d.text, { published: d.published });
    lines.push(JSON.stringify({ id: d.id, tagger: Boolean(engine.tagger), sections: a.sections, mentions: a.mentions, dates: a.dates, events: a.events, warnings: a.warnings }));
  }
}
const body = lines.join('\n') + '\n';
writeFileSync(out, body);
console.log(`${out}: ${lines.length} analyses, sha1 ${createHash('sha1').update(body).digest('hex')}`);
