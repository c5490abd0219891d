// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleInput } from '../../../src/features/input/ArticleInput.tsx';
import { EDIT_LIMIT, MAX_CHARS, PREVIEW_CHARS } from '../../../src/features/input/input-limits.ts';

afterEach(async () => {
  cleanup();
  localStorage.clear();
  // The durable copy too, or one test's draft would be restored into the next.
  const { clearDraft, loadDurableDraft } = await import('../../../src/features/input/draft.ts');
  clearDraft();
  await loadDurableDraft();
});

const setup = () => {
  const onSubmit = vi.fn();
  render(<ArticleInput onSubmit={onSubmit} />);
  const text = screen.getByRole('textbox', { name: 'Article text' });
  const published = screen.getByRole('textbox', { name: 'Published' });
  const analyze = screen.getByRole('button', { name: 'Analyze' });
  return { onSubmit, text, published, analyze };
};

describe('ArticleInput', () => {
  it('prefills the date the text states and submits checked input', async () => {
    const { onSubmit, text, published, analyze } = setup();
    fireEvent.change(text, { target: { value: 'Strikes on depot\nMay 6, 2020\n\nJets struck Homs on Monday.' } });
    await waitFor(() => expect(published).toHaveProperty('value', '2020-05-06'));
    expect(screen.getByText(/Found in the text: "May 6, 2020"/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Title (optional)' }), { target: { value: ' Depot ' } });
    fireEvent.click(analyze);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit.mock.calls[0][0]).toEqual({ text: 'Strikes on depot\nMay 6, 2020\n\nJets struck Homs on Monday.', published: '2020-05-06', title: 'Depot' });
  });

  it('asks for a date when none is stated and rejects an impossible one', async () => {
    const { onSubmit, text, published, analyze } = setup();
    fireEvent.change(text, { target: { value: 'Jets struck Homs on Monday.' } });
    expect(screen.getByText(/Enter the publication date: "Monday"/)).toBeTruthy();
    fireEvent.click(analyze);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Enter the publication date/);
    fireEvent.change(published, { target: { value: '2021-02-30' } });
    fireEvent.click(analyze);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not a real calendar date/));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses empty and whitespace-only text', async () => {
    const { onSubmit, text, published, analyze } = setup();
    fireEvent.change(published, { target: { value: '2020-05-06' } });
    fireEvent.click(analyze);
    expect((await screen.findByRole('alert')).textContent).toMatch(/empty/);
    fireEvent.change(text, { target: { value: '   \n\n  ' } });
    fireEvent.click(analyze);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/only spaces/));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a paste past the size cap and keeps what was there', () => {
    const { text } = setup();
    fireEvent.change(text, { target: { value: 'kept' } });
    const big = 'x'.repeat(MAX_CHARS + 10);
    fireEvent.paste(text, { clipboardData: { getData: () => big } });
    expect(screen.getByRole('alert').textContent).toMatch(/million characters/);
    expect(text).toHaveProperty('value', 'kept');
  });

  it('keeps a long paste aside, shows its start read-only, and analyses all of it', async () => {
    const { onSubmit, text, published, analyze } = setup();
    const long = 'Shelling hit Kharkiv on Tuesday. '.repeat(Math.ceil((EDIT_LIMIT + 5) / 33));
    const pasteEvent = fireEvent.paste(text, { clipboardData: { getData: () => long } });
    expect(pasteEvent).toBe(false); // the browser's own insertion was prevented
    expect(text).toHaveProperty('readOnly', true);
    expect((text as HTMLTextAreaElement).value).toHaveLength(PREVIEW_CHARS);
    expect(screen.getByText(/too long to edit here/)).toBeTruthy();
    fireEvent.change(published, { target: { value: '2022-03-01' } });
    fireEvent.click(analyze);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit.mock.calls[0][0].text).toBe(long);
  });

  it('clears a long text to start over', () => {
    const { text } = setup();
    fireEvent.change(text, { target: { value: 'x'.repeat(EDIT_LIMIT + 1) } });
    expect(text).toHaveProperty('readOnly', true);
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(text).toHaveProperty('readOnly', false);
    expect(text).toHaveProperty('value', '');
  });

  it('loads the sample with its publication date and title', async () => {
    const { text, published } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Load sample' }));
    expect((text as HTMLTextAreaElement).value).toMatch(/^Defense Officials/);
    await waitFor(() => expect(published).toHaveProperty('value', '2020-05-06'));
    expect(screen.getByRole('textbox', { name: 'Title (optional)' })).toHaveProperty('value', (text as HTMLTextAreaElement).value.split('\n')[0]);
  });

  it('keeps a javascript: source URL as text with a note, and shows markup in the text as text', async () => {
    const { onSubmit, text, published, analyze } = setup();
    const payload = '<img src=x onerror="window.__pwned=1"> Shelling hit Kharkiv.';
    fireEvent.change(text, { target: { value: payload } });
    fireEvent.change(published, { target: { value: '2022-03-01' } });
    fireEvent.change(screen.getByLabelText('Source URL (optional)'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(analyze);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ text: payload, sourceUrl: 'javascript:alert(1)' });
    expect(screen.getByRole('status').textContent).toMatch(/never made a link/);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('a')).toBeNull();
  });

  it('warns about text in another script but still submits it', async () => {
    const { onSubmit, text, published, analyze } = setup();
    fireEvent.change(text, { target: { value: 'Обстрел Харькова продолжился во вторник.' } });
    fireEvent.change(published, { target: { value: '2022-03-01' } });
    fireEvent.click(analyze);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(screen.getByRole('status').textContent).toMatch(/Cyrillic script/);
  });

  it('opens an HTML file as text and notes the removed scripts', async () => {
    setup();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const f = new File(['<html><body><p>Jets struck Homs.</p><script>window.__pwned=1</script></body></html>'], 'a.html', { type: 'text/html' });
    fireEvent.change(input, { target: { files: [f] } });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveProperty('value', 'Jets struck Homs.'));
    expect(screen.getByRole('status').textContent).toMatch(/1 script was removed/);
    expect((window as unknown as Record<string, unknown>).__pwned).toBeUndefined();
  });

  it('shows a rejected submit as an error and keeps the text', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new Error('storage full'));
    render(<ArticleInput onSubmit={onSubmit} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Article text' }), { target: { value: 'Jets struck Homs.' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Published' }), { target: { value: '2020-05-06' } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage full/);
    expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveProperty('value', 'Jets struck Homs.');
  });
});

describe('ArticleInput draft', () => {
  it('restores an unsent article after a reload and forgets it once analysed', async () => {
    const first = render(<ArticleInput onSubmit={vi.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Article text' }), { target: { value: 'Jets struck Homs.' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Published' }), { target: { value: '2020-05-06' } });
    await waitFor(() => expect(localStorage.getItem('dateline:draft')).toContain('Jets struck Homs.'));
    first.unmount();

    const onSubmit = vi.fn();
    render(<ArticleInput onSubmit={onSubmit} />);
    expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveProperty('value', 'Jets struck Homs.');
    expect(screen.getByRole('textbox', { name: 'Published' })).toHaveProperty('value', '2020-05-06');
    expect(screen.getByRole('status').textContent).toMatch(/Restored/);
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    await waitFor(() => expect(localStorage.getItem('dateline:draft')).toBeNull());
  });

  it('restores the durable copy when the browser died before writing localStorage out, unless the user typed first', async () => {
    const { saveDraft, loadDurableDraft } = await import('../../../src/features/input/draft.ts');
    saveDraft({ text: 'Shelling hit Kharkiv.', published: '2022-03-02', title: 'Kharkiv', sourceUrl: '' }, 2_000);
    await waitFor(async () => expect((await loadDurableDraft())?.text).toBe('Shelling hit Kharkiv.'));
    // What a killed Chromium leaves: the IndexedDB write on disk, the localStorage one not yet.
    localStorage.clear();
    const first = render(<ArticleInput onSubmit={vi.fn()} />);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveProperty('value', 'Shelling hit Kharkiv.'));
    expect(screen.getByRole('textbox', { name: 'Published' })).toHaveProperty('value', '2022-03-02');
    expect(screen.getByRole('textbox', { name: 'Title (optional)' })).toHaveProperty('value', 'Kharkiv');
    expect(screen.getByRole('status').textContent).toMatch(/Restored/);
    first.unmount();

    // An older localStorage copy does not win over a newer durable one ...
    localStorage.setItem('dateline:draft', JSON.stringify({ text: 'Older words.', published: '', title: '', sourceUrl: '', savedAt: 1_000 }));
    const second = render(<ArticleInput onSubmit={vi.fn()} />);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveProperty('value', 'Shelling hit Kharkiv.'));
    second.unmount();

    // ... and what the user types before it arrives is never replaced.
    localStorage.clear();
    render(<ArticleInput onSubmit={vi.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Article text' }), { target: { value: 'Typed at once.' } });
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveProperty('value', 'Typed at once.');
    await waitFor(async () => expect((await loadDurableDraft())?.text).toBe('Typed at once.'));
  });

  it('ignores a damaged draft', () => {
    localStorage.setItem('dateline:draft', '{not json');
    render(<ArticleInput onSubmit={vi.fn()} />);
    expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveProperty('value', '');
  });
});
