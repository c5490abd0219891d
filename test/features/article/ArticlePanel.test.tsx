// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Analysis } from '../../../src/core/index.ts';
import { ArticlePanel } from '../../../src/features/article/ArticlePanel.tsx';

afterEach(cleanup);

const text = 'GAZA – <img src=x onerror=alert(1)> Shelling hit Rafah on Monday. <script>alert(2)</script>';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const rafah = { name: 'Rafah', lat: 31.3, lon: 34.25, precision: 'city' as const };
const analysis: Analysis = {
  schemaVersion: 1,
  article: { published: '2024-05-08', length: text.length },
  sections: [],
  mentions: [
    { ...at('GAZA'), role: 'dateline', place: { ...rafah, name: 'Gaza' }, score: 1, reason: 'dateline', alternatives: [] },
    { ...at('Rafah'), role: 'literal', place: rafah, score: 1, reason: 'only one', alternatives: [] },
  ],
  dates: [{ start: '2024-05-06', end: '2024-05-06', precision: 'day', text: 'on Monday', basis: 'relative', span: at('on Monday') }],
  events: [],
  warnings: [],
};
const ev = { key: 'a1:e1', trigger: at('Shelling'), excerpts: [at('Shelling hit Rafah on Monday.')] };

function setup(selectedKey: string | null = null) {
  const onSelectEvent = vi.fn();
  const onSelectMention = vi.fn();
  const r = render(
    <ArticlePanel
      article={{ id: 'a1', text, published: '2024-05-08', title: '<b>Title</b>', sourceUrl: 'javascript:alert(3)' }}
      analysis={analysis}
      events={[ev]}
      selectedKey={selectedKey}
      onSelectEvent={onSelectEvent}
      onSelectMention={onSelectMention}
      scrollNonce={0}
    />,
  );
  return { ...r, onSelectEvent, onSelectMention };
}

test('hostile article text, title and URL stay text: no elements, no script link', () => {
  const { container } = setup();
  expect(container.querySelector('img, script, b')).toBeNull();
  expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  expect(container.textContent).toContain('<b>Title</b>');
  expect(container.querySelector('a')).toBeNull();
});

test('highlights carry their role, and clicking them selects the event or the place', () => {
  const { container, onSelectEvent, onSelectMention } = setup();
  expect(container.querySelector('.article-panel__text .hl--dateline')!.textContent).toBe('GAZA');
  expect(container.querySelector('.article-panel__text .hl--date')!.textContent).toBe('on Monday');
  fireEvent.click(screen.getByRole('button', { name: 'Shelling' }));
  expect(onSelectEvent).toHaveBeenCalledWith('a1:e1');
  fireEvent.keyDown(screen.getByRole('button', { name: 'Rafah' }), { key: 'Enter' });
  expect(onSelectMention).toHaveBeenCalledWith(1);
});

test('the selected event shows its sentence and trigger as selected', () => {
  const { container } = setup('a1:e1');
  expect(container.querySelector('.hl--trigger.is-selected')!.textContent).toBe('Shelling');
  const focus = [...container.querySelectorAll('.hl--focus')].map((e) => e.textContent).join('');
  expect(focus).toBe('Shelling hit Rafah on Monday.');
});

test('a huge article renders its head first, always including the selected event, and more on request', () => {
  const para = 'Nothing happened here today, officials said. '.repeat(40) + '\n';
  const big = para.repeat(200) + 'Shelling hit Rafah on Monday.' + '\n' + para.repeat(200);
  const t = big.indexOf('Shelling');
  const evBig = { key: 'b:e1', trigger: { start: t, end: t + 8 }, excerpts: [{ start: t, end: t + 29 }] };
  const a = { ...analysis, article: { published: '2024-05-08', length: big.length }, mentions: [], dates: [] };
  const props = { article: { id: 'b', text: big, published: '2024-05-08' }, analysis: a, events: [evBig], onSelectEvent: () => {}, onSelectMention: () => {}, scrollNonce: 0 };
  const { container, rerender } = render(<ArticlePanel {...props} selectedKey={null} />);
  const shown = () => container.querySelector('.article-panel__text')!.textContent!.length;
  expect(shown()).toBeLessThan(big.length / 2);
  expect(container.querySelector('.article-panel__text .hl--trigger')).toBeNull();
  rerender(<ArticlePanel {...props} selectedKey="b:e1" />);
  expect(container.querySelector('.article-panel__text .hl--trigger')!.textContent).toBe('Shelling');
  expect(shown()).toBeLessThan(big.length);
  fireEvent.click(screen.getByRole('button', { name: 'Show more of the article' }));
  expect(screen.queryByRole('button', { name: 'Show more of the article' })).toBeNull();
  expect(container.querySelector('.article-panel__text')!.textContent).toContain(big);
});
