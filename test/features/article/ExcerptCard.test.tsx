// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ExcerptCard } from '../../../src/features/article/ExcerptCard.tsx';

afterEach(cleanup);

const text = 'Earlier text. Drones struck <b>Kherson</b> overnight, officials said. Later text.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

test('the excerpt highlights its words, lists the facts, shows linked reports as text, and closes on Escape', () => {
  const onClose = vi.fn();
  const onShow = vi.fn();
  render(
    <ExcerptCard
      title="Drone strike, Kherson, 2024-03-04"
      type="drone_strike"
      text={text}
      excerpts={[at('Drones struck <b>Kherson</b> overnight, officials said.')]}
      marks={[
        { ...at('struck'), kind: 'trigger' },
        { ...at('<b>Kherson</b>'), kind: 'literal' },
        { ...at('overnight'), kind: 'date' },
      ]}
      rows={[{ label: 'Date', value: '“overnight” → 2024-03-04 (part-of-day, night), relative to published 2024-03-05' }]}
      onClose={onClose}
      onShowInArticle={onShow}
      otherSources={[{ key: 'b:e2', title: '<i>Other wire</i>', excerpt: 'Russian drones hit <script>x</script> Kherson.' }]}
    />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Excerpt: Drone strike, Kherson, 2024-03-04' });
  const quote = dialog.querySelector('blockquote')!;
  expect(quote.textContent).toBe('Drones struck <b>Kherson</b> overnight, officials said.');
  expect(quote.querySelector('b')).toBeNull();
  expect(quote.querySelector('.hl--trigger')!.textContent).toBe('struck');
  expect(quote.querySelector('.hl--literal')!.textContent).toBe('<b>Kherson</b>');
  expect(quote.querySelector('.hl--date')!.textContent).toBe('overnight');
  expect(within(dialog).getByText(/relative to published 2024-03-05/)).toBeTruthy();
  expect(dialog.querySelector('script, i')).toBeNull();
  expect(dialog.textContent).toContain('Also reported by <i>Other wire</i>');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Show in article' }));
  expect(onShow).toHaveBeenCalled();
  within(dialog).getByRole('button', { name: 'Show in article' }).focus();
  fireEvent.keyDown(document, { key: 'Escape' });
  expect(onClose).toHaveBeenCalled();
});

test('after an event whose excerpts repeat a sentence, the next card shows only its own words', () => {
  // Two articles, as the dashboard shows them one after the other in the same card.
  const first = 'Shells hit Kupiansk on Monday. Shells hit Kupiansk on Monday, officials said.';
  const second = 'Kharkiv was quiet. Missiles struck Odesa port overnight.';
  const headline = { start: 0, end: first.indexOf('.') + 1 };
  const props = { title: 'x', type: 'shelling' as const, marks: [], rows: [], onClose: () => {}, onShowInArticle: () => {} };
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const { rerender } = render(<ExcerptCard {...props} text={first} excerpts={[headline, headline]} />);
    const quotes = () => [...screen.getByRole('dialog').querySelectorAll('blockquote')].map((q) => q.textContent);
    rerender(<ExcerptCard {...props} text={second} excerpts={[{ start: second.indexOf('Missiles'), end: second.length }]} />);
    expect(quotes()).toEqual(['Missiles struck Odesa port overnight.']);
    expect(errors.mock.calls.map((c) => String(c[0])).filter((m) => /same key/.test(m))).toEqual([]);
  } finally {
    errors.mockRestore();
  }
});

test('an incident several articles report says how many and why, quotes each as text, and can be parted', () => {
  const onSeparate = vi.fn();
  render(
    <ExcerptCard
      title="Drone strike, Kherson, 2024-03-04"
      type="drone_strike"
      text={text}
      excerpts={[at('Drones struck <b>Kherson</b> overnight, officials said.')]}
      marks={[]}
      rows={[]}
      onClose={() => {}}
      onShowInArticle={() => {}}
      otherSources={[{ key: 'b:e2', title: 'Other wire', excerpt: 'A drone hit <img src=x onerror=alert(1)> Kherson.' }]}
      merged={{ articles: 2, reason: 'both a drone strike, at Kherson, on 2024-03-04' }}
      onSeparate={onSeparate}
    />,
  );
  const dialog = screen.getByRole('dialog');
  expect(dialog.textContent).toContain('Reported by 2 articles · one incident: both a drone strike, at Kherson, on 2024-03-04');
  expect(dialog.querySelector('img')).toBeNull();
  expect(dialog.textContent).toContain('A drone hit <img src=x onerror=alert(1)> Kherson.');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Not the same incident: Other wire' }));
  expect(onSeparate).toHaveBeenCalledWith('b:e2');
  expect(document.activeElement).toBe(dialog);
});

test('a read-only card (a saved map) shows the sources without the button', () => {
  render(
    <ExcerptCard title="x" type="shelling" text={text} excerpts={[]} marks={[]} rows={[]} onClose={() => {}} onShowInArticle={() => {}}
      otherSources={[{ key: 'b:e2', title: 'Other wire', excerpt: 'Shells hit Kherson.' }]} merged={{ articles: 2, reason: 'both a shelling' }} />,
  );
  expect(screen.getByRole('dialog').textContent).toContain('Reported by 2 articles');
  expect(screen.queryByRole('button', { name: /Not the same incident/ })).toBeNull();
});
