// Verbatim copy of /work/shared/eval/score.mjs (the shared reference scorer), kept here so the port's
// tests compare against it without needing ../shared at run time. Do not edit: re-copy instead.
// score.mjs — geoparsing scorer (plain Node, no dependencies).
//
//   node score.mjs GOLD.jsonl PRED.jsonl [--match exact|eupeg|overlap] [--types literal,associative]
//                  [--coords-only] [--no-precision] [--require-geonameid]
//   PRED may also be an EUPEG-style .txt line file (line i = gold document with seq i)
//   node score.mjs --eupeg GOLD_LINES.txt PRED_LINES.txt [--no-precision]
//
// JSONL mode: GOLD is a file written by convert.mjs; PRED has the same shape
// ({"id", "toponyms":[{"start","end","name","lat","lon"}]}), joined on "id".
// EUPEG mode: the line format used by EUPEG / Gritta et al. (one document per line,
// "resolved,,surface,,lat,,lon,,start,,end||..."), documents joined by line number.
//
// Matching rules
//   exact   : same [start,end)                                   (strict NER-style)
//   overlap : spans overlap                                        (lenient)
//   eupeg   : |centre_gold - centre_pred| < 10 chars AND surface strings equal ignoring case
//             (the rule in EUPEG's Utils.java and Gritta's evaluation code; "inexact")
// Resolution metrics are computed on matched pairs where both sides have coordinates:
//   acc@161 (share of errors < 161 km), mean and median error (km),
//   AUC = trapezoid area under sorted ln(1+err)/ln(20039) over n-1 steps (Gritta et al. 2018; EUPEG).
// --coords-only   : keep only gold AND predicted toponyms that have coordinates (EUPEG / Gritta convention)
// --types T1,T2   : keep only gold toponyms of these types (GWN: literal|associative); predictions that
//                   match an excluded gold toponym are ignored (neither TP nor FP), so a literal-only score
//                   does not penalise tagging associative toponyms
// --require-geonameid : gold restricted to GeoNames-linked toponyms (GWN geocoding gold, 2,401); other
//                   predictions still count as FP, exactly as in EUPEG
// --no-precision  : gold is incomplete (WikToR, Hu2014, Ju2016): report recall(=accuracy) only
import fs from 'node:fs';

const args = process.argv.slice(2);
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const flag = (k) => args.includes(k);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--match', '--types'].includes(args[i - 1]));

const R = 6371;
function haversine(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}
const hasXY = (t) => t.lat !== null && t.lat !== undefined && t.lon !== null && t.lon !== undefined && !Number.isNaN(+t.lat) && !Number.isNaN(+t.lon);

function matcher(mode) {
  if (mode === 'exact') return (g, p) => g.start === p.start && g.end === p.end;
  if (mode === 'overlap') return (g, p) => g.start < p.end && p.start < g.end;
  return (g, p) => Math.abs((g.start + g.end) / 2 - (p.start + p.end) / 2) < 10 && String(g.name).toLowerCase() === String(p.name).toLowerCase();
}

export function score(pairs, { match = 'exact', coordsOnly = false, noPrecision = false } = {}) {
  const same = matcher(match);
  let tp = 0, fp = 0, fn = 0;
  const errs = [];
  for (const [gold, pred, ignore = []] of pairs) {
    const G = gold.filter((t) => !coordsOnly || hasXY(t));
    const P = pred.filter((t) => !coordsOnly || hasXY(t));
    const used = new Set();
    // predictions that hit a gold toponym excluded by --types are neither TP nor FP
    for (const g of ignore) for (let i = 0; i < P.length; i++) if (!used.has(i) && same(g, P[i])) { used.add(i); break; }
    for (const g of G) {
      let hit = -1;
      for (let i = 0; i < P.length; i++) if (!used.has(i) && same(g, P[i])) { hit = i; break; }
      if (hit < 0) { fn++; continue; }
      used.add(hit); tp++;
      const p = P[hit];
      if (hasXY(g) && hasXY(p)) errs.push(haversine(+g.lat, +g.lon, +p.lat, +p.lon));
    }
    if (!noPrecision) fp += P.length - used.size;
  }
  errs.sort((a, b) => a - b);
  const n = errs.length;
  const res = { tp, fp: noPrecision ? null : fp, fn };
  res.recall = tp / (tp + fn || 1);
  if (!noPrecision) { res.precision = tp / (tp + fp || 1); res.f1 = tp ? (2 * res.precision * res.recall) / (res.precision + res.recall) : 0; }
  res.n_resolved = n;
  if (n) {
    res.acc161 = errs.filter((e) => e < 161).length / n;
    res.mean_km = errs.reduce((a, b) => a + b, 0) / n;
    res.median_km = n % 2 ? errs[(n - 1) / 2] : (errs[n / 2 - 1] + errs[n / 2]) / 2;
    const f = (e) => Math.log(1 + e) / Math.log(20039);
    if (n > 1) { let s = 0.5 * (f(errs[0]) + f(errs[n - 1])); for (let i = 1; i < n - 1; i++) s += f(errs[i]); res.auc = s / (n - 1); } else res.auc = f(errs[0]);
  }
  return res;
}

function parseLines(file) {
  return fs.readFileSync(file, 'utf8').split('\n').map((line) => line.split('||').filter((e) => e.length > 1).map((e) => {
    const p = e.split(',,');
    const num = (s) => (s === undefined || s === '' || /^null$/i.test(s) ? null : Number(s));
    return { name: p[1], lat: num(p[2]), lon: num(p[3]), start: Number(p[4]), end: Number(p[5]) };
  }));
}

function main() {
  const fmt = (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? +v.toFixed(3) : v]));
  if (flag('--eupeg')) {
    const [goldF, predF] = positional;
    const G = parseLines(goldF); const P = parseLines(predF);
    const pairs = G.map((g, i) => [g, P[i] || []]);
    console.log(JSON.stringify(fmt(score(pairs, { match: 'eupeg', coordsOnly: true, noPrecision: flag('--no-precision') }))));
    return;
  }
  const [goldF, predF] = positional;
  const types = opt('--types', null);
  const keep = (t) => !types || types.split(',').includes(t.type);
  const gold = fs.readFileSync(goldF, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const needGid = flag('--require-geonameid');
  const keepG = (t) => keep(t) && (!needGid || t.geonameid !== undefined);
  let pairs;
  if (predF.endsWith('.txt')) { // EUPEG-style line file: document i = line i = gold doc with seq i
    const P = parseLines(predF);
    pairs = gold.map((d, i) => [d.toponyms.filter(keepG), P[d.seq ?? i] || [], d.toponyms.filter((t) => !keep(t))]);
  } else {
    const pred = new Map(fs.readFileSync(predF, 'utf8').split('\n').filter(Boolean).map((l) => { const d = JSON.parse(l); return [String(d.id), d.toponyms || []]; }));
    pairs = gold.map((d) => [d.toponyms.filter(keepG), pred.get(String(d.id)) || [], d.toponyms.filter((t) => !keep(t))]);
  }
  console.log(JSON.stringify(fmt(score(pairs, { match: opt('--match', 'exact'), coordsOnly: flag('--coords-only'), noPrecision: flag('--no-precision') }))));
}
if (import.meta.url === `file://${process.argv[1]}`) main();
