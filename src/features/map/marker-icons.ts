// Builds marker icons as DOM elements (never HTML strings, since names come from article text)
// and gives each marker the accessible name the spec asks for.
import * as L from 'leaflet';
import type { EventType } from '../../core/index.ts';
import { EVENT_STYLES, typeGlyph } from '../../shared/ui/event-style.ts';

export function eventIcon(type: EventType, area: boolean): L.DivIcon {
  const el = document.createElement('span');
  el.className = `ev-glyph${area ? ' ev-glyph--area' : ''}`;
  el.style.setProperty('--ev-color', EVENT_STYLES[type].color);
  el.appendChild(typeGlyph(document, type, 20));
  return L.divIcon({ html: el, className: `ev-marker ev-${type}`, iconSize: [26, 26], iconAnchor: [13, 13] });
}

/** The count a cluster shows: 1.2k past 999. */
export function clusterLabel(count: number): string {
  return count > 999 ? `${Math.round(count / 100) / 10}k` : String(count);
}

/** A cluster's diameter in pixels, growing with its count. */
export function clusterSize(count: number): number {
  return count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 48;
}

export function clusterIcon(count: number): L.DivIcon {
  const el = document.createElement('span');
  el.className = 'ev-cluster__count';
  el.textContent = clusterLabel(count);
  const size = clusterSize(count);
  return L.divIcon({ html: el, className: 'ev-cluster', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}

export function placeIcon(): L.DivIcon {
  return L.divIcon({ html: '', className: 'place-marker', iconSize: [10, 10], iconAnchor: [5, 5] });
}

export function datelineIcon(): L.DivIcon {
  const el = document.createElement('span');
  el.className = 'dateline-marker__label';
  el.textContent = 'Dateline';
  return L.divIcon({ html: el, className: 'dateline-marker', iconSize: [64, 20], iconAnchor: [32, 26] });
}

/** Sets the accessible name on a marker's element once Leaflet has created it. */
export function nameMarker(marker: L.Marker, name: string, attrs: Record<string, string> = {}): L.Marker {
  marker.on('add', () => {
    const el = marker.getElement();
    if (!el) return;
    el.setAttribute('aria-label', name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  });
  return marker;
}

/** Leaflet 1.9 markers take focus but ignore Enter; make Enter and Space act like a click, as on a button. */
export function activateOnKeys(marker: L.Marker, act: () => void): L.Marker {
  marker.on('keydown', (ev) => {
    const k = (ev as L.LeafletKeyboardEvent).originalEvent;
    if (k.key === 'Enter' || k.key === ' ') {
      k.preventDefault();
      act();
    }
  });
  return marker;
}
