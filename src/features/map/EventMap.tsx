// The map: offline basemap with its names, honest-precision areas, the quiet places layer, the
// dateline, and the events on top (one Tab stop, arrows between markers), with a legend that
// filters by type.
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { MapContainer, Pane, TileLayer, useMap } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import type { EventType } from '../../core/index.ts';
import { displayPoint } from '../../shared/geo/display-point.ts';
import type { PlaceLabels } from '../../shared/model/place-labels.ts';
import type { WorkspaceEvent } from '../../shared/model/workspace.ts';
import { allowTilesAndReload, forbidTiles, TILE_URL, tilesAllowed } from '../../shared/ui/tile-policy.ts';
import { AreaLayer } from './AreaLayer.tsx';
import { BASEMAP_START_MS, BasemapLayer } from './BasemapLayer.tsx';
import { DatelineLayer } from './DatelineLayer.tsx';
import { EVENT_PANE, EventMarkersLayer } from './EventMarkersLayer.tsx';
import { FitToEvents } from './FitToEvents.tsx';
import { createObstacles } from './map-obstacles.ts';
import { MapLegend } from './MapLegend.tsx';
import type { MapDateline, MapFocus, MapPlace } from './map-types.ts';
import { MapViewReporter } from './MapViewReporter.tsx';
import { LABEL_PANE, PlaceLabelsLayer } from './PlaceLabelsLayer.tsx';
import { PlacesLayer } from './PlacesLayer.tsx';
import { attachRovingFocus } from './roving-focus.ts';
import './EventMap.css';

export interface EventMapProps {
  /** Every event passing the filters, dated or not; the map shows those in `window` and the undated. */
  events: readonly WorkspaceEvent[];
  /** Inclusive YYYY-MM-DD bounds of the time window, or null for all dates. */
  window: { start: string; end: string } | null;
  places: readonly MapPlace[];
  datelines: readonly MapDateline[];
  selectedKey: string | null;
  hoveredKey?: string | null;
  onSelect(key: string): void;
  /** Changes when the set of articles changes: the view refits then. */
  fitKey: string;
  focus: MapFocus | null;
  onFocusPlace(p: MapPlace): void;
  typeCounts: ReadonlyMap<EventType, number>;
  hiddenTypes: ReadonlySet<EventType>;
  onToggleType(t: EventType): void;
  /** The basemap's place names (from the worker's gazetteer), once they have come. */
  placeLabels?: PlaceLabels | null;
  /** A view to open at (from a shared link) instead of fitting the events. */
  initialView?: { lat: number; lon: number; zoom: number };
  onViewChange?(v: { lat: number; lon: number; zoom: number }): void;
  /**
   * Events are still to come (the workspace loads, an article is being analysed or is about to be):
   * the basemap then waits for the first markers rather than competing with them.
   */
  awaitingEvents?: boolean;
}

const ATTRIBUTION_PREFIX = '<a href="https://leafletjs.com">Leaflet</a> · Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)';

// Layers whose props do not change when the time window moves are not re-rendered by it.
const StableBasemap = memo(BasemapLayer);
const StablePlaces = memo(PlacesLayer);
const StableDatelines = memo(DatelineLayer);
const StableLabels = memo(PlaceLabelsLayer);
const StableFit = memo(FitToEvents);

/** The marker pane as one group in the Tab order, with arrow keys inside (roving-focus.ts). */
function MarkerKeyboard() {
  const map = useMap();
  useEffect(() => {
    const pane = map.getPane(EVENT_PANE);
    if (!pane) return;
    pane.setAttribute('role', 'group');
    pane.setAttribute('aria-label', 'Map markers: arrow keys move between them, Enter opens one');
    const roving = attachRovingFocus(pane, '[data-rove-id]');
    return () => roving.detach();
  }, [map]);
  return null;
}

export function EventMap(props: EventMapProps) {
  const [showPlaces, setShowPlaces] = useState(true);
  // On only when the user turned tiles on in this tab; turning them on reloads the page without the
  // policy that forbids online images (src/shared/ui/tile-policy.ts).
  const [onlineTiles, setOnlineTiles] = useState(tilesAllowed);
  const onOnlineTiles = (on: boolean) => {
    if (on) return allowTilesAndReload();
    forbidTiles();
    setOnlineTiles(false);
  };
  const obstacles = useMemo(createObstacles, []);
  // The basemap (countries, then rivers, lakes, regions) and the names' country outlines start
  // once the first markers are painted, or at once when there are none to wait for. They are
  // a second or so of work on the main thread, in slices, that would otherwise run while the
  // first analysis comes back and delay its markers. (At the latest after BASEMAP_START_MS.)
  const [markersDrawn, setMarkersDrawn] = useState(false);
  const onFirstDrawn = useCallback(() => setMarkersDrawn(true), []);
  const mappable = useMemo(() => props.events.some((e) => e.place), [props.events]);
  const basemapStart = markersDrawn || (!props.awaitingEvents && !mappable);
  useEffect(() => {
    if (basemapStart) return;
    const id = setTimeout(() => setMarkersDrawn(true), BASEMAP_START_MS);
    return () => clearTimeout(id);
  }, [basemapStart]);
  const fitPoints = useMemo(() => {
    const pts: [number, number][] = [];
    for (const e of props.events) {
      if (!e.place) continue;
      const d = displayPoint(e.place);
      pts.push([d.lat, d.lon]);
    }
    if (pts.length === 0) for (const p of props.places) pts.push([p.place.lat, p.place.lon]);
    return pts;
  }, [props.events, props.places]);

  return (
    <div className="event-map">
      <MapContainer
        center={props.initialView ? [props.initialView.lat, props.initialView.lon] : [25, 20]}
        zoom={props.initialView?.zoom ?? 2}
        minZoom={1}
        maxZoom={12}
        preferCanvas
        worldCopyJump
        className="event-map__leaflet"
        ref={(m) => {
          m?.attributionControl.setPrefix(ATTRIBUTION_PREFIX);
        }}
      >
        <Pane name="basemap" style={{ zIndex: '150' }}>
          <StableBasemap faded={onlineTiles} start={basemapStart} />
        </Pane>
        {onlineTiles && (
          <TileLayer url={TILE_URL} attribution='Tiles © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors' />
        )}
        <Pane name="areas" style={{ zIndex: '350' }}>
          <AreaLayer events={props.events} window={props.window} selectedKey={props.selectedKey} />
        </Pane>
        <Pane name={LABEL_PANE} style={{ zIndex: '450', pointerEvents: 'none' }}>
          <StableLabels labels={props.placeLabels ?? null} obstacles={obstacles} start={basemapStart} />
        </Pane>
        {showPlaces && <StablePlaces places={props.places} onFocus={props.onFocusPlace} obstacles={obstacles} />}
        <Pane name={EVENT_PANE} style={{ zIndex: '610' }}>
          <MarkerKeyboard />
          <StableDatelines datelines={props.datelines} pane={EVENT_PANE} obstacles={obstacles} />
          <EventMarkersLayer events={props.events} window={props.window} selectedKey={props.selectedKey} hoveredKey={props.hoveredKey ?? null} onSelect={props.onSelect} obstacles={obstacles} onFirstDrawn={onFirstDrawn} />
        </Pane>
        <StableFit points={fitPoints} fitKey={props.fitKey} focus={props.focus} skipFirst={Boolean(props.initialView)} />
        {props.onViewChange && <MapViewReporter onChange={props.onViewChange} />}
      </MapContainer>
      <MapLegend
        counts={props.typeCounts}
        hiddenTypes={props.hiddenTypes}
        onToggleType={props.onToggleType}
        showPlaces={showPlaces}
        onShowPlaces={setShowPlaces}
        onlineTiles={onlineTiles}
        onOnlineTiles={onOnlineTiles}
      />
    </div>
  );
}
