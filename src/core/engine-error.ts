// The one error the engine raises for a failure of its own (a bug, or a limit of the JavaScript
// engine such as the call stack), as opposed to bad input (InvalidDateError): it names the stage
// and says plainly that the text is not at fault, so no raw TypeError reaches a person.

export type EngineStage = 'sections' | 'sentences' | 'places' | 'dates' | 'events';

const DOING: Record<EngineStage, string> = {
  sections: 'finding the headline, captions and dateline',
  sentences: 'splitting the text into sentences',
  places: 'finding places',
  dates: 'finding dates',
  events: 'finding events',
};

export class EngineError extends Error {
  readonly stage: EngineStage;
  constructor(stage: EngineStage, cause: unknown) {
    const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    super(`Dateline's engine failed while ${DOING[stage]} (${detail}). This is a fault in Dateline, not in the text; please report it with the text that caused it.`, { cause });
    this.name = 'EngineError';
    this.stage = stage;
  }
}
