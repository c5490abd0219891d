// TEMPORARY article form until the workspace feature's ArticleInput lands: paste text, give the
// publication date, analyse, or load the sample.
import { useState, type FormEvent } from 'react';

export interface FallbackInputProps {
  onSubmit(input: { text: string; published: string; title?: string }): void;
  onLoadSample(): void;
  busy: boolean;
}

export function FallbackInput({ onSubmit, onLoadSample, busy }: FallbackInputProps) {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [title, setTitle] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim() || !published) return;
    onSubmit({ text, published, ...(title.trim() ? { title: title.trim() } : {}) });
    setText('');
  };
  return (
    <form className="article-input" onSubmit={submit}>
      <label className="field">
        <span>Article text</span>
        <textarea aria-label="Article text" value={text} onChange={(e) => setText(e.target.value)} rows={4} placeholder="Paste a news article…" />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Published</span>
          <input aria-label="Published" type="date" value={published} onChange={(e) => setPublished(e.target.value)} required />
        </label>
        <label className="field field--grow">
          <span>Title (optional)</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
      </div>
      <div className="field-row">
        <button type="submit" className="btn btn--primary" disabled={busy || !text.trim() || !published}>
          Analyze
        </button>
        <button type="button" className="btn" onClick={onLoadSample}>
          Load sample
        </button>
      </div>
    </form>
  );
}
