// The article form: paste text or open a .txt/.md/.html file (several at once become a batch),
// give the publication date (found in the text when it states one), an optional title and
// source URL, then Analyze. Every bad input gets a message here, in view; nothing of the text is
// ever rendered as HTML.
import { useEffect, useId, useRef, useState } from 'react';
import type { ClipboardEvent, DragEvent, FormEvent } from 'react';
import { checkPublished } from '../../core/index.ts';
import sample from '../../samples/iran-syria-2020-05-06.txt?raw';
import { checkText } from './check-text.ts';
import { clearDraft, loadDraft, loadDurableDraft, saveDraft } from './draft.ts';
import type { DetectedDate } from './detect-published.ts';
import { FileBatch, type BatchFile } from './FileBatch.tsx';
import { futureDateWarning, localToday } from './today.ts';
import { htmlToText, looksLikeHtmlDocument } from './html-to-text.ts';
import { EDIT_LIMIT, MAX_CHARS, MAX_HTML_BYTES, PREVIEW_CHARS, formatChars, tooLargeMessage } from './input-limits.ts';
import { readArticleFile } from './read-article-file.ts';
import { safeHref } from '../../shared/ui/safe-href.ts';
import '../../shared/ui/panel-buttons.css';
import './ArticleInput.css';

export interface ArticleSubmission {
  text: string;
  /** YYYY-MM-DD, checked. */
  published: string;
  title?: string;
  sourceUrl?: string;
}

export interface ArticleInputProps {
  /** Called with checked input; a rejected promise shows its message in the form. */
  onSubmit(input: ArticleSubmission): void | Promise<unknown>;
  /** Called with every ready file of a batch (several files dropped or opened at once). */
  onSubmitMany?(inputs: ArticleSubmission[]): Promise<unknown>;
  busy?: boolean;
  /** Messages about the last analysis to show under the form (Analysis.warnings, a worker restart ...). */
  notices?: readonly string[];
}

const SAMPLE_PUBLISHED = '2020-05-06';

export function ArticleInput({ onSubmit, onSubmitMany, busy = false, notices = [] }: ArticleInputProps) {
  const id = useId();
  const [draft] = useState(loadDraft);
  const [text, setText] = useState(draft?.text ?? '');
  const [published, setPublished] = useState(draft?.published ?? '');
  const [dateTouched, setDateTouched] = useState(!!draft?.published);
  const [detected, setDetected] = useState<DetectedDate | null>(null);
  const [title, setTitle] = useState(draft?.title ?? '');
  const [sourceUrl, setSourceUrl] = useState(draft?.sourceUrl ?? '');
  const [error, setError] = useState<string | undefined>();
  const [notes, setNotes] = useState<string[]>(draft ? ['Restored the article you had not analysed yet.'] : []);
  const [dragging, setDragging] = useState(false);
  const [batch, setBatch] = useState<BatchFile[] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  // A message about a dropped file or a refused paste must be seen where it happened, not below the fold.
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error]);

  // Only the head of the text can state its date, so a 5 MB paste costs nothing extra here.
  const head = text.slice(0, 2_000);
  useEffect(() => {
    if (!head.trim()) {
      setDetected(null);
      return;
    }
    // chrono-node (13 KB compressed) loads with the first text, not with the page.
    let stale = false;
    import('./detect-published.ts')
      .then(({ detectPublished }) => {
        if (stale) return;
        const found = detectPublished(head, localToday());
        setDetected(found);
        if (found && !dateTouched) setPublished(found.date);
      })
      .catch((err: unknown) => !stale && setError(`The date finder could not be loaded (${err instanceof Error ? err.message : String(err)}); enter the publication date by hand.`));
    return () => {
      stale = true;
    };
  }, [head, dateTouched]);

  // The durable copy of the draft is newer when the browser died before it wrote localStorage out
  // (Chromium does so every few seconds): it is restored, unless the user has begun typing already.
  // Set by what the user does (typing in any field, a file, the sample, Clear), never by the form's own updates.
  const edited = useRef(false);
  const restoredAt = draft?.savedAt ?? 0;
  useEffect(() => {
    let live = true;
    void loadDurableDraft().then((d) => {
      if (!live || !d || d.savedAt <= restoredAt || edited.current) return;
      setText(d.text);
      setPublished(d.published);
      setDateTouched(!!d.published);
      setTitle(d.title);
      setSourceUrl(d.sourceUrl);
      setNotes(['Restored the article you had not analysed yet.']);
    });
    return () => {
      live = false;
    };
  }, [restoredAt]);

  /** A new article replaces the old one whole: its date is looked for afresh. */
  // Saved a moment after typing stops, so a large paste is written once, not per keystroke.
  useEffect(() => {
    // Until the user does something, the form holds what is stored already: writing it back would
    // stamp an old draft new.
    if (!edited.current) return;
    const t = setTimeout(() => saveDraft({ text, published, title, sourceUrl }), 400);
    return () => clearTimeout(t);
  }, [text, published, title, sourceUrl]);

  const replaceText = (next: string, note?: string, nextTitle?: string) => {
    edited.current = true;
    setText(next);
    setError(undefined);
    setNotes(note ? [note] : []);
    setTitle(nextTitle ?? '');
    setPublished('');
    setDateTouched(false);
  };

  const openFiles = async (files: readonly File[]) => {
    if (files.length > 1 && onSubmitMany) {
      setError(undefined);
      const today = localToday();
      const { detectPublished } = await import('./detect-published.ts');
      const rows = await Promise.all(
        files.map(async (file): Promise<BatchFile> => {
          const read = await readArticleFile(file);
          if (!read.ok) return { name: file.name, published: '', error: read.error, warnings: [] };
          const found = detectPublished(read.text.slice(0, 2_000), today);
          const check = checkText(read.text);
          return {
            name: file.name,
            text: read.text,
            // Among many files the file's own name is what tells them apart.
            title: read.title ?? file.name.replace(/\.[a-z0-9]+$/i, ''),
            published: found?.date ?? '',
            ...(found ? { dateNote: found.note ?? `Found "${found.text}".` } : {}),
            ...(check.error ? { error: check.error } : {}),
            warnings: [...check.warnings, ...(found ? [futureDateWarning(found.date, today)].filter((w): w is string => !!w) : [])],
          };
        }),
      );
      setBatch(rows.map((r) => (r.error ? { ...r, text: undefined } : r)));
      return;
    }
    await openFile(files[0]);
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readArticleFile(file);
    if (!read.ok) {
      setError(read.error);
      return;
    }
    replaceText(read.text, read.note, read.title);
  };

  const large = text.length > EDIT_LIMIT;

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    // A long text is read-only here; Clear it first.
    if (large) return;
    const pasted = e.clipboardData.getData('text/plain');
    const el = e.currentTarget;
    const after = el.value.length - (el.selectionEnd - el.selectionStart) + pasted.length;
    if (after > MAX_CHARS) {
      e.preventDefault();
      setError(tooLargeMessage(after));
      return;
    }
    if (el.value.trim() === '' && looksLikeHtmlDocument(pasted)) {
      e.preventDefault();
      const html = htmlToText(pasted);
      replaceText(html.text, 'The paste was an HTML page: only its text was kept, and its scripts were never run.', html.title);
      return;
    }
    if (after > EDIT_LIMIT) {
      // Taken from the clipboard directly: letting the browser insert megabytes into the box
      // would freeze the page for seconds.
      e.preventDefault();
      onChange(el.value.slice(0, el.selectionStart) + pasted + el.value.slice(el.selectionEnd));
    }
  };

  const onChange = (value: string) => {
    edited.current = true;
    if (value.length > MAX_CHARS) {
      setError(tooLargeMessage(value.length));
      return;
    }
    setText(value);
    if (error) setError(undefined);
  };

  const onDrop = (e: DragEvent<HTMLElement>) => {
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (!files.length) return;
    e.preventDefault();
    void openFiles(files);
  };

  const loadSample = () => {
    const firstLine = sample.split('\n', 1)[0].trim();
    replaceText(sample, undefined, firstLine.length <= 200 ? firstLine : undefined);
    setPublished(SAMPLE_PUBLISHED);
    setDateTouched(true);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let body = text;
    const found: string[] = [];
    if (looksLikeHtmlDocument(body)) {
      // Parsed in this tab: past the HTML limit the page would freeze, so it is refused instead.
      if (body.length > MAX_HTML_BYTES) {
        setError(`This is ${formatChars(body.length)} of HTML; Dateline reads pasted HTML up to ${formatChars(MAX_HTML_BYTES)}, since its markup is parsed in this tab. Paste the article's text instead.`);
        return;
      }
      body = htmlToText(body).text;
      found.push('The text was an HTML page: only its text was analysed, and its scripts were never run.');
    }
    const check = checkText(body);
    if (check.error) {
      setError(check.error);
      return;
    }
    if (published.trim() === '') {
      setError('Enter the publication date (YYYY-MM-DD): words like "Monday" or "yesterday" are read against it.');
      return;
    }
    let day: string;
    try {
      day = checkPublished(published);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      return;
    }
    const url = sourceUrl.trim();
    if (url && !safeHref(url)) found.push('The source URL is not an http or https address: it is kept as plain text and never made a link.');
    for (const w of check.warnings) found.push(w);
    const future = futureDateWarning(day, localToday());
    if (future) found.push(future);
    setError(undefined);
    setNotes(found);
    try {
      await onSubmit({ text: body, published: day, ...(title.trim() ? { title: title.trim() } : {}), ...(url ? { sourceUrl: url } : {}) });
      // Added: the form is free for the next article; the notes about this one stay.
      clearDraft();
      setText('');
      setTitle('');
      setSourceUrl('');
      setPublished('');
      setDateTouched(false);
    } catch (err) {
      setError(`The article could not be added: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const shown = [...notes, ...notices];
  return (
    <form
      className={dragging ? 'article-input panel-buttons dragging' : 'article-input panel-buttons'}
      onSubmit={(e) => void submit(e)}
      onChange={() => {
        edited.current = true;
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      aria-label="Add an article"
      noValidate
    >
      <label htmlFor={`${id}-text`}>Article text</label>
      <textarea
        id={`${id}-text`}
        value={large ? text.slice(0, PREVIEW_CHARS) : text}
        readOnly={large}
        onChange={(e) => {
          if (!large) onChange(e.target.value);
        }}
        onPaste={onPaste}
        rows={10}
        spellCheck={false}
        placeholder="Paste a news article here, or drop a .txt, .md or .html file"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-size`}
      />
      <p id={`${id}-size`} className="hint">
        {text.length > 0 ? `${formatChars(text.length)} of at most ${formatChars(MAX_CHARS)}` : 'Nothing leaves your browser.'}
        {large && ` (too long to edit here: the box shows the first ${formatChars(PREVIEW_CHARS)}; all of it will be analysed)`}
      </p>
      <div className="row">
        <button type="button" onClick={() => fileInput.current?.click()}>Open a file</button>
        <input
          ref={fileInput}
          type="file"
          hidden
          aria-label="Open a file"
          accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html"
          multiple={Boolean(onSubmitMany)}
          onChange={(e) => {
            void openFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <button type="button" onClick={loadSample}>Load sample</button>
        {text.length > 0 && <button type="button" onClick={() => replaceText('')}>Clear</button>}
      </div>
      {error && <p role="alert" className="error" ref={errorRef}>{error}</p>}
      {batch && (
        <FileBatch
          files={batch}
          onChange={setBatch}
          busy={busy}
          onCancel={() => setBatch(null)}
          onAdd={async (inputs) => {
            await onSubmitMany?.(inputs);
            setBatch(null);
          }}
        />
      )}
      <label htmlFor={`${id}-published`}>Published</label>
      <input
        id={`${id}-published`}
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        value={published}
        onChange={(e) => {
          setPublished(e.target.value);
          setDateTouched(true);
        }}
        aria-describedby={`${id}-published-hint`}
      />
      <p id={`${id}-published-hint`} className={published ? 'hint' : 'hint prompt'}>
        {published === ''
          ? 'Enter the publication date: "Monday" or "yesterday" in the text are read against it.'
          : detected && detected.date === published
            ? `Found in the text: "${detected.text}".${detected.note ? ` ${detected.note}` : ''} Change it if that is not the publication date.`
            : 'Relative dates in the text are read against this date.'}
      </p>
      <label htmlFor={`${id}-title`}>Title (optional)</label>
      <input id={`${id}-title`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />
      <label htmlFor={`${id}-url`}>Source URL (optional)</label>
      <input id={`${id}-url`} type="url" value={sourceUrl} onChange={(e) => setSourceUrl(e.target.value)} maxLength={4000} placeholder="https://" />
      <button type="submit" disabled={busy} aria-busy={busy || undefined}>Analyze</button>
      {busy && <p role="status" className="hint">Analyzing…</p>}
      {shown.length > 0 && (
        <ul role="status" className="notes">
          {shown.map((n, i) => <li key={i}>{n}</li>)}
        </ul>
      )}
    </form>
  );
}
