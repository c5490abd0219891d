import { describe, expect, it } from 'vitest';
import { isAllCaps, LEFT_CLASS, RIGHT_CLASS, shape } from '../../../src/core/tagger/word-classes.ts';

describe('word shapes and classes', () => {
  it('collapse letter and digit runs but keep punctuation', () => {
    expect(shape('Tel')).toBe('Xx');
    expect(shape('AVIV')).toBe('X');
    expect(shape('U.S.')).toBe('X.X.');
    expect(shape('W.Va.')).toBe('X.Xx.');
    expect(shape('1935')).toBe('d');
    expect(shape('Côte')).toBe('Xx');
    expect(shape('Łódź')).toBe('Xx');
    // Combining marks join their letter, so composed and decomposed spellings agree.
    expect(shape('Ṣanʿāʾ')).toBe('Xxʿxʾ');
    expect(shape('Ṣanʿāʾ'.normalize('NFD'))).toBe('Xxʿxʾ');
    expect(shape('😀')).toBe('😀');
  });

  it('tell all-caps words from capitalised ones', () => {
    expect(isAllCaps('BEIRUT')).toBe(true);
    expect(isAllCaps('Beirut')).toBe(false);
    expect(isAllCaps('A')).toBe(false);
  });

  it('class the context words that generalise', () => {
    expect(LEFT_CLASS.get('near')).toBe('prep');
    expect(LEFT_CLASS.get('village')).toBe('place-noun');
    expect(LEFT_CLASS.get('governor')).toBe('title');
    expect(RIGHT_CLASS.get('said')).toBe('speech');
    expect(RIGHT_CLASS.get('province')).toBe('place-noun');
  });
});
