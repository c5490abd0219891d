// @vitest-environment jsdom
// The dashboard's wiring without a browser: the time window, the list, the excerpt and the
// article panel agree, over the hand-written sample analysis.
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/app/App.tsx';
import type { Analysis } from '../../src/core/index.ts';
import sampleText from '../../src/samples/iran-syria-2020-05-06.txt?raw';
import analysis from '../fixtures/ui/sample-analysis.json';
import { fixtureArticle, makeFixtureWorkspace } from './fixture-workspace.ts';

// Nothing is painted here. Dropping animation frames (before Leaflet loads and keeps a reference)
// stops its deferred canvas redraws from running after a test has unmounted its map.
vi.hoisted(() => {
  window.requestAnimationFrame = () => 0;
});

beforeAll(() => {
  // jsdom has no canvas; Leaflet's canvas renderer only needs a context that accepts calls.
  const ctx = new Proxy({}, { get: () => () => ({}) });
  HTMLCanvasElement.prototype.getContext = (() => ctx) as unknown as HTMLCanvasElement['getContext'];
});
afterEach(cleanup);

function setup() {
  const useWorkspace = makeFixtureWorkspace([fixtureArticle('a1', sampleText, analysis as unknown as Analysis)]);
  return render(<App useWorkspace={useWorkspace} />);
}

const items = () => within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem');

test('moving the start past 2020-01-01 drops the 2019 strike from the list and keeps the undated one', () => {
  setup();
  expect(items().map((li) => li.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('Missile attack, Damascus, 2019-01-21')]));
  const start = screen.getByRole('slider', { name: 'Timeline start' });
  for (let i = 0; i < 80 && (start.getAttribute('aria-valuetext') ?? '') < '2020-01-01'; i++) fireEvent.keyDown(start, { key: 'PageUp' });
  const texts = items().map((li) => li.textContent ?? '');
  expect(texts.some((t) => t.includes('2019-01-21'))).toBe(false);
  expect(texts.some((t) => t.includes('Air strike, Syria (country-level), 2020-05-04'))).toBe(true);
  expect(texts.some((t) => t.includes('undated'))).toBe(true);
  expect(screen.getByText(/1 undated/)).toBeTruthy();
});

test('selecting an event in the list opens its excerpt and marks its sentence in the article', () => {
  const { container } = setup();
  fireEvent.click(within(items()[0]!).getByRole('button'));
  const dialog = screen.getByRole('dialog');
  expect(dialog.getAttribute('aria-label')).toBe('Excerpt: Missile attack, Damascus, 2019-01-21');
  expect(within(dialog).getByText('missiles').className).toContain('hl--trigger');
  expect(dialog.textContent).toContain('“January 21, 2019” → 2019-01-21 (day), explicit');
  const focus = [...container.querySelectorAll('.article-panel__text .hl--focus')].map((e) => e.textContent).join('');
  expect(focus).toContain('Israeli missiles targeting Damascus');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Close excerpt' }));
  expect(screen.queryByRole('dialog')).toBeNull();
});

test('a trigger clicked in the article selects its event, widening a window that hid it', () => {
  const { container } = setup();
  const start = screen.getByRole('slider', { name: 'Timeline start' });
  for (let i = 0; i < 80 && (start.getAttribute('aria-valuetext') ?? '') < '2020-01-01'; i++) fireEvent.keyDown(start, { key: 'PageUp' });
  const trigger = [...container.querySelectorAll<HTMLElement>('.article-panel__text .hl--trigger')].find((e) => e.textContent === 'missiles')!;
  fireEvent.click(trigger);
  expect(screen.getByRole('dialog').getAttribute('aria-label')).toContain('Missile attack, Damascus');
  expect(start.getAttribute('aria-valuetext')! <= '2019-01-21').toBe(true);
});
