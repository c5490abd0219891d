// "were patrolling a road in X when their vehicle was hit": where people were doing something when the
// incident struck them is its scene. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const places = (text: string) => extract(text, '2024-11-18', ['Saraqib', 'Kherson', 'Idlib']).map((e) => [e.type, e.place?.name ?? null]);

describe('the place people were at when the incident struck', () => {
  it('is the scene of a "when" clause after a progressive', () => {
    expect(places('Villagers were praying in a mosque in Saraqib when a bomb exploded on Friday, killing five.')).toEqual([['bombing', 'Saraqib']]);
    expect(places('The convoy was travelling near Kherson when it was hit by a drone on Monday.')).toEqual([['drone_strike', 'Kherson']]);
    expect(places('Soldiers were patrolling a road in Saraqib district, Idlib when their vehicle was hit by a roadside bomb on Sunday.')).toEqual([['bombing', 'Saraqib']]);
  });
  it('gives way to a place the incident\'s own words name (negative)', () => {
    expect(places('The minister was visiting Kherson when a drone strike hit a school in Saraqib on Monday.')).toEqual([['drone_strike', 'Saraqib']]);
  });
  it('is not taken from where someone merely was (negative)', () => {
    expect(places('The minister was in Kherson when the drone strike hit on Monday.')).toEqual([['drone_strike', null]]);
  });
});
