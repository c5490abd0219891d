// The basemap's place names come from the gazetteer the worker already holds: populated places of
// 1,000 or more and every capital and seat, best-ranked first.
import { expect, test } from 'vitest';
import type { Gazetteer } from '../../src/core/index.ts';
import { buildPlaceLabels, buildPlaceLabelsInSlices, labelRank } from '../../src/worker/place-labels.ts';

type Rec = ReturnType<Gazetteer['record']>;
const rec = (id: number, name: string, cls: Rec['cls'], featureCode: string, population: number): Rec => ({
  id,
  name,
  lat: 30 + id,
  lon: 40 + id,
  featureCode,
  cls,
  country: 'SY',
  admin1Key: '',
  population,
  geonameId: id,
  minorRank: 0,
});

test('only populated places are labelled, small ones only when they are seats, ranked with capitals weighted up', () => {
  const records = [
    rec(0, 'Syria', 'country', 'PCLI', 20_000_000),
    rec(1, 'Aleppo', 'city', 'PPLA', 1_600_000),
    rec(2, 'Damascus', 'city', 'PPLC', 1_500_000),
    rec(3, 'Hamlet', 'city', 'PPL', 600),
    rec(4, 'Quneitra', 'city', 'PPLA', 400),
    rec(5, 'Aleppo Governorate', 'admin1', 'ADM1', 0),
    rec(6, 'Douma', 'city', 'PPL', 110_000),
  ];
  const l = buildPlaceLabels({ size: records.length, record: (id) => records[id]! });
  expect(l.names.split('\n')).toEqual(['Damascus', 'Aleppo', 'Douma', 'Quneitra']);
  expect([...l.seat]).toEqual([2, 1, 0, 1]);
  expect([...l.rank]).toEqual([labelRank(1_500_000, 2), labelRank(1_600_000, 1), 110_000, labelRank(400, 1)]);
  expect(l.lat[0]).toBeCloseTo(32);
  expect(l.lon[0]).toBeCloseTo(42);
});

test('names keep to one line each', () => {
  const records = [rec(0, 'Two\nLines', 'city', 'PPL', 5000)];
  expect(buildPlaceLabels({ size: 1, record: (id) => records[id]! }).names).toBe('Two Lines');
});

test('built in slices, the labels are the same, and the worker gets a turn between slices', async () => {
  const records = Array.from({ length: 25 }, (_, i) => rec(i, `Town ${i}`, 'city', i % 5 === 0 ? 'PPLA' : 'PPL', 1000 + ((i * 7919) % 50_000)));
  const gaz = { size: records.length, record: (id: number) => records[id]! };
  const turns: number[] = [];
  let read = 0;
  const counting = { size: gaz.size, record: (id: number) => (read++, gaz.record(id)) };
  const sliced = await buildPlaceLabelsInSlices(counting, async () => void turns.push(read), 10);
  // a pause before each slice of 10: after 0, 10 and 20 records read
  expect(turns).toEqual([0, 10, 20]);
  const whole = buildPlaceLabels(gaz);
  expect(sliced.names).toBe(whole.names);
  expect([...sliced.rank]).toEqual([...whole.rank]);
  expect([...sliced.lat]).toEqual([...whole.lat]);
});
