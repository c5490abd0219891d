// A re-mention at a scene the gazetteer does not know ("the strike on Haret Hreik") is the incident
// told at that very scene, placed at the known place around it; a scene no sentence of the incident
// named stays apart (moving it there would put it somewhere it did not happen).
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const P = ['Damascus', 'Aleppo'];
const run = (text: string) => extract(text, '2024-06-22', P).map((e) => ({ place: e.place?.name ?? null, killed: e.fatalities, excerpts: e.excerpts.length }));

describe('a definite re-mention at an unknown scene', () => {
  it('joins the incident whose own sentence named that scene', () => {
    expect(run("Jets struck a building in Mezzeh, in Damascus's western district, late on Friday. The ministry said on Saturday that two people had been killed in the strike on Mezzeh.")).toEqual([
      { place: 'Damascus', killed: { min: 2, max: 2 }, excerpts: 2 },
    ]);
  });
  it('stays apart when the incident was told at another scene', () => {
    const out = run('Jets struck a building in Damascus late on Friday. The ministry said on Saturday that two people had been killed in the strike on Mezzeh.');
    expect(out.find((e) => e.place === 'Damascus')).toEqual({ place: 'Damascus', killed: null, excerpts: 1 });
  });
  it('does not take a scene named only inside a longer word', () => {
    const out = run("Jets struck a building in Mezzehville, in Damascus's western district, late on Friday. The ministry said on Saturday that two people had been killed in the strike on Mezzeh.");
    expect(out.find((e) => e.place === 'Damascus')?.killed ?? null).toBeNull();
  });
});
