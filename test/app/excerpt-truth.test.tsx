// @vitest-environment jsdom
// The excerpt card shows only its own event's words. Two reports of our own, analysed by the real
// engine, one with an event that quotes one sentence twice (as an analysis saved by an earlier version
// may): opening every event in turn, in list order and back, each card quotes exactly that event's
// sentences from that event's own article.
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/app/App.tsx';
import type { WorkspaceArticle } from '../../src/shared/model/workspace.ts';
import { TWO_WARS } from '../fixtures/ui/two-wars.ts';
import { analyze } from '../helpers/engine.ts';
import { fixtureArticle, makeFixtureWorkspace } from './fixture-workspace.ts';

vi.hoisted(() => {
  window.requestAnimationFrame = () => 0;
});

beforeAll(() => {
  const ctx = new Proxy({}, { get: () => () => ({}) });
  HTMLCanvasElement.prototype.getContext = (() => ctx) as unknown as HTMLCanvasElement['getContext'];
});
afterEach(cleanup);

const articles: WorkspaceArticle[] = TWO_WARS.map((a, i) => ({ ...fixtureArticle(`w${i + 1}`, a.text, analyze(a.text, { published: a.published })), title: a.title }));
// The engine lists each sentence once now, but an analysis saved by an earlier version may quote one
// twice: the first event of the first article is given such a repeated excerpt.
{
  const e = articles[0]!.analysis!.events[0]!;
  e.excerpts = [...e.excerpts, e.excerpts[0]!];
}

/** The sentences an event's card must quote: its excerpts' words, each distinct span once, in order. */
function expectedQuotes(key: string): string[] {
  const [articleId, eventId] = key.split(':');
  const article = articles.find((a) => a.id === articleId)!;
  const e = article.analysis!.events.find((x) => x.id === eventId)!;
  const spans = new Map((e.excerpts.length ? e.excerpts : [e.excerpt]).map((x) => [`${x.start}:${x.end}`, x] as const));
  return [...spans.values()].map((x) => article.text.slice(x.start, x.end));
}

test('the fixture holds what the check needs: several events in each article, and one sentence quoted twice', () => {
  for (const a of articles) expect(a.analysis!.events.length).toBeGreaterThanOrEqual(3);
  const twice = articles.flatMap((a) => a.analysis!.events).filter((e) => new Set(e.excerpts.map((x) => `${x.start}:${x.end}`)).size < e.excerpts.length);
  expect(twice.length).toBeGreaterThan(0);
});

test('every card, opened in turn across two articles, quotes only its own event, and React sees no duplicate key', () => {
  const errors = vi.spyOn(console, 'error');
  try {
    render(<App useWorkspace={makeFixtureWorkspace(articles)} />);
    const list = screen.getByRole('list', { name: 'Events' });
    const keys = within(list).getAllByRole('listitem').map((li) => li.getAttribute('data-key')!);
    expect(keys).toHaveLength(articles.reduce((n, a) => n + a.analysis!.events.length, 0));
    for (const key of [...keys, ...keys.toReversed()]) {
      fireEvent.click(within(list.querySelector<HTMLElement>(`[data-key="${key}"]`)!).getByRole('button'));
      const card = screen.getByRole('dialog');
      const own = articles.find((a) => a.id === key.split(':')[0])!.text;
      const quotes = [...card.querySelectorAll('.excerpt-card__quote')].filter((q) => !q.closest('.excerpt-card__other')).map((q) => q.textContent ?? '');
      for (const q of quotes) expect(own, `${key} quotes words not in its article`).toContain(q);
      expect(quotes, key).toEqual(expectedQuotes(key));
    }
    expect(errors.mock.calls.map((c) => String(c[0])).filter((m) => /same key/i.test(m))).toEqual([]);
  } finally {
    errors.mockRestore();
  }
});
