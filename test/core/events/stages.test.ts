// Each event stage on its own, on invented sentences: the date, mode, type, actor, place and count
// stages take a sentence's frame (and the story so far) and return their named outputs.
import { describe, expect, it } from 'vitest';
import { dateTriggers } from '../../../src/core/events/event-date.ts';
import { modeStage } from '../../../src/core/events/modality.ts';
import { typeIncidents } from '../../../src/core/events/incidents.ts';
import { actorsOfIncident } from '../../../src/core/events/actors.ts';
import { placeIncidents } from '../../../src/core/events/event-place.ts';
import type { ActedIncident } from '../../../src/core/events/event-place.ts';
import { applyCounts, assignCounts } from '../../../src/core/events/counts.ts';
import type { Draft } from '../../../src/core/events/draft.ts';
import { frameOf } from './frame-builder.ts';

const fresh = { previousType: null, previousParagraph: -1 };

/** Runs the stages up to the place stage on one sentence. */
function drafts(text: string, specs: string[], earlier: Draft[] = [], needle?: string): Draft[] {
  const { frame, hits } = frameOf(text, '2024-03-06', specs, needle);
  const { asserted } = modeStage(text, frame, dateTriggers(text, frame, hits));
  const acted: ActedIncident[] = typeIncidents(text, frame, asserted, fresh).incidents.map((i) => ({ ...i, actors: actorsOfIncident(text, frame, i.hit) }));
  return placeIncidents(text, frame, acted, earlier);
}

describe('date stage', () => {
  it('gives each trigger the date that governs it, and marks a date of the report as such', () => {
    const text = 'Jets struck a depot in Aleppo on Monday, officials said on Tuesday.';
    const { frame, hits } = frameOf(text, '2024-03-06', ['Aleppo']);
    const [d] = dateTriggers(text, frame, hits);
    expect(d!.hit.text).toBe('Jets struck');
    expect(d!.date).toMatchObject({ report: false, date: { start: '2024-03-04' } });
    const reported = 'Jets struck a depot in Aleppo, officials said on Tuesday.';
    const r = frameOf(reported, '2024-03-06', ['Aleppo']);
    expect(dateTriggers(reported, r.frame, r.hits)[0]!.date).toMatchObject({ report: true, date: { start: '2024-03-05' } });
  });
});

describe('mode stage', () => {
  it('passes an asserted strike and sets aside a threatened one', () => {
    const text = 'Jets struck Aleppo on Monday, and the rebels threatened to attack Damascus.';
    const { frame, hits } = frameOf(text, '2024-03-06', ['Aleppo', 'Damascus']);
    const { asserted, rejected } = modeStage(text, frame, dateTriggers(text, frame, hits));
    expect(asserted.map((h) => h.hit.text)).toEqual(['Jets struck']);
    expect(rejected.map((h) => [h.hit.text, h.mode.mode])).toEqual([['attack', 'future']]);
  });
});

describe('type stage', () => {
  it('folds one type governing one place into one incident, and types a bare "the attack" from the story', () => {
    const text = 'Drones struck Kharkiv overnight and a drone strike hit Kharkiv again at dawn.';
    const { frame, hits } = frameOf(text, '2024-03-06', ['Kharkiv']);
    const { asserted } = modeStage(text, frame, dateTriggers(text, frame, hits));
    const out = typeIncidents(text, frame, asserted, fresh);
    expect(out.incidents.map((i) => i.type)).toEqual(['drone_strike']);
    expect(out.previousType).toBe('drone_strike');

    const later = 'Officials said the attack wounded two.';
    const b = frameOf(later, '2024-03-06', []);
    const typed = typeIncidents(later, b.frame, modeStage(later, b.frame, dateTriggers(later, b.frame, b.hits)).asserted, { previousType: 'drone_strike', previousParagraph: 0 });
    expect(typed.incidents.map((i) => [i.type, i.inferred])).toEqual([['drone_strike', true]]);
    // With no story before it, a bare "attack" by nobody armed is no event at all.
    expect(typeIncidents(later, { ...b.frame, conflict: false }, modeStage(later, b.frame, dateTriggers(later, b.frame, b.hits)).asserted, fresh).incidents).toEqual([]);
  });
});

describe('actor stage', () => {
  it('reads the attacker from a demonym before the trigger, not from the place after it', () => {
    const text = 'Israeli jets struck a depot near Damascus.';
    const { frame, hits } = frameOf(text, '2024-03-06', ['Israeli', 'Damascus']);
    expect(actorsOfIncident(text, frame, hits[0]!).attacker).toBe('Israel');
  });
});

describe('place stage', () => {
  it('places an incident at the place its words govern, one draft per place listed', () => {
    const out = drafts('Shelling hit Kharkiv, Aleppo and Damascus on Monday.', ['Kharkiv', 'Aleppo', 'Damascus']);
    expect(out.map((d) => [d.place?.name, d.placeHow])).toEqual([['Kharkiv', 'governed'], ['Aleppo', 'governed'], ['Damascus', 'governed']]);
  });

  it('carries the place of the story\'s last incident of the type to a placeless re-mention', () => {
    const text = 'Shelling hit Kharkiv on Monday. The shelling damaged a school.';
    const first = drafts(text, ['Kharkiv'], [], 'Shelling hit');
    const second = drafts(text, ['Kharkiv'], first, 'The shelling');
    expect(second.map((d) => [d.place?.name, d.placeHow])).toEqual([['Kharkiv', 'carried']]);
    // ... but nothing to carry leaves it placeless.
    expect(drafts(text, ['Kharkiv'], [], 'The shelling').map((d) => d.place)).toEqual([null]);
  });
});

describe('count stage', () => {
  it('gives a sentence\'s toll to its incident, and a trigger-less toll to the incident just told', () => {
    const text = 'A drone struck Kharkiv on Monday, killing three. Nine people were wounded.';
    const own = drafts(text, ['Kharkiv']);
    const { frame } = frameOf(text, '2024-03-06', ['Kharkiv']);
    applyCounts(assignCounts(text, frame.sentence, frame.dates, own, [], { section: 'body', paragraph: 0, triggered: true }), own);
    expect(own[0]!.fatalities).toEqual({ min: 3, max: 3 });
    const next = frameOf(text, '2024-03-06', ['Kharkiv'], 'Nine people').frame;
    const assigned = assignCounts(text, next.sentence, next.dates, [], own, { section: 'body', paragraph: 0, triggered: false });
    expect(assigned.map((a) => [a.draft === own[0], a.field, a.range])).toEqual([[true, 'injured', { min: 9, max: 9 }]]);
  });

  it('makes a shooting that killed a killing, and leaves one that did not alone', () => {
    // The deaths lie beyond the trigger's own words, so only the count can tell.
    const text = 'Gunmen opened fire on a checkpoint in the north of Aleppo on Monday night, and two soldiers died.';
    const own = drafts(text, ['Aleppo']);
    expect(own.map((d) => d.type)).toEqual(['other']);
    const { frame } = frameOf(text, '2024-03-06', ['Aleppo']);
    applyCounts(assignCounts(text, frame.sentence, frame.dates, own, [], { section: 'body', paragraph: 0, triggered: true }), own);
    expect(own.map((d) => d.type)).toEqual(['killing']);
    const unhurt = 'Gunmen opened fire on a checkpoint in Aleppo.';
    const none = drafts(unhurt, ['Aleppo']);
    applyCounts([], none);
    expect(none.map((d) => d.type)).toEqual(['other']);
  });
});
