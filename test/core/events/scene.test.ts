// The place stage: the scene, not the speaker. The most specific place the words name for the event
// (through possessives and appositions), never a nationality, an "X-led" compound, a launch site, the
// place of the speaker or of another clause's event; a distance from a town is near it, not at it.
// Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const at = (text: string, specs: string[], published = '2024-06-21') =>
  extract(text, published, specs).map((e) => [e.type, e.place?.name ?? null, e.place?.precision ?? null]);

describe('the most specific place in the phrase', () => {
  it('takes the region after a country\'s possessive ("in Russia\'s Belgorod region")', () => {
    expect(at('A drone hit a fuel depot in Russia\'s Belgorod region overnight.', ['Russia', 'Belgorod'])).toEqual([['drone_strike', 'Belgorod Oblast', 'region']]);
  });
  it('takes the city over the country it is said to lie in ("the centre of X, in Y\'s south")', () => {
    expect(at('Three shells struck the centre of Zaporizhzhia, in Ukraine\'s south, on Monday.', ['Zaporizhzhia', 'Ukraine'])).toEqual([['shelling', 'Zaporizhzhia', 'city']]);
  });
  it('takes the town over the region of its apposition ("In Shebekino, in the east of Russia\'s Belgorod region")', () => {
    expect(at('In Shebekino, in the east of Russia\'s Belgorod region, shelling damaged a school.', ['Shebekino', 'Russia', 'Belgorod'])).toEqual([['shelling', 'Shebekino', 'city']]);
  });
  it('does not swap in a city of another country, or one tied by a clause rather than a phrase', () => {
    expect(at('Jets struck Syria on Monday, and officials in Baghdad welcomed the news.', ['Syria'])).toEqual([['air_strike', 'Syria', 'country']]);
    expect(at('Shelling hit Ukraine\'s east, and later troops entered Kharkiv to inspect it.', ['Ukraine', 'Kharkiv'])).toEqual([['shelling', 'Ukraine', 'country']]);
  });
});

describe('never the speaker or the actor', () => {
  it('does not put an event at a nationality, of the attacker or of the source', () => {
    expect(at('Russian missiles hit a warehouse on Monday, killing two, Turkish state television said.', ['Russian', 'Turkish'])).toEqual([['missile_attack', null, null]]);
  });
  it('keeps a nationality that names a territory ("on Syrian soil")', () => {
    expect(at('Israeli jets struck a convoy on Syrian soil on Monday.', ['Israeli', 'Syrian'])).toEqual([['air_strike', 'Syria', 'country']]);
  });
  it('reads "X-led" and "X-backed" as actors, not scenes', () => {
    expect(at('Villagers blamed the bombing on the Turkey-backed militia.', ['Turkey'])).toEqual([['bombing', null, null]]);
    expect(at('U.S.-led coalition jets struck Mosul on Tuesday.', ['U.S.', 'Mosul'])).toEqual([['air_strike', 'Mosul', 'city']]);
  });
  it('does not take the country blamed ("Damascus blamed Israel for the strikes")', () => {
    expect(at('Syria blamed Israel for the strikes on Monday.', ['Syria', 'Israel'])).toEqual([['air_strike', null, null]]);
    expect(at('Israel\'s Northern Command said the strikes destroyed a depot on Monday.', ['Israel'])).toEqual([['air_strike', null, null]]);
  });
  it('does not take the seat of officials who speak ("officials in Damascus said")', () => {
    expect(at('Rockets hit a market on Sunday, officials in Damascus said.', ['Damascus'])).toEqual([['shelling', null, null]]);
    // ... but an official killed in a city is there.
    expect(at('Gunmen shot dead a senior official in Damascus on Sunday.', ['Damascus'])).toEqual([['killing', 'Damascus', 'city']]);
  });
  it('does not take the seat of a source named with "according to"', () => {
    expect(at('According to a military source in Damascus, jets attacked rebels at Aleppo on Saturday.', ['Damascus', 'Aleppo'])).toEqual([['air_strike', 'Aleppo', 'city']]);
    // ... but a scene named after "according to" words elsewhere is still one (negative).
    expect(at('Jets struck a depot in Damascus on Saturday, according to residents.', ['Damascus'])).toEqual([['air_strike', 'Damascus', 'city']]);
  });
  it('does not take a country that names a body ("the UK Maritime Trade Operations agency said")', () => {
    expect(at('A tanker was struck by a missile near Hodeidah on Monday, the UK Maritime Trade Operations agency said.', ['Hodeidah', 'UK'])).toEqual([['missile_attack', 'Hodeidah', 'city']]);
    expect(at('A tanker was struck by a missile on Monday, the UK Maritime Trade Operations agency said.', ['UK'])).toEqual([['missile_attack', null, null]]);
    // ... while a country the words put the incident in is one (negative).
    expect(at('A tanker was struck by a missile off the UK on Monday, the Maritime Trade Operations agency said.', ['UK'])).toEqual([['missile_attack', 'United Kingdom', 'country']]);
  });
  it('does not take any place of the phrase that seats the source ("a source at the X airport in east Homs,")', () => {
    expect(at('According to a military source at the Hama Military Airport in western Homs, jets struck rebel positions on Saturday.', ['Hama', 'Homs'])).toEqual([['air_strike', null, null]]);
    expect(at('According to a military source at the Hama Military Airport in western Homs, jets struck rebel positions at Qaryatayn on Saturday.', ['Hama', 'Homs', 'Qaryatayn'])).toEqual([['air_strike', 'Al Qaryatayn', 'city']]);
    // A scene told inside the clause after the source's phrase is still the scene (negative).
    expect(at('According to military sources, jets struck rebel positions in western Homs on Saturday.', ['Homs'])).toEqual([['air_strike', 'Homs', 'city']]);
  });
  it('reads a locative before a name whose article the mention leaves out ("south of Al-Shadadi")', () => {
    expect(at('In Syria, militants stormed army posts south of Al-Shadadi on Monday.', ['Syria', 'Shadadi'])).toEqual([['raid', 'Shadadi', 'city']]);
  });
  it('does not take the launch site ("fired from a frigate in the Sea of Azov")', () => {
    expect(at('The navy said Russia fired missiles at a depot from a frigate near Azov.', ['Russia', 'Azov'])).toEqual([['missile_attack', null, null]]);
    // "injured from shelling in X" is a cause, not a launch.
    expect(at('Two people were injured from shelling in Kharkiv on Sunday.', ['Kharkiv'])).toEqual([['shelling', 'Kharkiv', 'city']]);
  });
  it('does not take the place of another clause\'s event', () => {
    expect(at('Jets struck Aleppo on Monday after rebels shelled Hama.', ['Aleppo', 'Hama']).slice(0, 1)).toEqual([['air_strike', 'Aleppo', 'city']]);
    // A clause that tells no event of its own leaves the place to this one ("killed when a bomb went off in X").
    expect(at('Twelve people were killed when a bomb went off at a square in Kirkuk.', ['Kirkuk'])).toEqual([['bombing', 'Kirkuk', 'city']]);
  });
  it('takes the toll\'s place for the attack its when/amid clause names as the cause', () => {
    expect(at('Nine villagers were killed in the Tessit district late on Sunday when gunmen raided a market.', ['Tessit'])).toEqual([['raid', 'Tessit', 'city']]);
    expect(at('At least eight people died in the old city of Mosul amid air strikes on Monday.', ['Mosul'])).toEqual([['air_strike', 'Mosul', 'city']]);
    expect(at('In the Karrada area two shoppers were wounded when a car bomb exploded.', ['Karrada'])).toEqual([['bombing', 'Karrada', 'city']]);
    // A place the attack's own words govern is still its scene.
    expect(at('Four were killed in Gaza when jets struck a house in Rafah.', ['Gaza', 'Rafah']).find((e) => e[1] === 'Rafah')).toEqual(['air_strike', 'Rafah', 'city']);
  });
  it('does not take a toll\'s place across a speech verb or a new clause', () => {
    expect(at('Six were killed in Kherson, officials said, when asked about the shelling.', ['Kherson']).map((e) => e[1])).not.toContain('Kherson');
    expect(at('Two soldiers died in Herat, and when the convoy moved on, rebels ambushed it.', ['Herat']).map((e) => e[1])).not.toContain('Herat');
    // No toll before the place: a finite verb between them still parts the clauses.
    expect(at('Residents fled Bakhmut when artillery pounded the road.', ['Bakhmut'])).toEqual([['shelling', null, null]]);
  });
});

describe('"the city"', () => {
  it('is the last place named before it', () => {
    expect(at('Jets struck Aleppo on Monday. Later, shelling hit the centre of the city.', ['Aleppo'])).toEqual([['air_strike', 'Aleppo', 'city'], ['shelling', 'Aleppo', 'city']]);
    expect(at('Shelling hit Kharkiv on Monday. The governor said a drone struck the city on Tuesday.', ['Kharkiv'])).toEqual([['shelling', 'Kharkiv', 'city'], ['drone_strike', 'Kharkiv', 'city']]);
  });
});

describe('distance references', () => {
  it('moves the place by a distance and a bearing, as an approximate place named by the words', () => {
    const [e] = extract('Gunmen attacked a checkpoint 70 km north of Kirkuk on Monday.', '2024-06-21', ['Kirkuk']);
    expect(e!.place).toMatchObject({ name: '70 km north of Kirkuk', precision: 'region', country: 'IQ' });
    expect(e!.place!.lat).toBeCloseTo(35.47 + 70 / 111.2, 1);
    expect(e!.place!.lon).toBeCloseTo(44.39, 1);
  });
  it('prefers a distance from a port to the sea it lies in', () => {
    const [e] = extract('A ship was struck by a missile in the Red Sea about 55 nautical miles west of Hodeidah on Sunday.', '2024-07-22', ['Red Sea', 'Hodeidah']);
    expect(e!.place).toMatchObject({ precision: 'region', country: 'YE' });
    expect(e!.place!.lon).toBeLessThan(42.95 - 0.8);
  });
  it('leaves a nearby place as it is (under 10 km), and a scene named as such wins over a reference', () => {
    expect(at('Militants attacked a checkpoint 5 km from Kirkuk on Monday.', ['Kirkuk'])).toEqual([['armed_clash', 'Kirkuk', 'city']]);
    expect(at('Gunmen attacked a checkpoint in Mosul, 350 km north of Baghdad, on Monday.', ['Mosul', 'Baghdad'])).toEqual([['armed_clash', 'Mosul', 'city']]);
  });
});

describe('groups, sources and reference points (Halterman misses)', () => {
  const at2 = (text: string, specs: string[]) => extract(text, '2024-06-21', specs).map((e) => [e.type, e.place?.name ?? null]);
  it('does not take a place in a group\'s name ("the National Defense Forces of Aleppo")', () => {
    expect(at2('Fighters of the National Defense Forces of Aleppo stormed army posts on Monday.', ['Aleppo'])).toEqual([['raid', null]]);
    // ... but a place the same words govern is a scene (negative).
    expect(at2('The National Defense Forces stormed army posts in Aleppo on Monday.', ['Aleppo'])).toEqual([['raid', 'Aleppo']]);
  });
  it('does not take the owner of a source ("According to Belgorod\'s security council")', () => {
    expect(at2('According to Belgorod\'s security council, a commander was killed in an ambush on Thursday.', ['Belgorod'])).toEqual([['armed_clash', null]]);
    expect(at2('A commander was killed in an ambush in Belgorod\'s north on Thursday.', ['Belgorod'])).toEqual([['armed_clash', 'Belgorod Oblast']]);
  });
  it('keeps the region whose reference point is a town ("in the Idlib province, west of Aleppo")', () => {
    expect(at2('Four soldiers were killed when a roadside bomb exploded near their patrol in the restive Idlib province, west of Aleppo.', ['Idlib', 'Aleppo'])).toEqual([['bombing', 'Idlib Governorate']]);
    // ... while a town in the region's phrase is still the scene (negative).
    expect(at2('A roadside bomb exploded near a patrol in Idlib province\'s Ariha on Monday.', ['Idlib', 'Ariha'])).toEqual([['bombing', 'Ariha']]);
  });
});

describe('a country that owns the target', () => {
  const at3 = (text: string, specs: string[]) => extract(text, '2024-06-21', specs).map((e) => [e.type, e.place?.name ?? null]);
  it('does not take the country of a convoy or a vehicle ("close to a U.S. military convoy")', () => {
    expect(at3('A car bomb exploded close to a U.S. military convoy on Monday, setting a U.S. Humvee ablaze.', ['U.S.'])).toEqual([['bombing', null]]);
    // ... but the same country as the scene is one (negative).
    expect(at3('A car bomb exploded in Iraq on Monday, near a convoy.', ['Iraq'])).toEqual([['bombing', 'Iraq']]);
  });
});

describe('a frame opened by a time', () => {
  const at4 = (text: string, specs: string[]) => extract(text, '2024-06-21', specs).map((e) => [e.type, e.place?.name ?? null]);
  it('reads "On Monday morning in the X Governorate\'s northern countryside, ..." as the frame', () => {
    expect(at4('On Monday morning in the Idlib Governorate\'s northern countryside, the army\'s 4th Division – in coordination with two militias, the National Defense Forces of the coastal towns and the volunteers of the Syrian Social Nationalist Party – launched an offensive against the rebels.', ['Idlib'])).toEqual([['armed_clash', 'Idlib Governorate']]);
  });
  it('does not read a place in the opening words as the frame when no comma closes it (negative)', () => {
    expect(at4('On Monday morning in Idlib officials said the army – backed by militias – later launched an offensive against the rebels.', ['Idlib'])).toEqual([['armed_clash', null]]);
  });
});

describe('owners, coordinated directions and "as" clauses (Halterman misses)', () => {
  const at5 = (text: string, specs: string[]) => extract(text, '2024-06-21', specs).map((e) => [e.type, e.place?.name ?? null]);
  it('does not take the country of one soldier ("A U.S. soldier was shot and killed ... in Iraq")', () => {
    expect(at5('A U.S. soldier was shot and killed while on patrol in central Iraq early Tuesday.', ['U.S.', 'Iraq'])).toEqual([['killing', 'Iraq']]);
  });
  it('reads coordinated directions before a place ("on northern and western rural Aleppo")', () => {
    expect(at5('The intense aerial bombardment on northern and western rural Aleppo has prompted an exodus towards the north of Syria.', ['Aleppo', 'Syria'])).toEqual([['air_strike', 'Aleppo']]);
  });
  it('does not give a trigger in an "as" clause the place of the clause before', () => {
    expect(at5('Troops entered rebel-held areas in northern rural Homs as the bombing campaign on Idlib continued.', ['Homs', 'Idlib'])).toEqual([['bombing', 'Idlib Governorate']]);
  });
});

describe('a coordinated clause with a place of its own', () => {
  const at6 = (text: string, specs: string[]) => extract(text, '2024-06-21', specs).map((e) => [e.type, e.place?.name ?? null]);
  it('keeps the opening frame over the place of ", and in Y, ..."', () => {
    expect(at6('In Homs, northeast of Damascus, a man and his son were shot and seriously wounded, the monitor continued, and in Hama, north of Homs, a charity head was arrested.', ['Homs', 'Damascus', 'Hama'])).toEqual([['other', 'Homs']]);
  });
  it('still reads a place coordinated inside the trigger\'s own phrase (negative)', () => {
    expect(at6('Jets struck depots in Homs and in Hama on Monday.', ['Homs', 'Hama']).map((e) => e[1])).toEqual(['Homs', 'Hama']);
  });
});
