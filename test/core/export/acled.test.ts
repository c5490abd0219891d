// ACLED vocabularies: every Dateline type maps, and trigger words refine where ACLED is finer.
import { describe, expect, it } from 'vitest';
import { ACLED_TYPES, acledGeoPrecision, acledTimePrecision, acledType } from '../../../src/core/export/acled.ts';
import { EVENT_TYPE_LABELS } from '../../../src/core/index.ts';
import type { EventType } from '../../../src/core/index.ts';

const ev = (type: EventType, trigger: string, excerpt = `They ${trigger} it.`) => ({ type, trigger: { start: 0, end: trigger.length, text: trigger }, excerpt: { start: 0, end: excerpt.length, text: excerpt } });

describe('ACLED mapping', () => {
  it('maps every Dateline event type', () => {
    for (const type of Object.keys(EVENT_TYPE_LABELS) as EventType[]) expect(ACLED_TYPES[type].eventType).toMatch(/^(Battles|Explosions\/Remote violence|Violence against civilians|Strategic developments)$/);
    expect(acledType(ev('drone_strike', 'drone strike'))).toEqual({ eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' });
    expect(acledType(ev('shelling', 'shelled')).subEventType).toBe('Shelling/artillery/missile attack');
    expect(acledType(ev('armed_clash', 'clashed'))).toEqual({ eventType: 'Battles', subEventType: 'Armed clash' });
  });

  it('refines by trigger words where ACLED is finer', () => {
    expect(acledType(ev('other', 'abducted'))).toEqual({ eventType: 'Violence against civilians', subEventType: 'Abduction/forced disappearance' });
    expect(acledType(ev('other', 'torched')).subEventType).toBe('Looting/property destruction');
    expect(acledType(ev('other', 'captured')).subEventType).toBe('Other');
    expect(acledType(ev('bombing', 'blast', 'A suicide bomber blew himself up; the suicide-bomb blast killed 3.')).subEventType).toBe('Suicide bomb');
    expect(acledType(ev('bombing', 'bomb', 'A roadside bomb exploded.')).subEventType).toBe('Remote explosive/landmine/IED');
  });

  it('codes time and place precision on ACLED 1-3 scales', () => {
    expect(['day', 'part-of-day', 'week', 'month', 'year', 'unknown'].map((p) => acledTimePrecision(p as never))).toEqual([1, 1, 2, 3, 3, 3]);
    expect(['point', 'city', 'region', 'country'].map((p) => acledGeoPrecision(p as never))).toEqual([1, 1, 3, 3]);
  });
});
