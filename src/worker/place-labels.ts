// Builds the basemap's place labels from the gazetteer the worker has loaded, so the page needs no
// second copy of GeoNames: every populated place of 1,000 people or more, and every capital and
// regional seat, ranked for labelling by population, a capital counting four times and a regional
// seat one and a half (Damascus before Aleppo, Idlib before a bigger suburb).
import type { Gazetteer } from '../core/index.ts';
import type { PlaceLabels } from '../shared/model/place-labels.ts';

export const MIN_LABEL_POPULATION = 1000;

/** The number labels are ranked and filtered by: population, weighted up for capitals and seats. */
export function labelRank(population: number, seat: number): number {
  return Math.round(Math.max(population, 1000) * (seat === 2 ? 4 : seat === 1 ? 1.5 : 1));
}

interface Picked { name: string; lat: number; lon: number; pop: number; seat: number }

/** Picks the labelled places among records [from, to) into `picked`. */
function pickRange(gaz: Pick<Gazetteer, 'record'>, from: number, to: number, minPopulation: number, picked: Picked[]): void {
  for (let id = from; id < to; id++) {
    const r = gaz.record(id);
    if (r.cls !== 'city') continue;
    const seat = r.featureCode === 'PPLC' ? 2 : r.featureCode === 'PPLA' ? 1 : 0;
    if (r.population < minPopulation && seat === 0) continue;
    // Newlines would break the packed names; no real place name has one.
    picked.push({ name: r.name.replace(/\s+/g, ' '), lat: r.lat, lon: r.lon, pop: r.population, seat });
  }
}

function pack(picked: Picked[]): PlaceLabels {
  for (const p of picked) p.pop = labelRank(p.pop, p.seat);
  picked.sort((a, b) => b.pop - a.pop || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const n = picked.length;
  const out: PlaceLabels = { names: picked.map((p) => p.name).join('\n'), lat: new Float32Array(n), lon: new Float32Array(n), rank: new Uint32Array(n), seat: new Uint8Array(n) };
  picked.forEach((p, i) => {
    out.lat[i] = p.lat;
    out.lon[i] = p.lon;
    out.rank[i] = Math.min(p.pop, 0xffffffff);
    out.seat[i] = p.seat;
  });
  return out;
}

export function buildPlaceLabels(gaz: Pick<Gazetteer, 'size' | 'record'>, minPopulation = MIN_LABEL_POPULATION): PlaceLabels {
  const picked: Picked[] = [];
  pickRange(gaz, 0, gaz.size, minPopulation, picked);
  return pack(picked);
}

/**
 * The same labels, built a slice of records at a time with `pause()` awaited between slices, so a
 * worker that builds them (about a second and a half on a slow machine) can answer an analysis
 * that arrives meanwhile: the labels are decoration and must never hold up an article's markers.
 */
export async function buildPlaceLabelsInSlices(gaz: Pick<Gazetteer, 'size' | 'record'>, pause: () => Promise<void>, slice = 10000, minPopulation = MIN_LABEL_POPULATION): Promise<PlaceLabels> {
  const picked: Picked[] = [];
  for (let from = 0; from < gaz.size; from += slice) {
    await pause();
    pickRange(gaz, from, Math.min(gaz.size, from + slice), minPopulation, picked);
  }
  return pack(picked);
}
