// The legend doubles as the type filter: each type's colour and shape, with a switch to hide it,
// plus the quieter layers (places, dateline) and what an area-level marker and its outline mean.
import { useState } from 'react';
import { EVENT_TYPE_LABELS, type EventType } from '../../core/index.ts';
import { TypeGlyph } from '../../shared/ui/TypeGlyph.tsx';
import './MapLegend.css';

export interface MapLegendProps {
  counts: ReadonlyMap<EventType, number>;
  hiddenTypes: ReadonlySet<EventType>;
  onToggleType(t: EventType): void;
  showPlaces: boolean;
  onShowPlaces(v: boolean): void;
  onlineTiles: boolean;
  onOnlineTiles(v: boolean): void;
}

/** The legend starts folded on small screens, where it would cover most of the map. */
function startsOpen(): boolean {
  return typeof window === 'undefined' || typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 980px)').matches;
}

export function MapLegend(props: MapLegendProps) {
  const [open] = useState(startsOpen);
  const types = (Object.keys(EVENT_TYPE_LABELS) as EventType[]).filter((t) => (props.counts.get(t) ?? 0) > 0 || props.hiddenTypes.has(t));
  return (
    <details className="map-legend" open={open} aria-label="Map legend and layers">
      <summary className="map-legend__title">Legend</summary>
      <ul className="map-legend__types">
        {types.length === 0 && <li className="map-legend__empty">No events yet</li>}
        {types.map((t) => (
          <li key={t}>
            <label className={props.hiddenTypes.has(t) ? 'is-off' : undefined}>
              <input type="checkbox" checked={!props.hiddenTypes.has(t)} onChange={() => props.onToggleType(t)} />
              <TypeGlyph type={t} />
              <span>{EVENT_TYPE_LABELS[t]}</span>
              <span className="map-legend__count">{props.counts.get(t) ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
      <ul className="map-legend__keys">
        <li>
          <span className="key-area-marker" aria-hidden="true" /> Country- or region-level: somewhere in the dashed area, not a site
        </li>
        <li>
          <span className="key-dateline" aria-hidden="true">Dateline</span> Where the report was filed
        </li>
        <li>
          <span className="key-undated" aria-hidden="true" /> Undated: shown whatever the window
        </li>
        <li>
          <label>
            <input type="checkbox" checked={props.showPlaces} onChange={(e) => props.onShowPlaces(e.target.checked)} />
            <span className="key-place" aria-hidden="true" /> Places mentioned
          </label>
        </li>
        <li>
          <label title="Loads OpenStreetMap tiles from the internet; off keeps Dateline fully offline">
            <input type="checkbox" checked={props.onlineTiles} onChange={(e) => props.onOnlineTiles(e.target.checked)} /> Online map tiles
          </label>
        </li>
      </ul>
    </details>
  );
}
