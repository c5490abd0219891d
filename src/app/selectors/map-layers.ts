// The map's quieter layers derived from the analyses: distinct places mentioned (literal or
// demonym; metonymy is a government, not a place) and each article's dateline.
import type { MapDateline, MapPlace } from '../../features/map/map-types.ts';
import type { WorkspaceArticle } from '../../shared/model/workspace.ts';
import { memoizeLast } from './memo.ts';

function placeKey(lat: number, lon: number, name: string): string {
  return `${name}@${lat.toFixed(3)},${lon.toFixed(3)}`;
}

/** shown: the article filter (ids shown); empty or undefined shows all. */
function isShown(id: string, shown: readonly string[] | undefined): boolean {
  return !shown?.length || shown.includes(id);
}

export function selectMapPlaces(articles: readonly WorkspaceArticle[], shown: readonly string[] | undefined): MapPlace[] {
  const byKey = new Map<string, MapPlace>();
  for (const a of articles) {
    if (!isShown(a.id, shown)) continue;
    for (const m of a.analysis?.mentions ?? []) {
      if (!m.place || (m.role !== 'literal' && m.role !== 'demonym')) continue;
      const k = placeKey(m.place.lat, m.place.lon, m.place.name);
      const found = byKey.get(k);
      if (found) {
        found.count += 1;
        if (!found.names.includes(m.text)) found.names.push(m.text);
      } else byKey.set(k, { key: k, place: m.place, count: 1, names: [m.text] });
    }
  }
  return [...byKey.values()];
}

export function selectDatelines(articles: readonly WorkspaceArticle[], shown: readonly string[] | undefined): MapDateline[] {
  const out: MapDateline[] = [];
  for (const a of articles) {
    if (!isShown(a.id, shown)) continue;
    const m = a.analysis?.mentions.find((x) => x.role === 'dateline' && x.place);
    if (m?.place) out.push({ key: a.id, place: m.place, words: m.text, articleTitle: a.title || a.text.slice(0, 60) });
  }
  return out;
}

export const makeMapPlacesSelector = () => memoizeLast(selectMapPlaces);
export const makeDatelinesSelector = () => memoizeLast(selectDatelines);
