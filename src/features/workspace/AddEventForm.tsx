// Adds an event the machine missed, from a sentence the user selected in the article: its type,
// date (the publication date until changed) and place (a place named in the sentence, or none).
import { useId, useMemo, useState } from 'react';
import { EVENT_TYPE_LABELS, checkPublished } from '../../core/index.ts';
import type { EventType, Span } from '../../core/index.ts';
import { buildAddedEvent, placeLabel, sentenceAround } from './event-helpers.ts';
import type { CorrectionInput, WorkspaceArticle } from '../../shared/model/workspace.ts';

export interface AddEventFormProps {
  article: WorkspaceArticle;
  /** The selected words, as offsets into the article text; widened to their sentence. */
  selection: Span | null;
  onCorrect(c: CorrectionInput): void;
  onDone?(): void;
}

const TYPES = Object.keys(EVENT_TYPE_LABELS) as EventType[];

export function AddEventForm({ article, selection, onCorrect, onDone }: AddEventFormProps) {
  const id = useId();
  const sentence = useMemo(() => (selection ? sentenceAround(article.text, selection) : null), [article.text, selection]);
  const places = useMemo(
    () => (sentence ? (article.analysis?.mentions ?? []).filter((m) => m.place && m.start >= sentence.start && m.end <= sentence.end) : []),
    [article.analysis, sentence],
  );
  const [type, setType] = useState<EventType>('other');
  const [date, setDate] = useState(article.published);
  const [place, setPlace] = useState(0);
  const [error, setError] = useState<string | undefined>();

  if (!sentence || sentence.end <= sentence.start) {
    return <p className="hint">Select a sentence in the article to add an event from it.</p>;
  }

  const add = () => {
    let day: string;
    try {
      day = checkPublished(date);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return;
    }
    const m = place > 0 ? places[place - 1] : undefined;
    const event = buildAddedEvent({
      text: article.text,
      sentence,
      type,
      date: day,
      place: m?.place ?? null,
      ...(m ? { placeSpan: { start: m.start, end: m.end } } : {}),
    });
    setError(undefined);
    onCorrect({ kind: 'add', articleId: article.id, eventId: '', event });
    onDone?.();
  };

  return (
    <section className="add-event" aria-label="Add an event from the selected sentence">
      <blockquote>{article.text.slice(sentence.start, sentence.end)}</blockquote>
      <label htmlFor={`${id}-type`}>Event type</label>
      <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as EventType)}>
        {TYPES.map((t) => <option key={t} value={t}>{EVENT_TYPE_LABELS[t]}</option>)}
      </select>
      <label htmlFor={`${id}-date`}>Event date</label>
      <input id={`${id}-date`} type="text" placeholder="YYYY-MM-DD" value={date} onChange={(e) => setDate(e.target.value)} size={10} />
      <label htmlFor={`${id}-place`}>Event place</label>
      <select id={`${id}-place`} value={place} onChange={(e) => setPlace(Number(e.target.value))}>
        <option value={0}>No place (set it later)</option>
        {places.map((m, i) => <option key={i} value={i + 1}>{`${m.text}: ${placeLabel(m.place!)}`}</option>)}
      </select>
      <button type="button" onClick={add}>Add event</button>
      {error && <p role="alert" className="error">{error}</p>}
    </section>
  );
}
