// A finer place the gazetteer lacks, named in one phrase with the place the trigger governs ("Baghdad's
// Qasra district", "the village of Tell Marid near Aleppo"): the event's words are the finer name's, its
// point the container's, and its precision no finer than the container's (coarser for a village near a
// town). Names with no such word ("in Jumblat"), faiths and kinds of area ("the Sunni district"), and
// names tied to the container by another clause keep the container. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const at = (text: string, specs: string[]) =>
  extract(text, '2024-06-21', specs).map((e) => [e.type, e.place?.name ?? null, e.place?.precision ?? null, e.placeSpan?.text ?? null]);

describe('a part of a town the gazetteer lacks', () => {
  it('takes a district after the town\'s possessive ("in Baghdad\'s Qasra district")', () => {
    expect(at('Gunmen shot dead a shopkeeper in Baghdad\'s Qasra district on Monday.', ['Baghdad'])).toEqual([['killing', 'Qasra, Baghdad', 'city', 'Qasra']]);
  });
  it('takes "the X neighbourhood of Y" and "the X area of Y"', () => {
    expect(at('A car bomb exploded in the Zayouna neighbourhood of Baghdad on Monday.', ['Baghdad'])).toEqual([['bombing', 'Zayouna, Baghdad', 'city', 'Zayouna']]);
    expect(at('A shell hit a bakery in the Salaheddine area of Aleppo on Monday.', ['Aleppo'])).toEqual([['shelling', 'Salaheddine, Aleppo', 'city', 'Salaheddine']]);
  });
  it('keeps the town\'s point and marks a village near it as coarser', () => {
    const [e] = extract('Gunmen killed nine farmers in Tell Marid village near Homs on Sunday.', '2024-06-21', ['Homs']);
    expect([e?.place?.name, e?.place?.precision, e?.place?.lat, e?.place?.lon, e?.placeSpan?.text]).toEqual(['Tell Marid, Homs', 'region', 34.73, 36.71, 'Tell Marid']);
  });
  it('takes "the village of X" with the town it lies near, through a distance', () => {
    expect(at('Gunmen killed five guests at a wedding in the village of Kafr Saad, 40 km north of Hama, on Friday.', ['Hama'])).toEqual([['killing', 'Kafr Saad, 40 km north of Hama', 'region', 'Kafr Saad']]);
  });
  it('takes the first name of a chain ("X village of Y district of Z")', () => {
    expect(at('Militants attacked Umm Tuwayna village of Jabal Saman district of Aleppo, killing six.', ['Aleppo'])).toEqual([['other', 'Umm Tuwayna, Aleppo', 'region', 'Umm Tuwayna']]);
  });
});

describe('not a finer place', () => {
  it('keeps the town for a name with no word for a place ("in Jumblat")', () => {
    expect(at('Gunmen shot dead a shopkeeper near Jumblat in Baghdad on Monday.', ['Baghdad'])).toEqual([['killing', 'Baghdad', 'city', 'Baghdad']]);
  });
  it('keeps the town for a faith or a kind of area ("the Sunni district", "a Shiite-majority district")', () => {
    expect(at('A car bomb exploded in the Sunni district of Baghdad on Monday.', ['Baghdad'])).toEqual([['bombing', 'Baghdad', 'city', 'Baghdad']]);
    expect(at('A car bomb exploded in a Shiite-majority district of Baghdad on Monday.', ['Baghdad'])).toEqual([['bombing', 'Baghdad', 'city', 'Baghdad']]);
  });
  it('keeps the town when the name is tied to it by another clause, not the phrase', () => {
    expect(at('A car bomb exploded in Baghdad on Monday, and residents fled to Zayouna district.', ['Baghdad'])).toEqual([['bombing', 'Baghdad', 'city', 'Baghdad']]);
  });
  it('takes a name the gazetteer knows as the place itself, not as a part of the town', () => {
    expect(at('A shell hit a bakery in the Karrada district of Baghdad on Monday.', ['Karrada', 'Baghdad'])).toEqual([['shelling', 'Karrada', 'city', 'Karrada']]);
  });
});

describe('the owner of a part and its direction', () => {
  it('takes a refugee camp near a town ("X refugee camp near the city of Y")', () => {
    expect(at('A man was shot dead at the entrance to Tel Ain refugee camp near the city of Homs.', ['Homs'])).toEqual([['killing', 'Tel Ain, Homs', 'city', 'Tel Ain']]);
  });
  it('takes "the Y neighbourhood of X" with the town before', () => {
    expect(at('In the south Baghdad neighbourhood of Dora, a roadside bomb killed one civilian.', ['Baghdad'])).toEqual([['bombing', 'Dora, Baghdad', 'city', 'Dora']]);
  });
  it('does not put the town inside a name that has a place word of its own ("the X area of Y district")', () => {
    expect(at('Troops shot dead two militants near the Karrada area of Tarmiya district on Monday.', ['Karrada'])).toEqual([['killing', 'Karrada', 'city', 'Karrada']]);
  });
});

describe('a finer place the trigger\'s words aim at', () => {
  it('takes the village an offensive targets after the wider place it is set in, as a region', () => {
    expect(at('Rebels launched an offensive in the Idlib province on Monday, targeting the key village of Kafr Halab.', ['Idlib'])).toEqual([['armed_clash', 'Kafr Halab, Idlib Governorate', 'region', 'Kafr Halab']]);
  });
  it('takes a district of the town a sentence is set in at the town\'s precision', () => {
    expect(at('In Kharkiv itself, a guided bomb hit a building in the Saltivskyi district, killing four.', ['Kharkiv'])).toEqual([['air_strike', 'Saltivskyi, Kharkiv', 'city', 'Saltivskyi']]);
  });
  it('does not take a name in a clause of its own, or after another place', () => {
    expect(at('Rebels launched an offensive in the Idlib province on Monday, after troops left the village of Kafr Halab.', ['Idlib'])).toEqual([['armed_clash', 'Idlib Governorate', 'region', 'Idlib']]);
  });
  it('does not put a listed village inside the town listed before it ("near Aleppo and the village of X")', () => {
    expect(at('Jets struck positions near Aleppo and the village of Kafr Halab on Monday.', ['Aleppo'])).toEqual([['air_strike', 'Aleppo', 'city', 'Aleppo']]);
  });
});

describe('a finer place named by an apposition', () => {
  it('takes "X, a small town in Y"', () => {
    expect(at('Gunmen shot dead an official in Tell Jadid, a small town in northern Syria.', ['Syria'])).toEqual([['killing', 'Tell Jadid, Syria', 'country', 'Tell Jadid']]);
  });
  it('does not tie the name to a place its apposition does not put it in', () => {
    expect(at('Gunmen shot dead an official in Syria after he left Tell Jadid, a small town whose people fled.', ['Syria'])).toEqual([['killing', 'Syria', 'country', 'Syria']]);
  });
});

describe('lists, possessives and owners\' names in the phrase', () => {
  it('ties the first of "the towns of A, B and C in Y" to Y', () => {
    expect(at('Jets launched airstrikes on the towns of Kafr Halab, Tell Jadid and Zorba in southern Aleppo.', ['Aleppo'])).toEqual([['air_strike', 'Kafr Halab, Aleppo', 'region', 'Kafr Halab']]);
  });
  it('ties "Y\'s southern district of X" to Y', () => {
    expect(at('A car bomb exploded near a convoy in Baghdad\'s southern district of Saydiya.', ['Baghdad'])).toEqual([['bombing', 'Saydiya, Baghdad', 'city', 'Saydiya']]);
  });
  it('takes a village named with its holder ("the army-held village of X", "the Jaysh Al-Islam held village of X")', () => {
    expect(at('Rebels launched an offensive in the Idlib province on Monday, targeting the Jaysh Al-Islam held village of Kafr Halab.', ['Idlib'])).toEqual([['armed_clash', 'Kafr Halab, Idlib Governorate', 'region', 'Kafr Halab']]);
  });
  it('does not read the aiming words before the wider place as aimed at a name after it', () => {
    expect(at('Troops shot dead two militants near the Karrada area of Tarmiya district on Monday.', ['Karrada'])).toEqual([['killing', 'Karrada', 'city', 'Karrada']]);
  });
});

describe('facilities named with their kind', () => {
  it('takes "the X prison in the city of Y" and "the X Museum in Y" within the town', () => {
    expect(at('At least 29 people were killed on Friday at the Tal Sijn prison in the city of Homs.', ['Homs'])).toEqual([['killing', 'Tal Sijn prison, Homs', 'city', 'Tal Sijn']]);
    expect(at('Gunmen killed 21 tourists at the popular Qasr Museum in Damascus.', ['Damascus'])).toEqual([['killing', 'Qasr Museum, Damascus', 'city', 'Qasr']]);
  });
  it('does not give an event the facility another event words aim at', () => {
    expect(at('Rebels blamed the army for the blast in Aleppo, and called for an inquiry into the attack on Quds Hospital.', ['Aleppo'])[0]).toEqual(['bombing', 'Aleppo', 'city', 'Aleppo']);
  });
});
