// CSV export: ACLED vocabularies, RFC 4180 quoting, and no spreadsheet formula can be smuggled in.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, csvRows, toCSV } from '../../../src/core/export/csv.ts';
import { ANALYSIS } from './analysis-fixture.ts';

/** A small RFC 4180 reader, to check that what we write reads back to the same cells. */
function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('toCSV', () => {
  const csv = toCSV(csvRows(ANALYSIS, 'https://example.org/a'));
  const table = parseCSV(csv);
  const header = table[0];
  const rows = table.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));

  it('has the ACLED-like header, one row per event and CRLF line ends', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    for (const col of ['event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'notes', 'source']) {
      expect(header).toContain(col);
    }
    expect(rows).toHaveLength(3);
    expect(table.every((r) => r.length === header.length)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('uses ACLED event types and precision codes', () => {
    expect(rows[0]).toMatchObject({ event_date: '2020-05-04', time_precision: '1', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', location: 'Syria', geo_precision: '3', location_precision: 'country', fatalities: '14', actor1: 'Israel', source: 'https://example.org/a' });
    expect(rows[1]).toMatchObject({ sub_event_type: 'Shelling/artillery/missile attack', time_precision: '3', geo_precision: '1', fatalities: '2', fatalities_max: '5', latitude: '33.5102', longitude: '36.29128' });
    expect(rows[2]).toMatchObject({ event_type: 'Strategic developments', event_date: '', time_precision: '', location: '', latitude: '' });
  });

  it('quotes excerpts with commas, quotes and newlines so they read back whole', () => {
    expect(rows[0].notes).toBe(ANALYSIS.events[0].excerpt.text);
    expect(rows[0].notes).toContain('"officials"');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(rows[0].actor2).toBe(`'=cmd|" /C calc"!A0`);
    for (const danger of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\uff1d1']) expect(csvCell(danger).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('Damascus')).toBe('Damascus');
  });

  it('neutralises a formula behind spaces, no-break spaces and invisible characters', () => {
    for (const lead of [' ', '   ', '\u00a0', '\u200b', '\ufeff', '\u200e', '\u2060', '\u3000', ' \u200b\u00a0', '\n']) {
      for (const op of ['=', '+', '-', '@', '\uff1d']) {
        const cell = `${lead}${op}HYPERLINK("http://x")`;
        expect(csvCell(cell).replace(/^"/, ''), JSON.stringify(cell)).toMatch(/^'/);
      }
    }
    expect(csvCell(' Damascus')).toBe('" Damascus"');
    expect(csvCell('\u200bAleppo')).toBe('\u200bAleppo');
    expect(csvCell('Tel Aviv-Yafo')).toBe('Tel Aviv-Yafo');
  });

  it('leaves numbers alone, negative coordinates included', () => {
    expect(csvCell(-92.4451)).toBe('-92.4451');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});
