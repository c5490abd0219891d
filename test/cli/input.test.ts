// Input decoding: binary refused with a reason, HTML reduced to text without interpreting it.
import { describe, expect, it } from 'vitest';
import { decodeInput, MAX_INPUT_BYTES } from '../../src/cli/input.ts';
import { CliError } from '../../src/cli/errors.ts';
import { htmlToText, looksLikeHtml } from '../../src/cli/html-text.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeInput', () => {
  it('accepts UTF-8 text and strips a byte-order mark', () => {
    expect(decodeInput(enc('\ufeffDamascus, Syria'), 'x')).toEqual({ text: 'Damascus, Syria', warnings: [] });
  });
  it('decodes UTF-16LE text that announces itself', () => {
    const u16 = new Uint8Array([0xff, 0xfe, ...[...'Homs'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeInput(u16, 'x').text).toBe('Homs');
    const be = new Uint8Array([0xfe, 0xff, ...[...'Homs'].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeInput(be, 'x').text).toBe('Homs');
  });
  it('refuses NUL bytes, invalid UTF-8 and control-character noise', () => {
    expect(() => decodeInput(new Uint8Array([65, 0, 66]), 'f.bin')).toThrow(/f\.bin: looks like a binary file/);
    expect(() => decodeInput(new Uint8Array([0x48, 0xe9, 0x6c]), 'latin1.txt')).toThrow(/not valid UTF-8/);
    expect(() => decodeInput(enc('ab\x01\x02\x03\x04cd'), 'c')).toThrow(/control characters/);
  });
  it('reduces HTML by content, or by an .html name', () => {
    expect(decodeInput(enc('<!doctype html><p>Hama</p>'), 'x.txt')).toEqual({ text: 'Hama', warnings: [expect.stringMatching(/x\.txt looks like HTML/)] });
    expect(decodeInput(enc('Shelling in <b>Hama</b>'), 'page.html').text).toBe('Shelling in Hama');
    expect(decodeInput(enc('Shelling in <b>Hama</b>'), 'note.txt').text).toBe('Shelling in <b>Hama</b>');
  });
  it('refuses input over the size limit up front, with exit code 3', () => {
    const huge = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61);
    let caught: unknown;
    try {
      decodeInput(huge, 'big.txt');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as CliError).code).toBe(3);
    expect((caught as CliError).message).toMatch(/big\.txt: 32\.0 MB is more than the 32 MB this command accepts/);
  });
  it('keeps tabs, newlines and form feeds', () => {
    expect(decodeInput(enc('a\tb\r\nc\fd'), 'x').text).toBe('a\tb\r\nc\fd');
  });
});

describe('HTML to text', () => {
  it('recognises documents, not prose that mentions a tag', () => {
    expect(looksLikeHtml('<!DOCTYPE html><p>x</p>')).toBe(true);
    expect(looksLikeHtml('Use the <p> tag for paragraphs in Paris.')).toBe(false);
    expect(looksLikeHtml('<div><p>a</p><p>b</p><p>c</p><br></div>')).toBe(true);
  });
  it('drops scripts, styles and comments whole and keeps paragraph breaks', () => {
    const html = '<html><head><style>p{}</style></head><body><script>alert("Tehran")</script><!-- Beirut --><h1>Strike</h1><p>Hit  Homs&nbsp;&amp; Hama</p><p>Then &#x41;&#66;</p></body></html>';
    expect(htmlToText(html)).toBe('Strike\n\nHit Homs & Hama\n\nThen AB');
  });
  it('does not turn entities back into markup or control characters', () => {
    expect(htmlToText('<p>&lt;script&gt;x&lt;/script&gt; &#0; &#xD800; &bogus;</p>')).toBe('<script>x</script> &bogus;');
  });
});

describe('HTML to text on markup left open', () => {
  it('drops a tag, comment or script-like element left open to the end, as a browser does', () => {
    expect(htmlToText('<p>Shelling in Hama</p><a href="x')).toBe('Shelling in Hama');
    expect(htmlToText('<p>Shelling in Hama</p><!-- a comment never closed <p>Homs</p>')).toBe('Shelling in Hama');
    expect(htmlToText('<p>Shelling in Hama</p><script>var Homs = 1; <p>Idlib</p>')).toBe('Shelling in Hama');
    expect(htmlToText('<p>Hama</p><style>p{} <p>Idlib</p></style ><p>Homs</p>')).toBe('Hama\n\nHoms');
  });

  it('keeps a < that opens no tag as text', () => {
    expect(htmlToText('<p>casualties < 10 and > 5 in Hama</p>')).toBe('casualties < 10 and > 5 in Hama');
  });

  it('is linear: a page of unclosed tags, comments or scripts is one scan', () => {
    const n = 400_000;
    for (const html of ['<p>x</p>' + '<a '.repeat(n / 3), '<p>x</p>' + '<p'.repeat(n / 2), '<p>x</p>' + '<!-- a'.repeat(n / 6), '<p>x</p>' + '<script>a'.repeat(n / 9)]) {
      const t0 = performance.now();
      expect(htmlToText(html)).toBe('x');
      // Generous: about 20 ms here; the old reducer, one regex scan to the end per tag, took minutes.
      expect(performance.now() - t0).toBeLessThan(2000);
    }
    const t0 = performance.now();
    looksLikeHtml('<p'.repeat(n / 2));
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
