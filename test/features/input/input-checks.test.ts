// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { checkText, dominantForeignScript, looksBinary } from '../../../src/features/input/check-text.ts';
import { detectPublished } from '../../../src/features/input/detect-published.ts';
import { disarmHandlers, htmlToText, looksLikeHtmlDocument } from '../../../src/features/input/html-to-text.ts';
import { MAX_CHARS } from '../../../src/features/input/input-limits.ts';
import { readArticleFile } from '../../../src/features/input/read-article-file.ts';
import { safeHref } from '../../../src/shared/ui/safe-href.ts';

describe('checkText', () => {
  it('refuses empty, whitespace-only, oversized and binary text with a message', () => {
    expect(checkText('').error).toMatch(/empty/);
    expect(checkText(' \n\t \r\n ').error).toMatch(/only spaces/);
    expect(checkText('a'.repeat(MAX_CHARS + 1)).error).toMatch(/Split it/);
    expect(checkText('%PDF-1.4\u0000\u0001\u0002 stream').error).toMatch(/binary/);
    expect(checkText('\u0001\u0002\u0003\u0004\u0005 a few letters').error).toMatch(/binary/);
  });

  it('accepts an ordinary article without warnings', () => {
    expect(checkText('Shelling hit Kharkiv on Tuesday, officials said.\n\nMore followed.')).toEqual({ warnings: [] });
  });

  it('warns, but does not block, when the text is in another script', () => {
    const ar = checkText('قصفت طائرات حربية مواقع في دير الزور يوم الاثنين');
    expect(ar.error).toBeUndefined();
    expect(ar.warnings[0]).toMatch(/Arabic script/);
    expect(dominantForeignScript('Обстрел Харькова продолжился во вторник')).toBe('Cyrillic');
    // A few foreign names inside English prose are not a foreign text.
    expect(dominantForeignScript('Protesters in Tehran chanted "مرگ" and left.')).toBeNull();
  });

  it('does not treat tabs, newlines or curly quotes as binary', () => {
    expect(looksBinary('Col\tcol\r\nline “quoted” — dash')).toBe(false);
  });
});

describe('detectPublished', () => {
  it('finds a date stated on its own line near the top', () => {
    expect(detectPublished('Strikes hit depot\nMay 6, 2020\n\nJets struck ...')).toEqual({ date: '2020-05-06', text: 'May 6, 2020' });
    expect(detectPublished('Headline\nPublished: 6 May 2020 10:32 GMT\nBody')?.date).toBe('2020-05-06');
    expect(detectPublished('2021-11-30\nText')?.date).toBe('2021-11-30');
  });

  it('finds the date in a dateline opener', () => {
    expect(detectPublished('KYIV, March 3, 2022 — Russian forces shelled the city overnight.')?.date).toBe('2022-03-03');
  });

  it('ignores dates the article reports inside sentences (captions, past events)', () => {
    const caption = 'A picture taken early on January 21, 2019 shows air defence batteries responding to missiles targeting the capital. - Israel struck targets today.';
    expect(detectPublished(`Headline here\n\n${caption}\n\nBody text.`)).toBeNull();
    expect(detectPublished('Jets struck on Monday.\nNo date is stated.')).toBeNull();
  });

  it('takes a keyword only when it leads straight into the date', () => {
    expect(detectPublished('Headline\nUpdated 10:31 AM ET, Wed May 6, 2020\nBody')?.date).toBe('2020-05-06');
    expect(detectPublished('Headline\nDate: 2020-05-06\nBody')?.date).toBe('2020-05-06');
    const long = 'Indicted by the grand jury included: a man, 22, of the town, date of alleged offense, Nov. 23, 2008. Another man, 49, was also charged by the county.';
    expect(detectPublished(long)).toBeNull();
    const promised = 'The board posted its approval and asked whether the developers could finish the complex as promised by May 1, 2010, which they doubted.';
    expect(detectPublished(promised)).toBeNull();
  });

  it('never takes a date whose year the text does not state', () => {
    expect(detectPublished('today\nJets struck.')).toBeNull();
    expect(detectPublished('Strikes resume in a week\nText')).toBeNull();
    expect(detectPublished('Published Monday\nText')).toBeNull();
  });

  it('never proposes an impossible date', () => {
    expect(detectPublished('2020-02-30\nText')).toBeNull();
  });
});

describe('htmlToText', () => {
  it('keeps text and paragraph breaks, drops scripts and styles without running them', () => {
    (globalThis as Record<string, unknown>).__pwned = undefined;
    const html = `<!doctype html><html><head><title>Raid &amp; strike</title><style>p{}</style>
      <script>globalThis.__pwned = 1</script></head><body><nav>Menu</nav>
      <h1>Strike on Aleppo</h1><p>Jets <b>struck</b> a depot.</p><p>Three died.<br>Officials said.</p>
      <img src=x onerror="globalThis.__pwned = 2"><noscript>enable js</noscript><template><p>hidden</p></template></body></html>`;
    expect(looksLikeHtmlDocument(html)).toBe(true);
    const r = htmlToText(html);
    expect(r.text).toBe('Strike on Aleppo\n\nJets struck a depot.\n\nThree died.\nOfficials said.');
    expect(r.title).toBe('Raid & strike');
    expect(r.removedScripts).toBe(2);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });

  it('renames every event-handler attribute before parsing, however it is written', () => {
    const html = '<img src=x onerror=a()><svg/onload="b()"><p title="x"onclick=\'c()\' ONMOUSEOVER = d()>t</p><b\nonfocus=e()>u</b>';
    const out = disarmHandlers(html);
    const doc = new DOMParser().parseFromString(out, 'text/html');
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => /^on/i.test(n));
    expect(handlers).toEqual([]);
    expect(htmlToText(html).text).toBe('t\n\nu');
  });

  it('disarms in one pass: a page of tags left open is linear, not a scan to the end per tag', () => {
    for (const html of ['<p>x</p>' + '<a '.repeat(64_000), '<p>x</p>' + '<img src=x onerror=a() '.repeat(10_000), '<p>x</p>' + '<b'.repeat(96_000)]) {
      const t0 = performance.now();
      const out = disarmHandlers(html);
      // Generous: a few ms here; the regex per tag took 6.6 s on 192 KB.
      expect(performance.now() - t0).toBeLessThan(500);
      expect(out.length).toBeGreaterThanOrEqual(html.length);
      expect(/\son[a-z]+\s*=/i.test(out)).toBe(false);
    }
  });

  it('does not mistake prose that mentions a tag for a document', () => {
    expect(looksLikeHtmlDocument('The payload <script>alert(1)</script> was posted.')).toBe(false);
  });
});

describe('readArticleFile', () => {
  const file = (parts: BlobPart[], name: string, type = '') => new File(parts, name, { type });

  it('reads text and markdown as they are, without a byte-order mark', async () => {
    expect(await readArticleFile(file(['\uFEFFJets struck Homs.'], 'a.txt'))).toEqual({ ok: true, text: 'Jets struck Homs.' });
    expect(await readArticleFile(file(['# Title\n\nBody'], 'a.md'))).toMatchObject({ ok: true, text: '# Title\n\nBody' });
  });

  it('reads UTF-16 text that announces itself with a byte-order mark, both byte orders, as the CLI does', async () => {
    const text = 'Jets struck Homs on Monday, killing 3.\nÉvacuation à Alep.';
    const units = [...text].map((c) => c.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(await readArticleFile(file([le], 'notepad.txt'))).toEqual({ ok: true, text });
    expect(await readArticleFile(file([be], 'mac.txt'))).toEqual({ ok: true, text });
    // A byte-order mark on bytes that are not UTF-16 (a lone surrogate) is refused, not garbled.
    expect(await readArticleFile(file([new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])], 'odd.txt'))).toMatchObject({ ok: false, error: expect.stringMatching(/UTF-16/) });
  });

  it('reduces an HTML file to its text with a note on removed scripts', async () => {
    const r = await readArticleFile(file(['<html><head><title>T</title></head><body><p>A</p><script>x()</script><p>B</p></body></html>'], 'page.html'));
    expect(r).toEqual({ ok: true, text: 'A\n\nB', title: 'T', note: expect.stringMatching(/1 script was removed and never run/) });
  });

  it('refuses an HTML file too large to parse in the tab by its size, without reading it', async () => {
    let read = 0;
    const big = { name: 'page.html', type: 'text/html', size: 38_000_000, arrayBuffer: async () => { read++; return new ArrayBuffer(0); } } as unknown as File;
    expect(await readArticleFile(big)).toEqual({ ok: false, error: '"page.html" is 38.0 MB of HTML; Dateline opens HTML files up to 10.0 MB, since their markup is read in this tab. Save the article\'s text (or copy and paste it) and try again.' });
    const huge = { name: 'log.txt', type: 'text/plain', size: 31_000_000, arrayBuffer: async () => { read++; return new ArrayBuffer(0); } } as unknown as File;
    expect(await readArticleFile(huge)).toMatchObject({ ok: false, error: expect.stringMatching(/"log\.txt" is 31\.0 MB, more text than the 10\.0 million characters/) });
    expect(read).toBe(0);
  });

  it('refuses binary, empty, unknown and undecodable files', async () => {
    expect(await readArticleFile(file([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2])], 'x.txt'))).toMatchObject({ ok: false, error: expect.stringMatching(/binary/) });
    expect(await readArticleFile(file([], 'empty.txt'))).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
    expect(await readArticleFile(file(['x'], 'photo.jpg', 'image/jpeg'))).toMatchObject({ ok: false, error: expect.stringMatching(/not a \.txt/) });
    const latin1 = new Uint8Array(200).fill(0xe9);
    expect(await readArticleFile(file([latin1], 'old.txt'))).toMatchObject({ ok: false, error: expect.stringMatching(/UTF-8/) });
  });
});

describe('safeHref', () => {
  it('links only http and https', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', 'example.org', '', undefined]) {
      expect(safeHref(bad)).toBeUndefined();
    }
  });
});
