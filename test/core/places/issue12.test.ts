// Rules from issue 12 (the geoparser on unseen news), each with sentences of our own, both ways.
import { describe, expect, it } from 'vitest';
import { isPluralDemonym } from '../../../src/core/places/demonyms.ts';
import { lookupName } from '../../../src/core/gazetteer/gazetteer.ts';
import { testGazetteer } from '../gazetteer/test-gazetteer.ts';
import { mentionsIn } from './mentions-helper.ts';

const gaz = testGazetteer();

const run = mentionsIn;
const one = (t: string, name: string) => run(t).find((m) => m.text === name);
const one2 = (ms: ReturnType<typeof run>, name: string) => ms.find((m) => m.text === name);

describe('demonyms', () => {
  it('finds continent, region and state demonyms', () => {
    expect(one('European ministers met African envoys.', 'European')?.place?.name).toBe('Europe');
    expect(one('European ministers met African envoys.', 'African')?.place?.name).toBe('Africa');
    expect(one('Kurdish fighters held the town.', 'Kurdish')?.role).toBe('demonym');
    expect(one('Abkhaz and Dagestani officials spoke.', 'Abkhaz')?.place?.name).toBe('Abkhazia');
    expect(one('Abkhaz and Dagestani officials spoke.', 'Dagestani')?.place?.country).toBe('RU');
    expect(one('South Ossetian troops withdrew.', 'South Ossetian')?.place?.name).toBe('South Ossetia');
  });

  it('reads each part of a country\'s two-part demonym, and the short name "Bosnia"', () => {
    expect(one('Bosnian Serb forces shelled the town.', 'Bosnian')?.place?.country).toBe('BA');
    expect(one('A pilot was shot down over Bosnia in 1995.', 'Bosnia')?.place?.country).toBe('BA');
    expect(one('An Antiguan sailor was rescued.', 'Antiguan')?.place?.country).toBe('AG');
  });

  it('points a shared demonym at the independent country, not a territory', () => {
    expect(one('The American and French delegations arrived.', 'American')?.place?.country).toBe('US');
    expect(one('The American and French delegations arrived.', 'French')?.place?.country).toBe('FR');
  });

  it('tells plural nouns from adjectives', () => {
    expect(isPluralDemonym(gaz, 'Israelis')).toBe(true);
    expect(isPluralDemonym(gaz, 'Kurds')).toBe(true);
    expect(isPluralDemonym(gaz, 'Israeli')).toBe(false);
    expect(isPluralDemonym(gaz, 'Swiss')).toBe(false);
    expect(isPluralDemonym(gaz, 'Paris')).toBe(false);
  });
});

describe('vetoes that removed real places', () => {
  it('does not take a demonym after a title word for a surname', () => {
    const ms = run('The deputy Russian foreign minister spoke on Monday. Russian officials later denied the report.');
    expect(ms.filter((m) => m.text === 'Russian').length).toBe(2);
  });

  it('keeps Spanish', () => {
    expect(run('Spanish officials said the Spanish navy would help.').map((m) => m.text)).toEqual(['Spanish', 'Spanish']);
  });

  it('knows Burkina Faso\'s regions ("in Centre-Nord region"), and still reads "Nord" alone as before', () => {
    const ms = run('Gunmen killed 70 people in the village of Zaongo, in Centre-Nord region of Burkina Faso, and 12 in Boucle du Mouhoun.');
    expect(one2(ms, 'Centre-Nord')?.place).toMatchObject({ name: 'Centre-Nord', country: 'BF', precision: 'region' });
    expect(one2(ms, 'Boucle du Mouhoun')?.place?.country).toBe('BF');
    expect(one('Floods hit the Nord department of France.', 'Nord')?.place?.country).toBe('FR');
  });

  it('does not read a name in a story about one country as a small town of a far country ("Soro" is not Sorø, Denmark)', () => {
    const bf = 'Soldiers killed villagers in Nondin, in Burkina Faso. Later the unit killed people in Soro, near Ouahigouya, Burkina Faso officials said.';
    expect(one(bf, 'Soro')?.place ?? null).toBeNull();
    // ... while a small town of a country the story names stays (negative), and so does one in a story with no clear country.
    expect(one('Burkina Faso and Denmark signed a deal. Talks were held in Soro, Denmark.', 'Soro')?.place?.country).toBe('DK');
    expect(one('He visited Soro on his way home.', 'Soro')?.place).not.toBeNull();
  });

  it('never takes a tagger span over dotted initials for a town ("a U.N. school" is not Un, India)', () => {
    const text = 'A strike hit a U.N. school in Gaza and a U.S. base.';
    // A tagger that proposes the initials, as the learned one does in some contexts.
    const at = (w: string, cut = 0) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length - cut, score: 1 });
    const ms = run(text, { propose: () => [at('U.N.'), at('Gaza'), at('U.S.')] });
    expect(ms.map((m) => [m.text, m.place?.country ?? null])).toEqual([['Gaza', 'PS'], ['U.S.', 'US']]);
  });

  it('reads the EU as the European Union, never the town of Eu', () => {
    expect(one('EU ministers met in Brussels on Tuesday.', 'EU')?.place?.name).toBe('European Union');
    expect(run('The UN and NATO met.').map((m) => m.text)).not.toContain('UN');
  });
});

describe('priors against context', () => {
  it('keeps countries and capitals against same-name towns in the states the article names', () => {
    const t = 'Farmers in Ohio, Kentucky and Texas say that China and Mexico buy most of their soybeans.';
    expect(one(t, 'China')?.place?.country).toBe('CN');
    expect(one(t, 'Mexico')?.place?.country).toBe('MX');
    expect(one('Growers in Maine and Vermont ship lobster to Italy and Egypt.', 'Italy')?.place?.country).toBe('IT');
  });

  it('still lets a qualifier pick the town', () => {
    expect(one('The fair in Jordan, Minn., drew crowds from Shakopee.', 'Jordan')?.place?.admin1).toBe('Minnesota');
    expect(one('She works in China, Texas, near Beaumont.', 'China')?.place?.admin1).toBe('Texas');
  });

  it('reads "City, State" with the state as the qualifier', () => {
    const t = 'The company is based in Spokane, Washington, and makes bicycle parts.';
    expect(one(t, 'Washington')?.place?.featureCode).toBe('ADM1');
    expect(one(t, 'Washington')?.reason).toMatch(/names the state/);
    expect(one('Washington said the sanctions would stay.', 'Washington')?.place?.featureCode).toBe('PPLC');
  });
});

describe('names the gazetteer held under other spellings', () => {
  it.each([
    ['Gunmen attacked a checkpoint in Fallujah.', 'Fallujah', 'IQ'],
    ['Later that day, missiles hit a depot near Tal Afar.', 'Tal Afar', 'IQ'],
    ['Shelling hit Deir Ezzor overnight.', 'Deir Ezzor', 'SY'],
    ['Jets struck Raqqa on Monday.', 'Raqqa', 'SY'],
    ['Warplanes struck positions near Kobani in Syria.', 'Kobani', 'SY'],
    ['Fighting reached Palmyra in Syria.', 'Palmyra', 'SY'],
    ['Drones hit the port of Odessa.', 'Odessa', 'UA'],
    // A press spelling of a Latin alternate ("El-Hodeidah" without its article).
    ['Jets struck the port of Hodeidah in Yemen.', 'Hodeidah', 'YE'],
    // The sun-letter article written "al" (GeoNames' Jisr ash Shughūr).
    ['Russian warplanes struck near the town of Jisr al-Shughur in Syria.', 'Jisr al-Shughur', 'SY'],
  ])('%s', (text, name, cc) => {
    expect(one(text, name)?.place?.country).toBe(cc);
  });

  it('keeps the alternates of small Russian towns, reported in the war\'s border regions', () => {
    // (The rules read "Lgov" bare as a cut-short "L'govskiy"; the tagger proposes it, and the
    // resolver then needs Russia named: both tested elsewhere. Here: the name is in the data.)
    const hits = lookupName(gaz, 'Lgov').filter((h) => h.kind === 'alt').map((h) => gaz.record(h.id));
    expect(hits.map((r) => r.country)).toContain('RU');
  });

  it('does not drop an article to make a common short word ("Bab")', () => {
    expect(run('Bab said he would come.').map((m) => m.text)).toEqual([]);
  });
});

describe('counties', () => {
  it('finds "X County" when X is no town, and places it in its state', () => {
    const ms = run('Deputies in Hall County and Cooke County, Texas, said the roads were closed.');
    expect(ms.find((m) => m.text === 'Cooke County')?.place?.admin1).toBe('Texas');
    expect(ms.find((m) => m.text === 'Hall County')?.place?.precision).toBe('region');
  });

  it('reads a county as a region of the state the article names', () => {
    expect(one('Flooding closed roads in Hall County, Ga., on Monday.', 'Hall County')?.place?.admin1).toBe('Georgia');
  });
});

describe('metonymy of capitals that act', () => {
  it.each([
    ['Moscow on Monday said it would respond.', 'Moscow'],
    ['Ankara ended the truce.', 'Ankara'],
    ['Washington imposed sanctions on the firms.', 'Washington'],
    ['Damascus and Moscow deny targeting civilians.', 'Damascus'],
    ['Damascus and Moscow deny targeting civilians.', 'Moscow'],
    ['Beijing and Moscow reject the charge.', 'Beijing'],
  ])('%s', (text, name) => {
    expect(one(text, name)?.role).toBe('metonymy');
  });

  it.each([
    ['Talks in Ankara ended without a deal.', 'Ankara'],
    ['Ankara was hit by a storm.', 'Ankara'],
    ['Kyiv struck by missiles overnight.', 'Kyiv'],
    ['Officials in Moscow said the roads were icy.', 'Moscow'],
    ['Flights between Damascus and Moscow resumed in May.', 'Damascus'],
    ['Flights between Damascus and Moscow resumed in May.', 'Moscow'],
    ['Talks in Paris and Berlin ended without a deal.', 'Berlin'],
    ['Trains from Paris and Berlin arrived late.', 'Paris'],
    ['Paris and London struck by storms.', 'Paris'],
  ])('stays literal: %s', (text, name) => {
    expect(one(text, name)?.role).toBe('literal');
  });
});

describe('people and the places named after them', () => {
  it('does not take a place the text uses as a place for a surname', () => {
    const ms = run('Rodeo Gainesville is looking for a queen. Forms are at the bank in Gainesville, and Gainesville riders will judge.');
    expect(ms.filter((m) => m.text === 'Gainesville').length).toBeGreaterThanOrEqual(2);
  });

  it('still finds the surname of a person named with a given name', () => {
    expect(run('Andrew Trapani rose from video game tester to producer. Trapani later moved to Los Angeles.').map((m) => m.text)).toEqual(['Los Angeles']);
    // a given name that ends like a common word ("Gregory") or is one ("Bill") still makes a person
    expect(run('The office is in Atlanta, said Gregory Jones, the agent in charge. Jones said the case was closed.').map((m) => m.text)).toEqual(['Atlanta']);
    expect(run('Bill Robinson can be reached by phone. Robinson writes on history.').map((m) => m.text)).toEqual([]);
  });

  it('counts a surname used alone at a sentence start', () => {
    expect(run('Jim Harrison of the chamber spoke first. Harrison suggested a tax cut.').map((m) => m.text)).toEqual([]);
  });
});

describe('reference points and demonyms the corpora rely on', () => {
  it('reads Saudi as the demonym of Saudi Arabia', () => {
    const m = one('Hardline Saudi clerics urged a ban.', 'Saudi');
    expect(m?.role).toBe('demonym');
    expect(m?.place?.country).toBe('SA');
  });

  it('puts Canada at the point the corpora and world-countries use, not the moved GeoNames one', () => {
    const c = one('Flights to Canada resumed.', 'Canada')!.place!;
    expect(c.lat).toBeCloseTo(60, 0);
    expect(c.lon).toBeCloseTo(-95, 0);
  });
});

describe('a state named as a state', () => {
  it('reads "X state", "the state of X" and lists of states as the state', () => {
    expect(one('A cow from a Washington state farm fell ill.', 'Washington')?.place?.featureCode).toBe('ADM1');
    expect(one('It was found in the state of Washington last year.', 'Washington')?.place?.featureCode).toBe('ADM1');
    const ms = run('Cases were reported in Utah, Virginia, Washington and Wyoming.');
    expect(ms.find((m) => m.text === 'Washington')?.place?.featureCode).toBe('ADM1');
  });

  it('leaves the capital where no state word or list says otherwise', () => {
    expect(one('Officials in Washington said the talks had failed.', 'Washington')?.place?.featureCode).toBe('PPLC');
    // a list of cities is not a list of states
    expect(run('Flights to Paris, Washington and Tokyo resumed.').find((m) => m.text === 'Washington')?.place?.featureCode).toBe('PPLC');
  });
});

describe('Canadian provincial abbreviations', () => {
  it('finds N.S., N.L., P.E.I. and B.C. with their dots', () => {
    const ms = run('Police in N.S. said flights from Charlottetown, P.E.I., and Vancouver, B.C., were cut.');
    expect(ms.find((m) => m.text === 'N.S.')?.place?.name).toBe('Nova Scotia');
    expect(ms.find((m) => m.text === 'P.E.I.')?.place?.name).toBe('Prince Edward Island');
    expect(ms.find((m) => m.text === 'B.C.')?.place?.name).toBe('British Columbia');
    expect(one('He grew up in Corner Brook, Nfld., and left at 18.', 'Nfld.')?.place?.name).toBe('Newfoundland and Labrador');
  });

  it('does not read an era after a year as a province', () => {
    expect(run('The city was founded in 753 B.C. by its first king.').some((m) => m.text === 'B.C.')).toBe(false);
  });
});

describe('a country in a list of countries', () => {
  it('is not qualified by the next country ("Iraq, Iran" is not a town in Iran)', () => {
    const ms = run('Travellers to Georgia, Iraq, Iran, and Syria were warned.');
    expect(ms.find((m) => m.text === 'Iraq')?.place?.featureCode).toBe('PCLI');
    expect(ms.find((m) => m.text === 'Georgia')?.place?.country).toBe('GE');
  });

  it('is still qualified by a state ("Jordan, Minn.")', () => {
    expect(one('The fire in Jordan, Minn., spread to Shakopee.', 'Jordan')?.place?.country).toBe('US');
  });
});

describe('minor first-level regions', () => {
  it('weighs an English county or a parish as a mid-size town, not as a state', () => {
    const m = one('Door hangers were handed out in Norfolk on Saturday.', 'Norfolk');
    expect(m?.place?.country).toBe('US');
    expect(m?.alternatives.some((a) => a.place.country === 'GB')).toBe(true);
  });

  it('still reads the county where the article is about its country', () => {
    const m = one('He lives in Maidstone, Kent, and works in London.', 'Kent');
    expect(m?.place?.country).toBe('GB');
    expect(m?.reason).toContain('a minor first-level region');
  });

  it('leaves major regions their weight', () => {
    expect(one('Floods hit Queensland and the storm moved on.', 'Queensland')?.place?.featureCode).toBe('ADM1');
  });
});

describe('a town and a county that lie together', () => {
  it('places each at the pair that lies together, with a reason that says so', () => {
    const ms = run('Paris police said the Henry County sheriff arrested a man.');
    const paris = ms.find((m) => m.text === 'Paris')!;
    const county = ms.find((m) => m.text === 'Henry County')!;
    expect(paris.place?.admin1).toBe('Tennessee');
    expect(county.place?.admin1).toBe('Tennessee');
    expect(paris.reason).toContain('lies with Henry County');
    expect(one('Paris police said a Bourbon County deputy was hurt.', 'Paris')?.place?.admin1).toBe('Kentucky');
  });

  it('does not move a town for a county that lies elsewhere', () => {
    expect(one('Paris police said an Orange County deputy was hurt.', 'Paris')?.place?.country).toBe('FR');
  });
});

describe("a town's name said in full", () => {
  it('takes "Gaza City" for Gaza without the article naming its country', () => {
    expect(run('He lives in Gaza City.').map((m) => m.place?.name)).toEqual(['Gaza']);
  });

  it('still wants support for a one-word alternate that is a town only by likeness', () => {
    expect(run('Hamas said the truce would hold.')).toEqual([]);
  });
});

describe('a plural region word after a list of names', () => {
  it('makes each name of the list its region ("the Belgorod, Kursk and Bryansk regions")', () => {
    const ms = run('Air defences destroyed 30 drones over the Belgorod, Kursk and Bryansk regions, Russia said.');
    for (const name of ['Belgorod', 'Kursk', 'Bryansk']) expect(one2(ms, name)?.place?.precision, name).toBe('region');
  });

  it('leaves a name outside the list, or a lone city, a city', () => {
    const ms = run('A strike hit Kursk on Monday, and drones flew over the Belgorod and Bryansk regions.');
    expect(one2(ms, 'Kursk')?.place?.precision).toBe('city');
    expect(one2(ms, 'Belgorod')?.place?.precision).toBe('region');
    expect(one('Shelling hit Kursk and Belgorod on Monday.', 'Kursk')?.place?.precision).toBe('city');
  });
});

describe('a name written with its region word', () => {
  it('"Kherson Oblast" is the oblast even where the article also names the city of Kherson', () => {
    const ms = run('Strikes hit Kherson Oblast on Monday. Kherson city was also hit.');
    const oblast = one2(ms, 'Kherson Oblast')!;
    expect(oblast.place).toMatchObject({ precision: 'region', featureCode: 'ADM1' });
    expect(one2(ms, 'Kherson')!.place).toMatchObject({ precision: 'city' });
  });
  it('"Kandahar Province" is the province, "Kandahar" alone in the same story the city', () => {
    const ms = run('Fighting spread across Kandahar Province on Monday, and rockets later hit Kandahar.');
    expect(one2(ms, 'Kandahar Province')?.place?.featureCode).toBe('ADM1');
    expect(one2(ms, 'Kandahar')?.place?.precision).toBe('city');
  });
  it('while the bare name keeps its city', () => {
    expect(one('Strikes hit Kherson on Monday.', 'Kherson')?.place?.precision).toBe('city');
  });
});

describe('two compass words joined by a hyphen', () => {
  it('"Centre-Nord" is one region the gazetteer lacks, not the regions Centre and Nord of another country', () => {
    const ms = run('Gunmen attacked Dablo, in the Centre-Nord region, on Thursday.');
    expect(ms.filter((m) => /^(?:Centre|Nord)$/.test(m.text)).map((m) => m.place?.name)).toEqual([]);
  });
  it('but a compound the gazetteer knows, and the words standing alone, are found', () => {
    expect(one('Floods hit Nord-Est on Tuesday, Haiti officials said.', 'Nord-Est')?.place?.country).toBe('HT');
    expect(one('Rain fell in Nord on Tuesday, Haiti officials said.', 'Nord')?.place?.country).toBe('HT');
  });
});

describe('"Congo" and the country a place\'s candidates agree on', () => {
  it('bare "Congo" in a story of Goma and South Kivu is the Democratic Republic', () => {
    const ms = run('GOMA, Congo (AP) - Rebels captured a town in eastern Congo\'s South Kivu province on Sunday.');
    expect(ms.filter((m) => m.text === 'Congo').map((m) => m.place?.country)).toEqual(['CD', 'CD']);
  });
  it('but "Brazzaville, the capital of Congo" is the Republic: Brazzaville is there, city or region', () => {
    expect(one('Flooding hit Brazzaville, the capital of Congo, on Monday.', 'Congo')?.place?.country).toBe('CG');
  });
  it('"Republic of the Congo" and "DRC" keep their own countries', () => {
    expect(one('Talks opened in the Republic of the Congo.', 'Republic of the Congo')?.place?.country).toBe('CG');
    expect(one('Fighting spread in eastern DRC.', 'DRC')?.place?.country).toBe('CD');
  });
});

describe('a place the text puts by a town', () => {
  it('is the namesake by that town, or none when the gazetteer has none there', () => {
    const far = run('Mortar shells hit Semenivka, a village on the southern edge of the city of Sloviansk, on Sunday.');
    expect(one2(far, 'Semenivka')?.place ?? null).toBeNull();
    expect(one2(far, 'Semenivka')?.reason).toMatch(/far from Sloviansk/);
    const paris = run('Police were called to Paris, a town just north of Lexington, on Friday.');
    expect(one2(paris, 'Paris')?.place?.country).toBe('US');
  });
  it('keeps a place as far from the town as the text says', () => {
    expect(one('Gunmen attacked Damboa, a town about 85 km south of Maiduguri, on Sunday.', 'Damboa')?.place?.name).toBe('Damboa');
  });
  it('and reads no apposition that is not one ("Paris, the capital, and Lyon")', () => {
    expect(one('Protests spread to Paris, the capital, and to Lyon on Friday.', 'Paris')?.place?.country).toBe('FR');
  });
});

describe('a town part named with more words than a place', () => {
  it('"the Giza Bahriya neighbourhood" is no mention of Giza in Egypt', () => {
    expect(run('Fighters pushed into the Giza Bahriya neighbourhood, near the seafront, on Tuesday.').map((m) => m.text)).not.toContain('Giza');
  });
  it('but "the Jabalia refugee camp" and "Gaza City" stay', () => {
    const ms = run('Strikes hit the Gaza City neighbourhood of Shejaiya and the Jabalia refugee camp.');
    expect(ms.map((m) => m.text)).toEqual(expect.arrayContaining(['Gaza City', 'Jabalia']));
  });
});

describe('the countryside around a town', () => {
  it('"the northern Hama countryside", "rural Damascus", "the countryside of Aleppo" are the provinces', () => {
    expect(one('The army pressed its offensive in the northern Hama countryside on Tuesday.', 'Hama')?.place).toMatchObject({ precision: 'region', featureCode: 'ADM1' });
    expect(one('Rebels launched an attack in rural Damascus on Monday.', 'Damascus')?.place?.precision).toBe('region');
    expect(one('Fighting raged in the countryside of Aleppo on Monday.', 'Aleppo')?.place?.featureCode).toBe('ADM1');
  });
  it('while the town named alone in the same story stays the town', () => {
    const ms = run('Fighting raged in the countryside of Aleppo, and shells hit Aleppo itself.');
    expect(ms.filter((m) => m.text === 'Aleppo').map((m) => m.place?.precision)).toEqual(['region', 'city']);
  });
});

describe('a place the text puts in a region ("X in the Y region")', () => {
  it('is its namesake in that region', () => {
    expect(one('Shells hit Semenivka in the Poltava region on Monday.', 'Semenivka')?.place).toMatchObject({ lat: expect.closeTo(49.6, 0), lon: expect.closeTo(33.2, 0) });
    expect(one('Shells hit Semenivka in the Chernihiv region on Monday.', 'Semenivka')?.place).toMatchObject({ lat: expect.closeTo(52.2, 0), lon: expect.closeTo(32.6, 0) });
  });
  it('or none, when the gazetteer has none there', () => {
    const m = one('Russian forces captured the village of Shumy in the Donetsk region.', 'Shumy');
    expect(m?.place ?? null).toBeNull();
    expect(m?.reason).toMatch(/outside Donetsk/);
  });
});
