// The map: offline basemap, honest-precision areas, the quiet places layer, the dateline, and the
// events on top, with a legend that filters by type.
import { useMemo, useState } from 'react';
import { MapContainer, Pane, TileLayer } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import type { EventType } from '../../core/index.ts';
import type { WorkspaceEvent } from '../../shared/model/workspace.ts';
import { allowTilesAndReload, forbidTiles, TILE_URL, tilesAllowed } from '../../shared/ui/tile-policy.ts';
import { AreaLayer } from './AreaLayer.tsx';
import { BasemapLayer } from './BasemapLayer.tsx';
import { DatelineLayer } from './DatelineLayer.tsx';
import { EventMarkersLayer } from './EventMarkersLayer.tsx';
import { FitToEvents } from './FitToEvents.tsx';
import { MapLegend } from './MapLegend.tsx';
import type { MapDateline, MapFocus, MapPlace } from './map-types.ts';
import { MapViewReporter } from './MapViewReporter.tsx';
import { PlacesLayer } from './PlacesLayer.tsx';
import './EventMap.css';

export interface EventMapProps {
  /** The events to draw (already filtered to the time window). */
  events: readonly WorkspaceEvent[];
  /** Every filtered event, dated or not, for fitting the view. */
  allEvents: readonly WorkspaceEvent[];
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
  /** A view to open at (from a shared link) instead of fitting the events. */
  initialView?: { lat: number; lon: number; zoom: number };
  onViewChange?(v: { lat: number; lon: number; zoom: number }): void;
}

const ATTRIBUTION_PREFIX = '<a href="https://leafletjs.com">Leaflet</a> · Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)';

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
  const fitPoints = useMemo(() => {
    const pts: [number, number][] = props.allEvents.filter((e) => e.place).map((e) => [e.place!.lat, e.place!.lon]);
    if (pts.length === 0) for (const p of props.places) pts.push([p.place.lat, p.place.lon]);
    return pts;
  }, [props.allEvents, props.places]);

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
          <BasemapLayer faded={onlineTiles} />
        </Pane>
        {onlineTiles && (
          <TileLayer url={TILE_URL} attribution='Tiles © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors' />
        )}
        <Pane name="areas" style={{ zIndex: '350' }}>
          <AreaLayer events={props.events} selectedKey={props.selectedKey} />
        </Pane>
        {showPlaces && <PlacesLayer places={props.places} onFocus={props.onFocusPlace} />}
        <DatelineLayer datelines={props.datelines} />
        <EventMarkersLayer events={props.events} selectedKey={props.selectedKey} hoveredKey={props.hoveredKey ?? null} onSelect={props.onSelect} />
        <FitToEvents points={fitPoints} fitKey={props.fitKey} focus={props.focus} skipFirst={Boolean(props.initialView)} />
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
