// Several files dropped or opened at once: one row per file with the publication date found in
// it (editable) or why it cannot be added, and one button that adds every ready file.
import { useId, useState } from 'react';
import { checkPublished } from '../../core/index.ts';
import type { ArticleSubmission } from './ArticleInput.tsx';

export interface BatchFile {
  name: string;
  /** Set when the file was read; absent with an error. */
  text?: string;
  title?: string;
  published: string;
  /** Where the date came from, or what to check about it. */
  dateNote?: string;
  error?: string;
  warnings: string[];
}

export interface FileBatchProps {
  files: BatchFile[];
  onChange(files: BatchFile[]): void;
  onAdd(inputs: ArticleSubmission[]): Promise<unknown>;
  onCancel(): void;
  busy?: boolean;
}

/** A row's date, checked; null when it is not a real YYYY-MM-DD date. */
function validDay(s: string): string | null {
  try {
    return s.trim() ? checkPublished(s.trim()) : null;
  } catch {
    return null;
  }
}

export function FileBatch({ files, onChange, onAdd, onCancel, busy = false }: FileBatchProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const ready = files.filter((f) => f.text !== undefined && validDay(f.published));
  const undated = files.filter((f) => f.text !== undefined && !validDay(f.published)).length;
  const failed = files.filter((f) => f.text === undefined).length;

  const add = async () => {
    setError(null);
    try {
      await onAdd(ready.map((f) => ({ text: f.text!, published: validDay(f.published)!, ...(f.title ? { title: f.title } : {}) })));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section className="file-batch" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="file-batch__title">
        {files.length} files
      </h3>
      <p className="hint" role="status">
        {ready.length} ready to add
        {undated > 0 && ` · ${undated} need a publication date (YYYY-MM-DD)`}
        {failed > 0 && ` · ${failed} cannot be read`}
      </p>
      <ol className="file-batch__list">
        {files.map((f, i) => (
          <li key={`${i}-${f.name}`} className={f.error ? 'file-batch__item is-error' : 'file-batch__item'}>
            <span className="file-batch__name">{f.name}</span>
            {f.error ? (
              <span className="error">{f.error}</span>
            ) : (
              <>
                <input
                  type="text"
                  inputMode="numeric"
                  placeholder="YYYY-MM-DD"
                  aria-label={`Published (${f.name})`}
                  aria-invalid={validDay(f.published) ? undefined : true}
                  value={f.published}
                  onChange={(e) => onChange(files.map((x, j) => (j === i ? { ...x, published: e.target.value, dateNote: undefined } : x)))}
                />
                {f.dateNote && <span className="hint">{f.dateNote}</span>}
                {f.warnings.map((w) => (
                  <span key={w} className="warning">
                    {w}
                  </span>
                ))}
              </>
            )}
          </li>
        ))}
      </ol>
      <div className="row">
        <button type="button" onClick={() => void add()} disabled={busy || ready.length === 0}>
          Add {ready.length} article{ready.length === 1 ? '' : 's'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
