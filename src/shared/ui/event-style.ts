// How each event type looks on the map, in the legend, the list and the excerpt: an Okabe-Ito
// colour (colour-blind safe) AND a distinct shape, so the type never rests on colour alone.
import type { EventType } from '../../core/index.ts';

export interface TypeStyle {
  color: string;
  /** An SVG path in a 20x20 box. */
  path: string;
}

export const EVENT_STYLES: Record<EventType, TypeStyle> = {
  air_strike: { color: '#D55E00', path: 'M2.5 4H17.5L10 17.5Z' },
  drone_strike: { color: '#E69F00', path: 'M10 1.5L18.5 10L10 18.5L1.5 10Z' },
  missile_attack: { color: '#CC79A7', path: 'M10 2L18 17H2Z' },
  shelling: { color: '#0072B2', path: 'M3.5 3.5H16.5V16.5H3.5Z' },
  raid: { color: '#009E73', path: 'M10 2L18 8L15 17.5H5L2 8Z' },
  bombing: { color: '#1A1A1A', path: 'M10 1.5L12.4 7.2L18.5 7.6L13.8 11.5L15.3 17.6L10 14.3L4.7 17.6L6.2 11.5L1.5 7.6L7.6 7.2Z' },
  armed_clash: { color: '#56B4E9', path: 'M5.5 2L10 6.5L14.5 2L18 5.5L13.5 10L18 14.5L14.5 18L10 13.5L5.5 18L2 14.5L6.5 10L2 5.5Z' },
  killing: { color: '#882255', path: 'M10 2.5A7.5 7.5 0 1 1 9.99 2.5Z' },
  withdrawal: { color: '#5D6D7E', path: 'M2 6.5H10.5V2.5L18 10L10.5 17.5V13.5H2Z' },
  other: { color: '#F0E442', path: 'M10 2L17 6V14L10 18L3 14V6Z' },
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG glyph for a type, built with DOM calls (no HTML strings). */
export function typeGlyph(doc: Document, type: EventType, size = 20): SVGSVGElement {
  const style = EVENT_STYLES[type];
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', style.path);
  path.setAttribute('fill', style.color);
  path.setAttribute('stroke', type === 'other' ? '#3a3a00' : '#ffffff');
  path.setAttribute('stroke-width', '1.6');
  path.setAttribute('stroke-linejoin', 'round');
  svg.appendChild(path);
  return svg;
}
