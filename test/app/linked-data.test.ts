import { expect, test } from 'vitest';
import { checkLinkedData } from '../../src/app/use-linked-data-check.ts';
import { decodeViewState, encodeViewState } from '../../src/features/workspace/url-state.ts';

const ws = { articles: [{ id: 'a1', text: 't', published: '2020-05-06', addedAt: '', analysis: null }], events: [{ key: 'a1:e0' }] } as unknown as Parameters<typeof checkLinkedData>[0];

test('a link naming an event this browser lacks is said, once the workspace has settled', () => {
  const url = { selected: 'zz:e9' };
  expect(checkLinkedData(ws, url, { selected: 'zz:e9', filters: {} }, false)).toEqual({ namesData: true });
  expect(checkLinkedData(ws, url, { selected: 'zz:e9', filters: {} }, true).message).toMatch(/names an event \(zz:e9\) that is not in this browser/);
  // Once the reader selects something else, the link's event is no longer the question.
  expect(checkLinkedData(ws, url, { selected: 'a1:e0', filters: {} }, true).message).toBeUndefined();
  expect(checkLinkedData(ws, { selected: 'a1:e0' }, { selected: 'a1:e0', filters: {} }, true).message).toBeUndefined();
});

test('an article filter naming articles not here is said; a plain link names no data', () => {
  expect(checkLinkedData(ws, { filters: { articles: ['a1', 'b2'] } }, { selected: null, filters: { articles: ['a1', 'b2'] } }, true).message).toMatch(/1 article that is not/);
  expect(checkLinkedData(ws, {}, { selected: null, filters: {} }, true)).toEqual({ namesData: false });
});

test('the cumulative window travels in the URL', () => {
  expect(encodeViewState({ windowMode: 'cumulative' })).toBe('win=cumulative');
  expect(decodeViewState('win=cumulative').windowMode).toBe('cumulative');
  expect(decodeViewState('win=sideways').windowMode).toBeUndefined();
  expect(encodeViewState({ windowMode: 'moving' })).toBe('');
});
