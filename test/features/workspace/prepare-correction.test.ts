import { describe, expect, it } from 'vitest';
import { prepareCorrection } from '../../../src/features/workspace/prepare-correction.ts';
import type { Correction } from '../../../src/shared/model/workspace.ts';
import { HOMS, articleA, articleB } from './fixtures.ts';

const ids = { id: 'c1', at: '2026-01-01T00:00:00.000Z', userEventId: 'user-1' };

describe('prepareCorrection', () => {
  it('records the trigger words of the target event, and of the other event of a link', () => {
    const a = articleA();
    const b = articleB();
    const c = prepareCorrection({ kind: 'link', articleId: 'a1', eventId: 'e2', otherArticleId: 'b1', otherEventId: 'e1' }, [a, b], [], ids);
    expect(c).toMatchObject({ id: 'c1', at: ids.at, trigger: a.analysis!.events[1].trigger, otherTrigger: b.analysis!.events[0].trigger });
  });

  it('finds events the user added, and keeps a trigger the caller already gave', () => {
    const added: Correction = { id: 'c0', articleId: 'a1', eventId: '', at: 'x', kind: 'add', event: { ...articleA().analysis!.events[0], id: 'user-9' } };
    const c = prepareCorrection({ kind: 'place', articleId: 'a1', eventId: 'user-9', place: HOMS }, [{ ...articleA(), analysis: null }], [added], ids);
    expect(c.trigger?.text).toBe('struck');
    const given = { start: 1, end: 2, text: 'n' };
    expect(prepareCorrection({ kind: 'delete', articleId: 'a1', eventId: 'e1', trigger: given }, [articleA()], [], ids).trigger).toBe(given);
  });

  it('gives an added event an id and no machine event id', () => {
    const ev = { ...articleA().analysis!.events[0], id: '' };
    const c = prepareCorrection({ kind: 'add', articleId: 'a1', eventId: 'x', event: ev }, [articleA()], [], ids);
    expect(c).toMatchObject({ kind: 'add', eventId: '', event: { id: 'user-1' } });
  });

  it('leaves the trigger out when the event is unknown, rather than guessing', () => {
    expect(prepareCorrection({ kind: 'delete', articleId: 'a1', eventId: 'e9' }, [articleA()], [], ids).trigger).toBeUndefined();
  });
});
