// Turns what the user asked for into a stored correction: its id and time, and the trigger words
// of the event(s) it targets, so it still finds them after a re-analysis renumbers events.
import type { DatelineEvent } from '../../core/index.ts';
import { locateEvent } from './apply-corrections.ts';
import { namesTwoEvents, type Correction, type CorrectionInput, type WorkspaceArticle } from '../../shared/model/workspace.ts';

export interface CorrectionIds {
  id: string;
  /** ISO timestamp, strictly later than any earlier correction's. */
  at: string;
  /** An id for an added event that has none. */
  userEventId: string;
}

/** Machine events of an article plus those the user added to it. */
function eventsOf(articleId: string, articles: readonly WorkspaceArticle[], corrections: readonly Correction[]): DatelineEvent[] {
  return [
    ...(articles.find((a) => a.id === articleId)?.analysis?.events ?? []),
    ...corrections.flatMap((x) => (x.kind === 'add' && x.articleId === articleId ? [x.event] : [])),
  ];
}

export function prepareCorrection(
  input: CorrectionInput,
  articles: readonly WorkspaceArticle[],
  corrections: readonly Correction[],
  ids: CorrectionIds,
): Correction {
  const c = { ...input, id: ids.id, at: ids.at } as Correction;
  if (c.kind === 'add') {
    c.event = { ...c.event, id: c.event.id || ids.userEventId };
    c.eventId = '';
    return c;
  }
  if (!c.trigger) {
    const ev = locateEvent(eventsOf(c.articleId, articles, corrections), c.eventId);
    if (ev) c.trigger = { ...ev.trigger };
  }
  if (namesTwoEvents(c) && !c.otherTrigger) {
    const other = locateEvent(eventsOf(c.otherArticleId, articles, corrections), c.otherEventId);
    if (other) c.otherTrigger = { ...other.trigger };
  }
  return c;
}
