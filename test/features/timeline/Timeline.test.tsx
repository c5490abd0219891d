// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { DateValue } from '../../../src/core/index.ts';
import { Timeline } from '../../../src/features/timeline/Timeline.tsx';

afterEach(cleanup);

const dv = (d: string): DateValue => ({ start: d, end: d, precision: 'day', text: d, basis: 'explicit', span: { start: 0, end: 1 } });
const events = [
  { id: 'a', date: dv('2019-01-21') },
  { id: 'b', date: dv('2020-05-04') },
];

function setup(window = { start: '2019-01-19', end: '2020-05-08' }) {
  const onWindow = vi.fn();
  render(<Timeline events={events} domain={{ start: '2019-01-19', end: '2020-05-08' }} window={window} onWindow={onWindow} visibleCount={2} undatedCount={1} />);
  return onWindow;
}

test('the window ends are named sliders whose value text is the ISO date', () => {
  setup();
  const start = screen.getByRole('slider', { name: 'Timeline start' });
  const end = screen.getByRole('slider', { name: 'Timeline end' });
  expect(start.getAttribute('aria-valuetext')).toBe('2019-01-19');
  expect(end.getAttribute('aria-valuetext')).toBe('2020-05-08');
  expect(start.tabIndex).toBe(0);
  expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  expect(screen.getByText(/1 undated/)).toBeTruthy();
});

test('arrow keys move a day, Page Up/Down a week, Home/End to the limits, never past the other end', () => {
  const onWindow = setup({ start: '2020-01-01', end: '2020-02-01' });
  const start = screen.getByRole('slider', { name: 'Timeline start' });
  fireEvent.keyDown(start, { key: 'ArrowRight' });
  expect(onWindow).toHaveBeenLastCalledWith({ start: '2020-01-02', end: '2020-02-01' });
  fireEvent.keyDown(start, { key: 'PageDown' });
  expect(onWindow).toHaveBeenLastCalledWith({ start: '2019-12-25', end: '2020-02-01' });
  fireEvent.keyDown(start, { key: 'Home' });
  expect(onWindow).toHaveBeenLastCalledWith({ start: '2019-01-19', end: '2020-02-01' });
  fireEvent.keyDown(start, { key: 'End' });
  expect(onWindow).toHaveBeenLastCalledWith({ start: '2020-02-01', end: '2020-02-01' });
  const end = screen.getByRole('slider', { name: 'Timeline end' });
  fireEvent.keyDown(end, { key: 'ArrowLeft' });
  expect(onWindow).toHaveBeenLastCalledWith({ start: '2020-01-01', end: '2020-01-31' });
  fireEvent.keyDown(end, { key: 'PageUp' });
  expect(onWindow).toHaveBeenLastCalledWith({ start: '2020-01-01', end: '2020-02-08' });
  const calls = onWindow.mock.calls.length;
  fireEvent.keyDown(end, { key: 'a' });
  expect(onWindow.mock.calls.length).toBe(calls);
});

test('the selected event is marked on the axis; day events are ticks, longer dates bars', () => {
  const week: DateValue = { start: '2020-04-27', end: '2020-05-03', precision: 'week', text: 'last week', basis: 'relative', span: { start: 0, end: 1 } };
  const { container } = render(
    <Timeline events={[...events, { id: 'w', date: week }]} domain={{ start: '2019-01-19', end: '2020-05-08' }} window={{ start: '2019-01-19', end: '2020-05-08' }} onWindow={() => {}} visibleCount={3} undatedCount={0} selectedDate={week} />,
  );
  expect(container.querySelector('.timeline__selected')).not.toBeNull();
  expect(container.querySelector('.timeline__ticks')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
  expect(container.querySelector('.timeline__bars')!.getAttribute('d')!.match(/M/g)).toHaveLength(1);
});

test('the axis zooms to the window and back; Show all dates also resets the zoom', () => {
  const onWindow = setup({ start: '2020-04-01', end: '2020-05-08' });
  const start = screen.getByRole('slider', { name: 'Timeline start' });
  const fullMin = Number(start.getAttribute('aria-valuemin'));
  fireEvent.click(screen.getByRole('button', { name: 'Zoom axis to window' }));
  const zoomedMin = Number(start.getAttribute('aria-valuemin'));
  expect(zoomedMin).toBeGreaterThan(fullMin);
  fireEvent.keyDown(start, { key: 'Home' });
  expect(onWindow).toHaveBeenLastCalledWith({ start: expect.stringMatching(/^2020-03-/), end: '2020-05-08' });
  fireEvent.click(screen.getByRole('button', { name: 'Full axis' }));
  expect(Number(start.getAttribute('aria-valuemin'))).toBe(fullMin);
  fireEvent.click(screen.getByRole('button', { name: 'Zoom axis to window' }));
  fireEvent.click(screen.getByRole('button', { name: 'Show all dates' }));
  expect(onWindow).toHaveBeenLastCalledWith({ start: '2019-01-19', end: '2020-05-08' });
  expect(screen.getByRole('button', { name: 'Zoom axis to window' })).toBeTruthy();
});

test('a month-dated event is a bar across the month in the spans row and no count in the daily bins', () => {
  const month: DateValue = { start: '2020-04-01', end: '2020-04-30', precision: 'month', text: 'in April', basis: 'explicit', span: { start: 0, end: 1 } };
  const day = dv('2020-04-15');
  const { container } = render(
    <Timeline events={[{ id: 'm', date: month }, { id: 'd', date: day }]} domain={{ start: '2020-03-20', end: '2020-05-10' }} window={{ start: '2020-03-20', end: '2020-05-10' }} onWindow={() => {}} visibleCount={2} undatedCount={0} />,
  );
  // One histogram bar (the day-dated event), not thirty for the month.
  expect(container.querySelectorAll('rect.hist')).toHaveLength(1);
  const bar = container.querySelector('.timeline__bars')!.getAttribute('d')!;
  const [, a, b] = /^M([\d.]+) [\d.]+H([\d.]+)/.exec(bar)!;
  // About thirty days wide on a 51-day axis of (800 - 32) px.
  expect(Number(b) - Number(a)).toBeGreaterThan(0.5 * (768 * 30) / 51);
  expect(screen.getByText(/1 dated only to a week, month or range/)).toBeTruthy();
});

test('a cumulative window has no start handle, and its start stays at the first date', () => {
  const onWindow = vi.fn();
  render(<Timeline events={events} domain={{ start: '2019-01-19', end: '2020-05-08' }} window={{ start: '2019-06-01', end: '2019-12-31' }} onWindow={onWindow} visibleCount={1} undatedCount={0} mode="cumulative" onMode={() => {}} />);
  expect(screen.queryByRole('slider', { name: 'Timeline start' })).toBeNull();
  expect(screen.getByText(/in 2019-01-19 – 2019-12-31/)).toBeTruthy();
  fireEvent.keyDown(screen.getByRole('slider', { name: 'Timeline end' }), { key: 'PageUp' });
  expect(onWindow).toHaveBeenLastCalledWith({ start: '2019-01-19', end: '2020-01-07' });
});

test('switching the window to cumulative is told to the dashboard and pins the start', () => {
  const onWindow = vi.fn();
  const onMode = vi.fn();
  render(<Timeline events={events} domain={{ start: '2019-01-19', end: '2020-05-08' }} window={{ start: '2019-06-01', end: '2019-12-31' }} onWindow={onWindow} visibleCount={1} undatedCount={0} mode="moving" onMode={onMode} />);
  fireEvent.change(screen.getByRole('combobox', { name: /Window/ }), { target: { value: 'cumulative' } });
  expect(onMode).toHaveBeenCalledWith('cumulative');
  expect(onWindow).toHaveBeenLastCalledWith({ start: '2019-01-19', end: '2019-12-31' });
});
