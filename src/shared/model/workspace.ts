// The workspace data model every feature shares: many articles, the user's corrections kept
// apart from the machine's output, and the merged event view the map, list and timeline draw.
import type { Analysis, DatelineEvent, EventType, Place } from '../../core/index.ts';

export interface WorkspaceArticle {
  id: string;
  title?: string;
  sourceUrl?: string;
  text: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** ISO timestamp of when it was added. */
  addedAt: string;
  analysis: Analysis | null;
  /** A clear message when analysis failed. */
  error?: string;
}

interface CorrectionBase {
  id: string;
  articleId: string;
  /** The machine event id inside that article's analysis ('' for an added event). */
  eventId: string;
  /** ISO timestamp. */
  at: string;
  /**
   * The event's trigger words when the correction was made: a re-analysis that renumbers
   * events still finds the event by where its trigger sits in the (unchanged) article text.
   */
  trigger?: { start: number; end: number; text: string };
}

export type Correction =
  | (CorrectionBase & { kind: 'place'; place: Place })
  | (CorrectionBase & { kind: 'move'; lat: number; lon: number })
  | (CorrectionBase & { kind: 'date'; date: string })
  | (CorrectionBase & { kind: 'type'; type: EventType })
  | (CorrectionBase & { kind: 'delete' })
  | (CorrectionBase & { kind: 'add'; event: DatelineEvent })
  | (CorrectionBase & { kind: 'link' } & OtherEvent)
  /** Not the same incident: undoes the automatic merge of two articles' reports (and a link between them). */
  | (CorrectionBase & { kind: 'separate' } & OtherEvent);

/** The second event a link or a separation names. */
interface OtherEvent {
  otherArticleId: string;
  otherEventId: string;
  otherTrigger?: { start: number; end: number; text: string };
}

/** A correction naming two events (a link, or a separation). */
export type PairCorrection = Extract<Correction, { kind: 'link' | 'separate' }>;
export const namesTwoEvents = (c: Correction): c is PairCorrection => c.kind === 'link' || c.kind === 'separate';

export type CorrectionInput = Correction extends infer C ? (C extends Correction ? Omit<C, 'id' | 'at'> : never) : never;

export interface EventSource {
  articleId: string;
  eventId: string;
  excerpt: { start: number; end: number; text: string };
  /** The event's trigger words in that article, so its text still highlights the merged event. */
  trigger?: { start: number; end: number; text: string };
}

/** An event as the map, timeline and list show it: machine output with corrections applied. */
export interface WorkspaceEvent extends DatelineEvent {
  /** Unique across the workspace: `${articleId}:${eventId}`. */
  key: string;
  articleId: string;
  /** The kinds of correction applied to it, empty when untouched. */
  corrected: Correction['kind'][];
  /** Every article that reports it (more than one once linked or found to be one incident). */
  sources: EventSource[];
  /**
   * Why the reports in `sources` are one incident, when there are several: the automatic grouping's
   * reasons ("both an air strike, at Aleppo, on 2020-05-04") and "linked by hand".
   */
  mergeReason?: string;
}

/** What to do with a file's articles whose ids are taken here by different articles. */
export type DuplicateChoice = 'replace' | 'keep-both' | 'skip';

export interface ImportResult {
  ok: boolean;
  /** A clear message when ok is false; nothing was changed then. */
  error?: string;
  /** Something the user should know about a successful import. */
  note?: string;
  /** Records of the file left out (each with its reason), shown so that none is lost silently. */
  leftOut?: string[];
  /**
   * Set, with ok false and nothing changed, when the file reuses the ids of articles already
   * here that differ from the file's: ask, then call importJSON again with a DuplicateChoice.
   */
  duplicates?: { count: number; names: string[] };
}

export interface WorkspaceApi {
  /** False until the stored workspace has been read back. */
  ready: boolean;
  articles: WorkspaceArticle[];
  corrections: Correction[];
  events: WorkspaceEvent[];
  addArticle(input: Pick<WorkspaceArticle, 'text' | 'published' | 'title' | 'sourceUrl'>): Promise<string>;
  setAnalysis(id: string, analysis: Analysis | null, error?: string): void;
  /** Many results at once: one store transaction and one redraw (an import of hundreds of articles). */
  setAnalyses?(results: readonly { id: string; analysis: Analysis | null; error?: string }[]): void;
  removeArticle(id: string): void;
  canUndo: boolean;
  undoRemove(): void;
  correct(c: CorrectionInput): void;
  revertCorrection(id: string): void;
  exportJSON(): string;
  importJSON(text: string, duplicates?: DuplicateChoice): Promise<ImportResult>;
  /** Corrections whose event no longer exists after a re-analysis: kept, never dropped silently. */
  orphans?: Correction[];
  /** A clear message when the browser store could not be read or written (work then lives in memory only). */
  storageError?: string;
}

/** What the URL carries so that a link reopens the same view. */
export interface ViewState {
  /** The timeline window, YYYY-MM-DD inclusive. */
  window?: { start: string; end: string };
  /** A cumulative window keeps its start at the first date and moves only its end (absent: moving). */
  windowMode?: 'moving' | 'cumulative';
  /** The selected event key. */
  selected?: string;
  map?: { lat: number; lon: number; zoom: number };
  filters?: {
    articles?: string[];
    types?: EventType[];
    /** 0..1 */
    minConfidence?: number;
  };
}
