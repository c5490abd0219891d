// The place an offensive's own words name: the object of an event noun ("the shelling of X"), a later
// item of a list whose first name the gazetteer lacks, the village a "..., targeting X" participle names
// inside a town's countryside; and the offensive a verb other than "launched" carries on.
// Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const at = (text: string, specs: string[], published = '2024-06-21') =>
  extract(text, published, specs).map((e) => [e.type, e.place?.name ?? null, e.place?.precision ?? null]);

describe('the object of an event noun', () => {
  it('places "the shelling of X" and "the bombardment of the ... X district" at X', () => {
    expect(at('Six people died in the shelling of Kharkiv on Monday.', ['Kharkiv'])).toEqual([['shelling', 'Kharkiv', 'city']]);
    expect(at('Two boys were hurt in the bombardment of the Arab-majority Ariha district on Monday.', ['Ariha'])).toEqual([['shelling', 'Ariha', 'city']]);
  });
  it('takes a country only as the bare object, not behind a noun ("the bombing of the Iraq office")', () => {
    expect(at('The bombing of Syria went on for a week.', ['Syria'])).toEqual([['bombing', 'Syria', 'country']]);
    expect(at('Witnesses recalled the bombing of the Iraq office in Kherson on Monday.', ['Iraq', 'Kherson'])).toEqual([['bombing', 'Kherson', 'city']]);
  });
  it('does not read a place far after "of" as the object', () => {
    expect(at('The shelling of the old market and the bus depot that residents use daily, officials in Damascus said, went on.', ['Damascus'])).toEqual([['shelling', null, null]]);
  });
});

describe('a list the locative governs', () => {
  it('places the event at a later item when the first is a name the gazetteer lacks', () => {
    expect(at('Jets struck rebel positions in the villages of Qasr Marid, Tell Sfuk and Saraqib on Monday.', ['Saraqib'])).toEqual([['air_strike', 'Saraqib', 'city']]);
    expect(at('Drones hit the towns of Kafr Batna and Saraqib on Monday.', ['Saraqib'])).toEqual([['drone_strike', 'Saraqib', 'city']]);
  });
  it('does not take a name listed in another clause, after a speaker', () => {
    expect(at('Jets struck rebel positions in the village of Qasr Marid on Monday, and officials in Saraqib said three died.', ['Saraqib'])).toEqual([['air_strike', null, null]]);
  });
});

describe('an offensive in a town\'s countryside, targeting a village', () => {
  it('places the offensive at the village its participle targets', () => {
    expect(at('The army launched an offensive in the eastern countryside of Homs on Monday, targeting rebel positions on the outskirts of Qaryatayn.', ['Homs', 'Qaryatayn']))
      .toEqual([['armed_clash', 'Al Qaryatayn', 'city']]);
  });
  it('keeps the town when the words name the town itself, not its countryside', () => {
    expect(at('The army launched an offensive in Homs on Monday, targeting rebel positions near Saraqib.', ['Homs', 'Saraqib'])).toEqual([['armed_clash', 'Homs', 'city']]);
  });
  it('does not take a town named before the participle as its target', () => {
    expect(at('The army launched an offensive in the Hama countryside on Monday, targeting rebel positions.', ['Hama'])).toEqual([['armed_clash', 'Hama', 'city']]);
  });
  it('does not take a highway between two towns as a target near either', () => {
    expect(at('Rebels launched an assault in the Hama countryside, targeting army posts near the Aleppo-Damascus Highway.', ['Hama', 'Aleppo', 'Damascus']))
      .toEqual([['armed_clash', 'Hama', 'city']]);
  });
});

describe('an offensive carried on', () => {
  it('is an incident with "continued", "pressed on with" or "intensified" as with "launched"', () => {
    expect(at('The army continued its offensive in Homs on Monday.', ['Homs'])).toEqual([['armed_clash', 'Homs', 'city']]);
    expect(at('Rebels pressed on with their assault on Aleppo on Tuesday.', ['Aleppo'])).toEqual([['armed_clash', 'Aleppo', 'city']]);
    expect(at('Troops intensified their offensive near Bakhmut on Sunday.', ['Bakhmut'])).toEqual([['armed_clash', 'Bakhmut', 'city']]);
  });
  it('is not an incident when only planned', () => {
    expect(at('The army said it would continue its offensive in Homs.', ['Homs'])).toEqual([]);
  });
  it('is not an offensive in another sense ("continued their charm offensive")', () => {
    expect(at('The ministers continued their charm offensive in Damascus on Monday.', ['Damascus'])).toEqual([]);
    expect(at('The envoys launched a diplomatic offensive in Damascus on Monday.', ['Damascus'])).toEqual([]);
  });
});

describe('the scene told in another part of the sentence', () => {
  const at = (text: string, places: string[]) => extract(text, '2024-01-10', places).map((e) => [e.type, e.place?.name ?? null]);
  it('an outcome in the later clause: "was shot to death ... and a woman was wounded in the city of X"', () => {
    expect(at('A police officer was shot to death by gunmen and a woman was wounded in the city of Kharkiv on Wednesday.', ['Kharkiv'])).toEqual([['killing', 'Kharkiv']]);
  });
  it('a relative clause whose subject names the place: "violations in the city of X, which killed six"', () => {
    expect(at('Five violations of the truce by rebels in the city of Aleppo, which killed six people, were registered overnight.', ['Aleppo'])).toEqual([['killing', 'Aleppo']]);
  });
  it('"X was the scene of clashes", "in X after it was shelled"', () => {
    expect(at('Homs was the scene of clashes in July after thousands of fighters raided towns and villages.', ['Homs']).map((e) => e[1])).toEqual(['Homs']);
    expect(at('Rescuers reached the wounded in Kharkiv after it was shelled by Russian forces.', ['Kharkiv', 'Russian'])).toEqual([['shelling', 'Kharkiv']]);
  });
  it('but "which the army said" is the speaker\'s clause', () => {
    expect(at('Rebels hold Homs, which the army said it shelled on Monday.', ['Homs']).length).toBeLessThanOrEqual(1);
  });
});

describe('"occurred in", a union that acts, an execution by a group', () => {
  const at = (text: string, places: string[]) => extract(text, '2024-01-10', places).map((e) => [e.type, e.place?.name ?? null]);
  it('"The checkpoint attack, which also wounded 10 soldiers, occurred about 9 a.m. in X"', () => {
    expect(at('The army checkpoint attack, which also wounded 10 soldiers, occurred about 9 a.m. in Mosul, officials said.', ['Mosul'])).toEqual([['armed_clash', 'Mosul']]);
  });
  it('"on behalf of the European Union detonated" is no scene in the Union', () => {
    const events = extract('Officials acting on behalf of the European Union detonated the last mines near the buffer zone.', '2024-01-10', ['European Union']);
    expect(events.map((e) => e.place?.name ?? null)).not.toContain('European Union');
  });
  it('"ISIS executed two policemen" is a killing, "executed the plan" is not', () => {
    expect(at('ISIS executed two policemen in western Mosul, a source said.', ['Mosul'])).toEqual([['killing', 'Mosul']]);
    expect(at('The council executed the plan in Mosul last year.', ['Mosul'])).toEqual([]);
  });
});

describe('the place taken, and the fighting it was taken after', () => {
  it('puts a capture at the town taken, not at the country its apposition names', () => {
    const events = extract('The M23 seized Goma, the largest city in eastern Congo, late last month.', '2025-02-08', ['Goma', 'Congo']);
    expect(events.map((e) => e.place?.name)).toEqual(['Goma']);
  });
  it('puts "after heavy fighting" where the capture was', () => {
    const events = extract('Rebels captured the town of Nyabibwe in South Kivu province on Thursday after heavy fighting with the army.', '2025-02-08', ['South Kivu']);
    expect(events.map((e) => [e.type, e.place?.name ?? null])).toEqual([['armed_clash', 'Nyabibwe, South Kivu']]);
  });
  it('keeps a later clause with its own verb apart from the place before it (negative)', () => {
    const events = extract('Jets struck Goma on Monday after rebels shelled an army base.', '2025-02-08', ['Goma']);
    expect(events.map((e) => [e.type, e.place?.name ?? null])).toEqual([['air_strike', 'Goma'], ['shelling', null]]);
  });
});
