// Named facilities as one mention over the whole name: airports and air bases from OurAirports
// (and the few the build adds), and facilities named after a place. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { mentionsIn } from './mentions-helper.ts';

const run = mentionsIn;
const one = (t: string, name: string) => run(t).find((m) => m.text === name);

describe('airports and air bases the gazetteer holds', () => {
  it('matches the whole name, in capitals or not, at the facility point', () => {
    const base = one('Tankers took off from Al Udeid Air Base before dawn.', 'Al Udeid Air Base');
    expect(base?.place?.precision).toBe('point');
    expect(base?.place?.featureCode).toBe('AIRB');
    expect(base?.place?.country).toBe('QA');
    expect(base?.reason).toContain('an air base');
    const lower = one('Jets flew from the Bagram air base overnight.', 'Bagram air base');
    expect(lower?.place?.country).toBe('AF');
    expect(lower?.place?.precision).toBe('point');
    expect(one('He was held at the Vancouver international airport.', 'Vancouver international airport')?.place?.featureCode).toBe('AIRP');
  });

  it('reads names with numbers and the press form without the article', () => {
    const ms = run('Missiles hit the T-4 air base and the Shayrat airbase in central Syria.');
    expect(ms.find((m) => m.text === 'T-4 air base')?.place?.name).toBe('Tiyas Air Base');
    expect(ms.find((m) => m.text === 'Shayrat airbase')?.place?.name).toBe('Shayrat Air Base');
    expect(one('Drones were launched from the Udeid air base, officials said.', 'Udeid air base')?.place?.country).toBe('QA');
  });

  it('leaves the bare town name to the town', () => {
    const ms = run('Fighting continued in Kandahar, near the Kandahar airfield.');
    expect(ms.find((m) => m.text === 'Kandahar')?.place?.precision).toBe('city');
    expect(ms.find((m) => m.text === 'Kandahar airfield')?.place?.featureCode).toBe('AIRB');
  });
});

describe('facilities named after a place', () => {
  it('makes one mention over the whole name, placed at the place, with a reason that says so', () => {
    const field = one('Drones struck the Kramatorsk airfield on Monday.', 'Kramatorsk airfield');
    expect(field?.place?.name).toBe('Kramatorsk');
    expect(field?.reason).toMatch(/^an airfield named after Kramatorsk, placed there/);
    const ms = run('Cargo ships waited at the Port of Los Angeles while Boston Harbor froze.');
    expect(ms.find((m) => m.text === 'Port of Los Angeles')?.place?.name).toBe('Los Angeles');
    expect(ms.find((m) => m.text === 'Boston Harbor')?.reason).toMatch(/^a harbour named after Boston/);
    expect(ms.some((m) => m.text === 'Los Angeles' || m.text === 'Boston')).toBe(false);
    const uni = one('Students protested at Ohio State University on Friday.', 'Ohio State University');
    expect(uni?.place?.name).toBe('Ohio');
    expect(uni?.reason).toMatch(/^a university named after Ohio/);
    expect(one('She studied at the University of Kentucky for a year.', 'University of Kentucky')?.place?.name).toBe('Kentucky');
  });

  it('does not place a university named after a person at a small town of that name', () => {
    const ms = run('He taught at Harvard University and later at Lipscomb University.');
    expect(ms.map((m) => m.text)).toEqual([]);
  });

  it('leaves a place followed by other words alone', () => {
    expect(one('Rain fell on Boston and its harbour on Friday.', 'Boston')?.place?.name).toBe('Boston');
    expect(one('Officials in Kramatorsk said the air was clear.', 'Kramatorsk')?.place?.name).toBe('Kramatorsk');
  });
});
