#!/usr/bin/env node
// Scratch evaluator for the geoparser: runs findMentions over a corpus .jsonl and writes
// predictions {"id","toponyms":[{start,end,name,lat,lon}]} for /work/shared/eval/score.mjs.
// Usage: node scripts/dev-eval-corpus.mjs GOLD.jsonl OUT.jsonl [--no-demonyms] [--limit N] [--errors FILE]
import { register } from 'tsx/esm/api';
import { readFileSync, writeFileSync } from 'node:fs';

register();
const { loadGazetteer } = await import('../src/core/gazetteer/gazetteer.ts');
const { findMentions } = await import('../src/core/places/mentions.ts');
const { findSections, findSentences } = await import('../src/core/text/sections.ts');

const args = process.argv.slice(2);
const [goldFile, outFile] = args.filter((a, i) => !a.startsWith('--') && !['--limit', '--errors'].includes(args[i - 1]));
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const errFile = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : null;
const noDemonyms = args.includes('--no-demonyms');

let t = performance.now();
const gaz = loadGazetteer(readFileSync('public/data/gazetteer.json', 'utf8'));
console.error(`gazetteer loaded in ${Math.round(performance.now() - t)} ms`);
const docs = readFileSync(goldFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).slice(0, limit);
const out = [];
const errors = [];
let chars = 0;
t = performance.now();
const cpu0 = process.cpuUsage();
for (const d of docs) {
  const sections = findSections(d.text);
  const sentences = findSentences(d.text);
  const ms = findMentions(d.text, { sections, sentences, gazetteer: gaz }).filter((m) => !(noDemonyms && m.role === 'demonym'));
  chars += d.text.length;
  out.push(JSON.stringify({ id: d.id, toponyms: ms.map((m) => ({ start: m.start, end: m.end, name: m.text, lat: m.place?.lat ?? null, lon: m.place?.lon ?? null })) }));
  if (errFile) errors.push({ id: d.id, text: d.text, gold: d.toponyms, pred: ms.map((m) => ({ start: m.start, end: m.end, text: m.text, role: m.role, place: m.place && `${m.place.name}/${m.place.country ?? ''}/${m.place.featureCode}`, lat: m.place?.lat, lon: m.place?.lon, reason: m.reason, alts: m.alternatives.map((a) => ({ n: `${a.place.name}/${a.place.country ?? ''}/${a.place.admin1 ?? ''}/${a.place.featureCode}`, lat: a.place.lat, lon: a.place.lon, s: a.score })) })) });
}
const ms = performance.now() - t;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
writeFileSync(outFile, out.join('\n') + '\n');
if (errFile) writeFileSync(errFile, errors.map((e) => JSON.stringify(e)).join('\n') + '\n');
// CPU time as well as wall time: on a shared machine the wall clock measures the neighbours
console.error(`${docs.length} docs, ${(chars / 1e6).toFixed(2)} M chars in ${Math.round(ms)} ms wall = ${(chars / 1e6 / (ms / 1000)).toFixed(2)} M chars/s; ` +
  `${Math.round(cpuMs)} ms CPU = ${(chars / 1e6 / (cpuMs / 1000)).toFixed(2)} M chars/CPU-s`);
