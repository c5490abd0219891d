// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddEventForm } from '../../../src/features/workspace/AddEventForm.tsx';
import { applyCorrections } from '../../../src/features/workspace/apply-corrections.ts';
import { CorrectionEditor } from '../../../src/features/workspace/CorrectionEditor.tsx';
import { WorkspacePanel } from '../../../src/features/workspace/WorkspacePanel.tsx';
import type { WorkspaceApi } from '../../../src/shared/model/workspace.ts';
import { ALEPPO, HOMS, SYRIA, TEXT_A, articleA, articleB } from './fixtures.ts';

afterEach(cleanup);

const event = () => applyCorrections([articleA(), articleB()], [])[0];

describe('CorrectionEditor', () => {
  it('turns each action into one correction aimed at the event and its trigger', () => {
    const onCorrect = vi.fn();
    const other = applyCorrections([articleB()], [])[0];
    render(
      <CorrectionEditor
        event={event()}
        alternatives={[{ place: ALEPPO, score: 0.8 }, { place: HOMS, score: 0.3 }, { place: SYRIA, score: 0.2 }]}
        linkCandidates={[other]}
        onCorrect={onCorrect}
      />,
    );
    const target = { articleId: 'a1', eventId: 'e1', trigger: event().trigger };
    fireEvent.change(screen.getByLabelText('Place'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this place' }));
    expect(onCorrect).toHaveBeenLastCalledWith({ kind: 'place', ...target, place: HOMS });

    fireEvent.change(screen.getByLabelText('Latitude'), { target: { value: '36.1' } });
    fireEvent.change(screen.getByLabelText('Longitude'), { target: { value: '37.2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move marker' }));
    expect(onCorrect).toHaveBeenLastCalledWith({ kind: 'move', ...target, lat: 36.1, lon: 37.2 });

    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2020-05-03' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set date' }));
    expect(onCorrect).toHaveBeenLastCalledWith({ kind: 'date', ...target, date: '2020-05-03' });

    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'shelling' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set type' }));
    expect(onCorrect).toHaveBeenLastCalledWith({ kind: 'type', ...target, type: 'shelling' });

    fireEvent.change(screen.getByLabelText('Same event as'), { target: { value: other.key } });
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    expect(onCorrect).toHaveBeenLastCalledWith({ kind: 'link', ...target, otherArticleId: 'b1', otherEventId: 'e1', otherTrigger: other.trigger });

    fireEvent.click(screen.getByRole('button', { name: 'Delete event' }));
    expect(onCorrect).toHaveBeenLastCalledWith({ kind: 'delete', ...target });
    expect(onCorrect).toHaveBeenCalledTimes(6);
  });

  it('follows the event after a correction or when another event is shown', () => {
    const ev = event();
    const { rerender } = render(<CorrectionEditor event={ev} alternatives={[{ place: ALEPPO, score: 1 }, { place: HOMS, score: 0.5 }]} onCorrect={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('Place'), { target: { value: '1' } });
    rerender(<CorrectionEditor event={{ ...ev, place: HOMS, corrected: ['place'] }} alternatives={[{ place: HOMS, score: 1 }, { place: ALEPPO, score: 0.8 }]} onCorrect={vi.fn()} />);
    expect(screen.getByLabelText('Place')).toHaveProperty('value', '0');
    expect(screen.getByLabelText('Latitude')).toHaveProperty('value', String(HOMS.lat));
    expect(screen.getByRole('button', { name: 'Use this place' })).toHaveProperty('disabled', true);
  });

  it('keeps what the user is typing when another tab corrects the same event, and says so', () => {
    const ev = event();
    const onCorrect = vi.fn();
    const { rerender } = render(<CorrectionEditor event={ev} onCorrect={onCorrect} />);
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2020-05-0' } });
    // The other tab moved the marker and set the date; this tab's copy of the event follows.
    rerender(<CorrectionEditor event={{ ...ev, place: HOMS, date: { ...ev.date!, start: '2020-05-01', end: '2020-05-01' }, corrected: ['move', 'date'] }} onCorrect={onCorrect} />);
    expect(screen.getByLabelText('Date')).toHaveProperty('value', '2020-05-0');
    // A field the user left alone follows the event.
    expect(screen.getByLabelText('Latitude')).toHaveProperty('value', String(HOMS.lat));
    expect(screen.getByRole('alert').textContent).toMatch(/^This event was just changed elsewhere, perhaps in another tab; it is now: Air strike, Homs \(34\.7300, 36\.7100\), 2020-05-01\. What you were typing here is kept/);
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2020-05-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set date' }));
    expect(onCorrect).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'date', date: '2020-05-02' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers the new values instead, and a change with nothing typed just follows', () => {
    const ev = event();
    const { rerender } = render(<CorrectionEditor event={ev} onCorrect={vi.fn()} />);
    rerender(<CorrectionEditor event={{ ...ev, type: 'shelling', corrected: ['type'] }} onCorrect={vi.fn()} />);
    expect(screen.getByLabelText('Type')).toHaveProperty('value', 'shelling');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(screen.getByLabelText('Latitude'), { target: { value: '35' } });
    rerender(<CorrectionEditor event={{ ...ev, type: 'raid', corrected: ['type'] }} onCorrect={vi.fn()} />);
    expect(screen.getByLabelText('Latitude')).toHaveProperty('value', '35');
    fireEvent.click(screen.getByRole('button', { name: 'Take the new values' }));
    expect(screen.getByLabelText('Latitude')).toHaveProperty('value', String(ev.place!.lat));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses out-of-range coordinates and impossible dates with a message', () => {
    const onCorrect = vi.fn();
    render(<CorrectionEditor event={event()} onCorrect={onCorrect} />);
    fireEvent.change(screen.getByLabelText('Latitude'), { target: { value: '123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move marker' }));
    expect(screen.getByRole('alert').textContent).toMatch(/from -90 to 90/);
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2020-02-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set date' }));
    expect(screen.getByRole('alert').textContent).toMatch(/not a real calendar date/);
    expect(onCorrect).not.toHaveBeenCalled();
  });

  it('lists applied corrections with a revert each', () => {
    const onRevert = vi.fn();
    const c = { id: 'c9', articleId: 'a1', eventId: 'e1', at: 'x', kind: 'place' as const, place: HOMS };
    render(<CorrectionEditor event={event()} corrections={[c]} onCorrect={vi.fn()} onRevert={onRevert} />);
    fireEvent.click(screen.getByRole('button', { name: 'Revert: Place chosen: Homs' }));
    expect(onRevert).toHaveBeenCalledWith('c9');
  });
});

describe('AddEventForm', () => {
  it('adds an event from the sentence around the selection, with a place named in it', () => {
    const a = articleA();
    a.analysis!.mentions = [
      { start: TEXT_A.indexOf('Homs'), end: TEXT_A.indexOf('Homs') + 4, text: 'Homs', role: 'literal', place: HOMS, score: 0.9, reason: 'r', alternatives: [] },
    ];
    const onCorrect = vi.fn();
    const sel = { start: TEXT_A.indexOf('raid'), end: TEXT_A.indexOf('raid') + 4 };
    render(<AddEventForm article={a} selection={sel} onCorrect={onCorrect} />);
    expect(screen.getByText('Later, a raid hit Homs.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Event type'), { target: { value: 'raid' } });
    fireEvent.change(screen.getByLabelText('Event place'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add event' }));
    const c = onCorrect.mock.calls[0][0];
    expect(c).toMatchObject({ kind: 'add', articleId: 'a1', eventId: '' });
    expect(c.event).toMatchObject({
      type: 'raid',
      place: HOMS,
      placeSpan: { text: 'Homs' },
      trigger: { text: 'Later, a raid hit Homs.' },
      date: { start: '2020-05-06', basis: 'set by hand' },
      confidence: 1,
    });
    expect(TEXT_A.slice(c.event.excerpt.start, c.event.excerpt.end)).toBe(c.event.excerpt.text);
  });

  it('asks for a selection when there is none', () => {
    render(<AddEventForm article={articleA()} selection={null} onCorrect={vi.fn()} />);
    expect(screen.getByText(/Select a sentence/)).toBeTruthy();
  });
});

function fakeWorkspace(over: Partial<WorkspaceApi> = {}): WorkspaceApi {
  const articles = [
    { ...articleA(), title: '<img src=x onerror="window.__pwned=1">', sourceUrl: 'javascript:alert(1)' },
    { ...articleB(), sourceUrl: 'https://example.org/b' },
  ];
  return {
    ready: true,
    articles,
    corrections: [],
    events: applyCorrections(articles, []),
    addArticle: vi.fn(),
    setAnalysis: vi.fn(),
    removeArticle: vi.fn(),
    canUndo: true,
    undoRemove: vi.fn(),
    correct: vi.fn(),
    revertCorrection: vi.fn(),
    exportJSON: vi.fn(() => '{}'),
    importJSON: vi.fn(async () => ({ ok: false, error: 'This file is not a Dateline workspace: it is not valid JSON.' })),
    ...over,
  };
}

describe('WorkspacePanel', () => {
  it('renders hostile titles and URLs as text, links only http(s), and deletes with undo', () => {
    const ws = fakeWorkspace();
    render(<WorkspacePanel workspace={ws} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="window.__pwned=1">')).toBeTruthy();
    const links = [...document.querySelectorAll('a')];
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['https://example.org/b']);
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    fireEvent.click(screen.getByRole('button', { name: 'Delete article "<img src=x onerror="window.__pwned=1">"' }));
    expect(ws.removeArticle).toHaveBeenCalledWith('a1');
    fireEvent.click(screen.getByRole('button', { name: 'Re-run the analysis of "Aircraft bombed a depot outside Aleppo on Monday, residents said."' }));
    expect(ws.setAnalysis).toHaveBeenCalledWith('b1', null);
    fireEvent.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(ws.undoRemove).toHaveBeenCalled();
    // No filters unless the host asks for them.
    expect(screen.queryByText('Event types')).toBeNull();
  });

  it('filters by article and type through onFiltersChange', () => {
    const onFiltersChange = vi.fn();
    render(<WorkspacePanel workspace={fakeWorkspace()} filters={{}} onFiltersChange={onFiltersChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Show events from "Aircraft bombed/ }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ articles: ['a1'] });
    fireEvent.click(within(screen.getByRole('group', { name: 'Event types' })).getByRole('checkbox', { name: 'Raid' }));
    expect(onFiltersChange.mock.lastCall![0].types).not.toContain('raid');
    expect(onFiltersChange.mock.lastCall![0].types).toContain('air_strike');
  });

  it('lists deleted events so they can be restored', () => {
    const del = { id: 'c5', articleId: 'a1', eventId: 'e2', at: 'x', kind: 'delete' as const, trigger: { start: 0, end: 4, text: 'raid' } };
    const ws = fakeWorkspace({ corrections: [del] });
    render(<WorkspacePanel workspace={ws} />);
    fireEvent.click(screen.getByText('1 deleted event'));
    fireEvent.click(screen.getByRole('button', { name: 'Restore the deleted event "raid"' }));
    expect(ws.revertCorrection).toHaveBeenCalledWith('c5');
  });

  it('offers to add an event from a sentence selected in the shown article', async () => {
    const ws = fakeWorkspace();
    const body = document.createElement('div');
    body.className = 'article-panel__text';
    body.textContent = TEXT_A;
    document.body.append(body);
    render(<WorkspacePanel workspace={ws} selectedArticle="a1" />);
    expect(screen.queryByText('Add an event')).toBeNull();
    const range = document.createRange();
    range.setStart(body.firstChild!, TEXT_A.indexOf('raid'));
    range.setEnd(body.firstChild!, TEXT_A.indexOf('raid') + 4);
    act(() => {
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(await screen.findByText('Later, a raid hit Homs.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add event' }));
    expect(ws.correct).toHaveBeenCalledWith(expect.objectContaining({ kind: 'add', articleId: 'a1' }));
    expect(screen.queryByText('Add an event')).toBeNull();
    body.remove();
  });

  it('shows an import error and keeps the workspace', async () => {
    const ws = fakeWorkspace();
    render(<WorkspacePanel workspace={ws} />);
    const input = screen.getByLabelText('Import workspace file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['{oops'], 'bad.json', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not valid JSON/));
    expect(ws.importJSON).toHaveBeenCalledWith('{oops');
  });

  it('asks what to do with articles whose ids are taken, and imports only once asked', async () => {
    const importJSON = vi.fn(async (_text: string, choice?: string) =>
      choice ? { ok: true, note: '1 article already here under the same id was kept as a copy beside yours.' } : { ok: false, duplicates: { count: 1, names: ['<b>Theirs</b>'] } });
    const ws = fakeWorkspace({ importJSON });
    render(<WorkspacePanel workspace={ws} />);
    const input = screen.getByLabelText('Import workspace file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['{"x":1}'], 'theirs.json', { type: 'application/json' })] } });
    const dialog = await screen.findByRole('alertdialog', { name: 'Articles already in the workspace' });
    expect(dialog.textContent).toMatch(/"theirs\.json" holds 1 article whose id is already used here by a different article \("<b>Theirs<\/b>"\)\. Nothing has been changed yet\./);
    expect(document.querySelector('b')).toBeNull();
    expect(importJSON).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Keep both' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Imported "theirs\.json"\. 1 article already here .* kept as a copy/));
    expect(importJSON).toHaveBeenLastCalledWith('{"x":1}', 'keep-both');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('shows what an import left out, and a message even when the import itself throws', async () => {
    const importJSON = vi.fn(async () => ({ ok: true, note: '1 record of the file could not be read and was left out.', leftOut: ['articles[1] ("b9"): articles[1].published: "2020-02-30" is not a real YYYY-MM-DD date'] }));
    render(<WorkspacePanel workspace={fakeWorkspace({ importJSON })} />);
    const input = screen.getByLabelText('Import workspace file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['{}'], 'part.json')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/left out.*What was left out \(1\).*2020-02-30/));
    cleanup();
    render(<WorkspacePanel workspace={fakeWorkspace({ importJSON: vi.fn(async () => { throw new TypeError('Cannot convert object to primitive value'); }) })} />);
    fireEvent.change(screen.getByLabelText('Import workspace file'), { target: { files: [new File(['{}'], 'odd.json')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/"odd\.json" could not be imported \(Cannot convert object to primitive value\); nothing was changed/));
  });

  it('exports through a Blob download', () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => { created.push(b); return 'blob:x'; });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<WorkspacePanel workspace={fakeWorkspace()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(click).toHaveBeenCalled();
    expect(created[0].type).toBe('text/csv;charset=utf-8');
    click.mockRestore();
  });

  it('says so when an export cannot be written, instead of failing silently', () => {
    URL.createObjectURL = vi.fn(() => {
      throw new RangeError('Array buffer allocation failed');
    });
    render(<WorkspacePanel workspace={fakeWorkspace()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export Dateline JSON' }));
    expect(screen.getByRole('alert').textContent).toBe('The Dateline JSON export could not be written (Array buffer allocation failed); your workspace is unchanged. Close other tabs to free memory and try again.');
  });
});
