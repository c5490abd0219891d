import { expect, test } from 'vitest';
import { DuplicateIndex, textHash } from '../../src/app/duplicates.ts';

test('the same words with other spacing, line breaks or quotes hash alike; other words do not', () => {
  expect(textHash('Jets struck  a depot.\r\n\r\nFive died.')).toBe(textHash('Jets struck a depot. Five died.'));
  expect(textHash('He said “no”.')).toBe(textHash('He said "no".'));
  expect(textHash('Jets struck a depot.')).not.toBe(textHash('Jets struck a depot!'));
});

test('an article already in the workspace is found by its text, with its name', () => {
  const idx = new DuplicateIndex([{ id: 'a1', text: 'Shelling hit Kharkiv on Tuesday.\nMore text.', title: 'Kharkiv shelled' }]);
  expect(idx.find('Shelling hit Kharkiv on Tuesday. More text.')).toMatchObject({ id: 'a1', name: 'Kharkiv shelled' });
  expect(idx.find('Shelling hit Odesa on Tuesday.')).toBeUndefined();
  idx.add({ text: 'A second one.', name: 'second' });
  expect(idx.find(' A second one. ')?.name).toBe('second');
});
