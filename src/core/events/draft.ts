// The working record for one event mention before merging, and its confidence.
import type { Actors, DateValue, EventType, Place, Range, SectionKind, TextSpan } from '../types.ts';

export interface Draft {
  type: EventType;
  trigger: TextSpan;
  excerpt: TextSpan;
  date: DateValue | null;
  /** The date only dates the report, not the event itself. */
  reportDate: boolean;
  place: Place | null;
  placeSpan?: TextSpan;
  /** governed, sentence, anaphora, demonym, carried (from an earlier event), or none. */
  placeHow: string;
  actors: Actors;
  fatalities: Range | null;
  injured: Range | null;
  generic: boolean;
  /** A day's tally across a country or region: kept only when the story tells none of its incidents. */
  summary: boolean;
  /** Why the mode stage read it as a tally or a habit, when it did. */
  modeReason?: string;
  distinct: boolean;
  /** Refers back to an earlier mention: "the latest raids", "Monday's attack", "the strikes". */
  anaphoric: boolean;
  /** The trigger word itself names the kind ("drone strike", "shelled", "car bomb"), not only "attack", "strike", "killed". */
  specific: boolean;
  /** Named in passing to place another event ("a day after the shelling"): it retells, it does not report. */
  reference?: boolean;
  /** The words name a scene the gazetteer does not know ("near Robotyne"): its place is unknown, not unsaid. */
  sceneUnknown?: boolean;
  /** ... and its name as written ("Haret Hreik"). */
  sceneName?: string;
  /** The date came from the story (another incident's day), not from this incident's own words. */
  dateCarried?: boolean;
  /** Air defences shot it down ("intercepted 11 drones"): an interception, not a hit. */
  intercepted?: boolean;
  /** The toll is a revision ("the toll rose to 14"): it replaces the earlier one. */
  revisesToll?: boolean;
  /** The type came from context (a bare "attack" after a run of strikes) rather than the trigger word. */
  inferredType: boolean;
  section: SectionKind;
  paragraph: number;
  /** Sentences with no trigger whose toll was given to this incident ("Two soldiers were also killed"). */
  tollExcerpts?: TextSpan[];
}

// A launch of many weapons counted: "launched 96 Shahed-type drones", "fired 30 missiles".
const WAVE = /^(?:fired|launched|firing|launching|sent)\s+(?:(?:more than|over|at least|about|some|nearly|up to)\s+)?(?:\d{1,4}|dozens|scores|hundreds|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?:-\w+)?)\s+/i;
/** The night's wave of weapons launched at a country, told by their count: no one place's strike. */
export const isWave = (d: Pick<Draft, 'trigger' | 'excerpt'>): boolean => WAVE.test(d.excerpt.text.slice(d.trigger.start - d.excerpt.start));

const round2 = (x: number) => Math.round(x * 100) / 100;

/** 0..1: how sure the engine is that this is a real, correctly placed and dated incident. */
export function confidenceOf(d: Draft, mentions: number): number {
  let c = 0.45;
  if (d.placeHow === 'governed') c += 0.2;
  else if (d.placeHow === 'sentence' || d.placeHow === 'anaphora') c += 0.12;
  else if (d.placeHow === 'carried') c += 0.08;
  else if (d.placeHow === 'demonym') c += 0.02;
  else c -= 0.1;
  if (d.date && (d.date.precision === 'day' || d.date.precision === 'part-of-day')) c += d.reportDate ? 0.08 : 0.15;
  else if (d.date) c += 0.05;
  if (d.actors.attacker) c += 0.05;
  if (d.fatalities) c += 0.05;
  if (d.generic) c -= 0.25;
  if (d.inferredType) c -= 0.08;
  if (d.section === 'caption' || d.section === 'headline') c -= 0.05;
  c += Math.min(mentions - 1, 3) * 0.03;
  return round2(Math.max(0.05, Math.min(0.95, c)));
}
