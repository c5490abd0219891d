// Corrects one event: pick another candidate place, set the position by hand, change the date or
// type, link it to the same event in another article, or delete it. Each action becomes one
// stored correction, and every correction already applied can be reverted.
import { useId, useRef, useState } from 'react';
import { EVENT_TYPE_LABELS, checkPublished } from '../../core/index.ts';
import type { Candidate, EventType } from '../../core/index.ts';
import { placeLabel } from './event-helpers.ts';
import type { Correction, CorrectionInput, WorkspaceEvent } from '../../shared/model/workspace.ts';

export interface CorrectionEditorProps {
  event: WorkspaceEvent;
  /** The ranked places the event could be (placeChoices()); the current one first. */
  alternatives?: readonly Candidate[];
  /** Corrections applied to this event, so each can be reverted. */
  corrections?: readonly Correction[];
  /** Events elsewhere in the workspace that may be the same one (offered for linking). */
  linkCandidates?: readonly WorkspaceEvent[];
  onCorrect(c: CorrectionInput): void;
  onRevert?(id: string): void;
}

const KIND_LABEL: Record<Correction['kind'], string> = {
  place: 'Place chosen',
  move: 'Moved by hand',
  date: 'Date set',
  type: 'Type set',
  delete: 'Deleted',
  add: 'Added by hand',
  link: 'Linked',
  separate: 'Kept apart',
};

function describeCorrection(c: Correction): string {
  switch (c.kind) {
    case 'place': return `${KIND_LABEL.place}: ${c.place.name}`;
    case 'move': return `${KIND_LABEL.move}: ${c.lat.toFixed(4)}, ${c.lon.toFixed(4)}`;
    case 'date': return `${KIND_LABEL.date}: ${c.date}`;
    case 'type': return `${KIND_LABEL.type}: ${EVENT_TYPE_LABELS[c.type]}`;
    case 'link': return `${KIND_LABEL.link} with another report`;
    case 'separate': return `${KIND_LABEL.separate} from another report: not the same incident`;
    default: return KIND_LABEL[c.kind];
  }
}

const TYPES = Object.keys(EVENT_TYPE_LABELS) as EventType[];

/**
 * The fields a person types or picks in; one they touched is theirs until they apply it. (The place
 * choice is not among them: it is an index into the ranked places, which change with the event.)
 */
type Field = 'lat' | 'lon' | 'date' | 'type' | 'link';

/** The event's place, date and type in a few words, for the notice that it changed. */
function eventNow(e: WorkspaceEvent): string {
  const place = e.place ? `${e.place.name} (${e.place.lat.toFixed(4)}, ${e.place.lon.toFixed(4)})` : 'no place';
  return `${EVENT_TYPE_LABELS[e.type]}, ${place}, ${e.date?.start ?? 'no date'}`;
}

export function CorrectionEditor({ event, alternatives = [], corrections = [], linkCandidates = [], onCorrect, onRevert }: CorrectionEditorProps) {
  const id = useId();
  const target = { articleId: event.articleId, eventId: event.id, trigger: { ...event.trigger } };
  const [choice, setChoice] = useState(0);
  const [lat, setLat] = useState(event.place ? String(event.place.lat) : '');
  const [lon, setLon] = useState(event.place ? String(event.place.lon) : '');
  const [date, setDate] = useState(event.date?.start ?? '');
  const [type, setType] = useState<EventType>(event.type);
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [changedElsewhere, setChangedElsewhere] = useState<string | undefined>();
  // What the person has typed or picked and not applied yet: never replaced under their hands.
  const [dirty, setDirty] = useState<ReadonlySet<Field>>(new Set());
  const touch = (f: Field) => {
    if (!dirty.has(f)) setDirty(new Set([...dirty, f]));
  };
  // Set when this editor applies a correction, so the change that follows is known as its own.
  const own = useRef(false);
  // When a correction lands (or another event is shown) the fields follow the event as it now is,
  // except those the person is still editing: a correction from another tab must not wipe them.
  const shown = `${event.key}|${event.place?.lat}|${event.place?.lon}|${event.place?.name}|${event.date?.start}|${event.type}`;
  const [seen, setSeen] = useState(shown);
  if (seen !== shown) {
    const sameEvent = seen.slice(0, seen.indexOf('|')) === event.key;
    const keep = sameEvent ? dirty : new Set<Field>();
    setSeen(shown);
    setChoice(0);
    if (!keep.has('lat')) setLat(event.place ? String(event.place.lat) : '');
    if (!keep.has('lon')) setLon(event.place ? String(event.place.lon) : '');
    if (!keep.has('date')) setDate(event.date?.start ?? '');
    if (!keep.has('type')) setType(event.type);
    if (!keep.has('link')) setLink('');
    if (!sameEvent) {
      setDirty(new Set());
      setError(undefined);
    }
    setChangedElsewhere(sameEvent && !own.current && keep.size > 0 ? eventNow(event) : undefined);
    own.current = false;
  }

  /** Drops what the person typed and shows the event as it is now. */
  const takeNew = () => {
    setDirty(new Set());
    setChangedElsewhere(undefined);
    setLat(event.place ? String(event.place.lat) : '');
    setLon(event.place ? String(event.place.lon) : '');
    setDate(event.date?.start ?? '');
    setType(event.type);
    setLink('');
  };

  /** Applies a correction; the fields it used are the event's again, the others stay as typed. */
  const done = (c: CorrectionInput, used: readonly Field[]) => {
    setError(undefined);
    setChangedElsewhere(undefined);
    own.current = true;
    setDirty(new Set([...dirty].filter((f) => !used.includes(f))));
    onCorrect(c);
  };

  const move = () => {
    const la = Number(lat);
    const lo = Number(lon);
    if (lat.trim() === '' || lon.trim() === '' || !Number.isFinite(la) || !Number.isFinite(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180) {
      setError('Latitude must be a number from -90 to 90 and longitude from -180 to 180.');
      return;
    }
    done({ kind: 'move', ...target, lat: la, lon: lo }, ['lat', 'lon']);
  };

  const setDay = () => {
    try {
      done({ kind: 'date', ...target, date: checkPublished(date) }, ['date']);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const linkTo = () => {
    const other = linkCandidates.find((e) => e.key === link);
    if (!other) return;
    done({ kind: 'link', ...target, otherArticleId: other.articleId, otherEventId: other.id, otherTrigger: { ...other.trigger } }, ['link']);
  };

  return (
    <section className="correction-editor" aria-label={`Correct this ${EVENT_TYPE_LABELS[event.type].toLowerCase()}`}>
      {alternatives.length > 1 && (
        <div className="row">
          <label htmlFor={`${id}-place`}>Place</label>
          <select id={`${id}-place`} value={choice} onChange={(e) => setChoice(Number(e.target.value))}>
            {alternatives.map((c, i) => (
              <option key={i} value={i}>{placeLabel(c.place)}</option>
            ))}
          </select>
          <button type="button" disabled={choice === 0} onClick={() => done({ kind: 'place', ...target, place: { ...alternatives[choice].place } }, ['lat', 'lon'])}>
            Use this place
          </button>
        </div>
      )}
      <div className="row">
        <label htmlFor={`${id}-lat`}>Latitude</label>
        <input id={`${id}-lat`} type="text" inputMode="decimal" value={lat} onChange={(e) => { touch('lat'); setLat(e.target.value); }} size={9} />
        <label htmlFor={`${id}-lon`}>Longitude</label>
        <input id={`${id}-lon`} type="text" inputMode="decimal" value={lon} onChange={(e) => { touch('lon'); setLon(e.target.value); }} size={9} />
        <button type="button" onClick={move}>Move marker</button>
      </div>
      <div className="row">
        <label htmlFor={`${id}-date`}>Date</label>
        <input id={`${id}-date`} type="text" placeholder="YYYY-MM-DD" value={date} onChange={(e) => { touch('date'); setDate(e.target.value); }} size={10} />
        <button type="button" onClick={setDay}>Set date</button>
      </div>
      <div className="row">
        <label htmlFor={`${id}-type`}>Type</label>
        <select id={`${id}-type`} value={type} onChange={(e) => { touch('type'); setType(e.target.value as EventType); }}>
          {TYPES.map((t) => <option key={t} value={t}>{EVENT_TYPE_LABELS[t]}</option>)}
        </select>
        <button type="button" disabled={type === event.type} onClick={() => done({ kind: 'type', ...target, type }, ['type'])}>Set type</button>
      </div>
      {linkCandidates.length > 0 && (
        <div className="row">
          <label htmlFor={`${id}-link`}>Same event as</label>
          <select id={`${id}-link`} value={link} onChange={(e) => { touch('link'); setLink(e.target.value); }}>
            <option value="">(choose)</option>
            {linkCandidates.map((e) => (
              <option key={e.key} value={e.key}>
                {`${EVENT_TYPE_LABELS[e.type]}, ${e.place?.name ?? 'no place'}, ${e.date?.start ?? 'no date'}: ${e.excerpt.text.slice(0, 60)}`}
              </option>
            ))}
          </select>
          <button type="button" disabled={!link} onClick={linkTo}>Link</button>
        </div>
      )}
      <div className="row">
        <button type="button" className="danger" onClick={() => done({ kind: 'delete', ...target }, [])}>Delete event</button>
      </div>
      {changedElsewhere && (
        <div role="alert" className="warning">
          <p>{`This event was just changed elsewhere, perhaps in another tab; it is now: ${changedElsewhere}. What you were typing here is kept, not replaced: apply it, or take the new values.`}</p>
          <button type="button" onClick={takeNew}>Take the new values</button>
        </div>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      {corrections.length > 0 && (
        <ul className="corrections" aria-label="Corrections made">
          {corrections.map((c) => (
            <li key={c.id}>
              {describeCorrection(c)}
              {onRevert && <button type="button" onClick={() => onRevert(c.id)} aria-label={`Revert: ${describeCorrection(c)}`}>Revert</button>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
