#!/usr/bin/env node
// Geoparser speed: gazetteer load time and steady-state findMentions throughput (wall and CPU)
// over a corpus, after a warm-up pass. Usage: node scripts/dev-eval-speed.mjs [CORPUS.jsonl] [passes]
import { register } from 'tsx/esm/api';
import { readFileSync } from 'node:fs';

register();
const { loadGazetteer } = await import('../src/core/gazetteer/gazetteer.ts');
const { findMentions } = await import('../src/core/places/mentions.ts');
const { findSections, findSentences } = await import('../src/core/text/sections.ts');

const file = process.argv[2] ?? '/work/shared/eval/lgl.jsonl';
const passes = Number(process.argv[3] ?? 4);
const raw = readFileSync('public/data/gazetteer.json', 'utf8');
const loads = [];
let gaz;
for (let k = 0; k < 3; k++) {
  const t = performance.now();
  const c0 = process.cpuUsage();
  gaz = loadGazetteer(raw);
  const c = process.cpuUsage(c0);
  loads.push(`${Math.round(performance.now() - t)} ms wall, ${Math.round((c.user + c.system) / 1000)} ms CPU`);
}
console.log(`gazetteer: ${(raw.length / 1e6).toFixed(1)} MB, ${gaz.size} records; load (parse + index, file already read): ${loads.join(' / ')}`);
const docs = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text);
// sections and sentences belong to another stage: computed once, outside the timing
const pre = docs.map((t) => ({ t, sections: findSections(t), sentences: findSentences(t) }));
const chars = docs.reduce((a, t) => a + t.length, 0);
for (let pass = 0; pass < passes; pass++) {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (const d of pre) findMentions(d.t, { sections: d.sections, sentences: d.sentences, gazetteer: gaz });
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const wall = (performance.now() - w0) / 1000;
  console.log(`pass ${pass}${pass === 0 ? ' (warm-up)' : ''}: ${(chars / 1e6).toFixed(2)} M chars, ${(chars / 1e6 / wall).toFixed(2)} MB/s wall, ${(chars / 1e6 / cpu).toFixed(2)} MB/CPU-s`);
}
