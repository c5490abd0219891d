// Demonym forms: tells a plural noun of nationality ("Israelis", "Kurds") from the adjective
// ("Israeli", "Kurdish"), which corpora annotate differently (see src/cli/corpus-file.ts).
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { normalizeName } from '../text/normalize.ts';

/**
 * True when `surface` is the plural noun of a demonym the gazetteer holds: its normalised form
 * ends in "s" and, without it, is a demonym of the same place ("Israelis" / "Israeli", "Turks" /
 * "Turk"). "Swiss" or "Seychellois" are not: no demonym "swis" or "seychelloi" exists.
 */
export function isPluralDemonym(gaz: Gazetteer, surface: string): boolean {
  const key = normalizeName(surface);
  if (key.length < 4 || !key.endsWith('s')) return false;
  const plural = gaz.lookup(key).filter((h) => h.kind === 'demonym');
  if (plural.length === 0) return false;
  const singular = gaz.lookup(key.slice(0, -1));
  return singular.some((s) => s.kind === 'demonym' && plural.some((p) => p.id === s.id));
}
