// Keeps the article being typed in localStorage, so a reload, a crash or a closed tab does not
// lose a paste that was not analysed yet. Local to this browser, like everything else.
export interface Draft {
  text: string;
  published: string;
  title: string;
  sourceUrl: string;
}

const KEY = 'dateline:draft';
/** localStorage holds about 5 MB of UTF-16; larger drafts are not kept rather than half kept. */
export const MAX_DRAFT_CHARS = 2_000_000;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some privacy modes throw on access.
    return null;
  }
}

export function loadDraft(): Draft | null {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Record<keyof Draft, unknown>>;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const draft = { text: str(d.text), published: str(d.published), title: str(d.title), sourceUrl: str(d.sourceUrl) };
    return draft.text.trim() || draft.title.trim() ? draft : null;
  } catch {
    return null;
  }
}

/** Saves the draft; returns false when it is too large or storage refused it (the old one is removed). */
export function saveDraft(d: Draft): boolean {
  const s = storage();
  if (!s) return false;
  try {
    if (!d.text.trim() && !d.title.trim()) {
      s.removeItem(KEY);
      return true;
    }
    if (d.text.length > MAX_DRAFT_CHARS) {
      s.removeItem(KEY);
      return false;
    }
    s.setItem(KEY, JSON.stringify(d));
    return true;
  } catch {
    try {
      s.removeItem(KEY);
    } catch {
      // Nothing more can be done; the form still works.
    }
    return false;
  }
}

export function clearDraft(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // As above.
  }
}
