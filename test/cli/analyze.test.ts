// `dateline analyze`: the JSON contract, the other formats, and the documented exit codes.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/index.ts';
import { run } from './capture.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLE = path.join(ROOT, 'src/samples/iran-syria-2020-05-06.txt');
const SAMPLE_TEXT = readFileSync(SAMPLE, 'utf8');

describe('dateline analyze', () => {
  it('prints the Analysis as JSON with spans into the original text', async () => {
    const r = await run(['analyze', SAMPLE, '--published', '2020-05-06', '--title', 'Iran in Syria']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Analysis;
    expect(a.schemaVersion).toBe(1);
    expect(a.article).toMatchObject({ published: '2020-05-06', title: 'Iran in Syria', length: SAMPLE_TEXT.length });
    for (const m of a.mentions) {
      expect(SAMPLE_TEXT.slice(m.start, m.end)).toBe(m.text);
      expect(['literal', 'dateline', 'metonymy', 'demonym']).toContain(m.role);
      if (m.place) expect(Object.keys(m.place)).toEqual(expect.arrayContaining(['name', 'lat', 'lon', 'precision']));
      expect(Array.isArray(m.alternatives)).toBe(true);
    }
    for (const e of a.events) expect(SAMPLE_TEXT.slice(e.excerpt.start, e.excerpt.end)).toBe(e.excerpt.text);
  });

  it('reads stdin with - and gives the same output for the same input', async () => {
    const a = await run(['analyze', '-', '--published', '2020-05-06', '--compact'], { stdin: SAMPLE_TEXT });
    const b = await run(['analyze', SAMPLE, '--published', '2020-05-06', '--compact']);
    expect(a.code).toBe(0);
    expect(a.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(a.stdout).toBe(b.stdout);
  });

  it('uses the learned tagger by default and the rules alone with --no-tagger, both pointing into the text', async () => {
    const withTagger = await run(['analyze', SAMPLE, '--published', '2020-05-06', '--compact']);
    const explicit = await run(['analyze', SAMPLE, '--published', '2020-05-06', '--tagger', '--compact']);
    const rules = await run(['analyze', SAMPLE, '--published', '2020-05-06', '--no-tagger', '--compact']);
    expect(withTagger.code).toBe(0);
    expect(rules.code).toBe(0);
    expect(explicit.stdout).toBe(withTagger.stdout);
    for (const r of [withTagger, rules]) {
      const a = JSON.parse(r.stdout) as Analysis;
      expect(a.mentions.length).toBeGreaterThan(0);
      for (const m of a.mentions) expect(SAMPLE_TEXT.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('prints GeoJSON and CSV', async () => {
    const g = await run(['analyze', SAMPLE, '--published', '2020-05-06', '--format', 'geojson']);
    expect(g.code).toBe(0);
    const fc = JSON.parse(g.stdout);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) expect(f.properties).toMatchObject({ published: '2020-05-06', source: SAMPLE });
    const c = await run(['analyze', SAMPLE, '--published', '2020-05-06', '--format', 'csv', '--source-url', 'https://example.org/x']);
    expect(c.code).toBe(0);
    expect(c.stdout.split('\r\n')[0]).toMatch(/^event_id,event_date,/);
  });

  it('reduces HTML to its text, never reading scripts, and says so', async () => {
    const html = '<!doctype html><html><head><title>t</title><script>var Paris = 1;</script></head><body><p>Shelling hit Aleppo &amp; Idlib.</p><p>More.</p></body></html>';
    const r = await run(['analyze', '-', '--published', '2020-05-06'], { stdin: html });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/looks like HTML/);
    const a = JSON.parse(r.stdout) as Analysis;
    expect(a.warnings[0]).toMatch(/looks like HTML/);
    expect(a.article.length).toBe('Shelling hit Aleppo & Idlib.\n\nMore.'.length);
  });

  it.each([
    [['analyze', SAMPLE], 2, /--published YYYY-MM-DD is required/],
    [['analyze', SAMPLE, '--published', '2020-02-30'], 2, /not a real calendar date/],
    [['analyze', SAMPLE, '--published', 'yesterday'], 2, /not a real calendar date/],
    [['analyze', SAMPLE, '--published', '2020-05-06', '--format', 'kml'], 2, /--format must be one of json, geojson, csv/],
    [['analyze', '--published', '2020-05-06'], 2, /exactly one FILE/],
    [['analyze', SAMPLE, '--published', '2020-05-06', '--bogus'], 2, /Unknown option '--bogus'/],
    [['frobnicate'], 2, /unknown command "frobnicate"/],
    [['analyze', '/no/such/file.txt', '--published', '2020-05-06'], 3, /no such file/],
    [['analyze', ROOT, '--published', '2020-05-06'], 3, /is a directory/],
    [['analyze', SAMPLE, '--published', '2020-05-06', '--gazetteer', '/no/gazetteer.bin'], 3, /npm run data/],
  ])('%j exits %i', async (args, code, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('warns about empty input but still prints a valid Analysis', async () => {
    const r = await run(['analyze', '-', '--published', '2020-05-06'], { stdin: '  \n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/stdin is empty/);
    const a = JSON.parse(r.stdout) as Analysis;
    expect(a.mentions).toEqual([]);
    expect(a.warnings).toContain('stdin is empty: there is nothing to analyse.');
  });

  it('refuses binary input with exit code 3', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const r = await run(['analyze', '-', '--published', '2020-05-06'], { stdin: png });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/binary/);
  });

  it('prints help with the exit codes', async () => {
    const r = await run(['analyze', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*3\s+unreadable input/);
  });

  it('sets the process exit code through bin/dateline.mjs', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/dateline.mjs'), 'analyze', '/no/such/file', '--published', '2020-05-06'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/no such file/);
  });
});
