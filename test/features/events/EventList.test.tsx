// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { DatelineEvent, EventType } from '../../../src/core/index.ts';
import { eventName } from '../../../src/shared/ui/describe-event.ts';
import { EventList } from '../../../src/features/events/EventList.tsx';
import type { WorkspaceEvent } from '../../../src/shared/model/workspace.ts';

afterEach(cleanup);

function ev(id: string, type: EventType, place: string | null, date: string | null): WorkspaceEvent {
  const span = { start: 0, end: 1, text: 'x' };
  const e: DatelineEvent = {
    id,
    type,
    trigger: span,
    date: date ? { start: date, end: date, precision: 'day', text: date, basis: 'explicit', span } : null,
    place: place ? { name: place, lat: 0, lon: 0, precision: 'country' } : null,
    actors: {},
    fatalities: id === 'e1' ? { min: 14, max: 14 } : null,
    excerpt: span,
    excerpts: [span],
    confidence: 0.9,
  };
  return { ...e, key: `a:${id}`, articleId: 'a', corrected: [], sources: [] };
}

test('event names put type, then place, then date', () => {
  expect(eventName(ev('e1', 'air_strike', 'Syria', '2020-05-04'))).toBe('Air strike, Syria, 2020-05-04');
  expect(eventName(ev('e2', 'killing', null, null))).toBe('Killing, place unknown, undated');
});

test('the Events list has one item per event, undated ones last and still listed', () => {
  const onSelect = vi.fn();
  render(<EventList dated={[ev('e1', 'air_strike', 'Syria', '2020-05-04')]} undated={[ev('e2', 'killing', null, null)]} selectedKey="a:e1" onSelect={onSelect} />);
  const list = screen.getByRole('list', { name: 'Events' });
  const items = within(list).getAllByRole('listitem');
  expect(items).toHaveLength(2);
  expect(items[0]!.textContent).toContain('Air strike');
  expect(items[0]!.textContent).toContain('Syria');
  expect(items[0]!.textContent).toContain('2020-05-04');
  expect(items[0]!.textContent).toContain('14 killed');
  expect(items[1]!.textContent).toContain('undated');
  expect(within(items[0]!).getByRole('button').getAttribute('aria-current')).toBe('true');
  fireEvent.click(within(items[1]!).getByRole('button'));
  expect(onSelect).toHaveBeenCalledWith('a:e2');
});
