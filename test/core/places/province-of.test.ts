// "the province of X", "the region of X": the first-level region of that name, as "X province" is.
// A country or region named as the owner qualifies the place after it. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { mentionsIn } from './mentions-helper.ts';

const one = (t: string, name: string) => mentionsIn(t).find((m) => m.text === name);

describe('a region word and "of" before a name', () => {
  it('names the region, where the name has one', () => {
    expect(one('Militants in the northwestern province of Idlib attacked a checkpoint.', 'Idlib')?.place).toMatchObject({ country: 'SY', precision: 'region' });
    expect(one('Shelling hit the region of Kharkiv overnight.', 'Kharkiv')?.place).toMatchObject({ country: 'UA', precision: 'region' });
    expect(one('Fighting raged in the governorate of Hama on Monday.', 'Hama')?.place).toMatchObject({ country: 'SY', precision: 'region' });
  });

  it('leaves a country a country and the town where no region has the name (negative)', () => {
    expect(one('He lives in the Kurdistan region of Iraq.', 'Iraq')?.place).toMatchObject({ country: 'IQ', precision: 'country' });
    expect(one('Clashes broke out near Mellit, in the region of Darfur.', 'Mellit')?.place?.precision).toBe('city');
    // the bare name is still the city
    expect(one('Militants attacked a checkpoint in Idlib.', 'Idlib')?.place?.precision).toBe('city');
  });
});

describe("a country or region's possessive before a name", () => {
  it('qualifies the place after it', () => {
    expect(one("Shelling hit Lebanon's Tripoli on Monday.", 'Tripoli')?.place).toMatchObject({ country: 'LB', precision: 'city' });
    expect(one("Shelling hit Lebanon's Tripoli on Monday.", 'Tripoli')?.reason).toMatch(/qualified by Lebanon/);
  });

  it('leaves the other reading where the owner or no owner says so (negative)', () => {
    expect(one("Strikes hit Libya's Tripoli on Monday.", 'Tripoli')?.place?.country).toBe('LY');
    expect(one('Strikes hit Tripoli on Monday.', 'Tripoli')?.place?.country).toBe('LY');
  });
});
