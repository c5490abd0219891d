// Imports a workspace file of 300 articles that have not been analysed yet (as a file from
// another Dateline version or a converted corpus would be) through the real Import button, and
// times it until every article is analysed and its events are counted in the status line.
// Texts: the documents of the corpora given (CORPUS.jsonl ...), or the bundled sample, each copy
// with a line of its own so no two are the same text. Expects dist/ built; prints numbers.
//   node bin/ts-run.mjs bench/import-articles.ts [CORPUS.jsonl ...] [--articles 300]
import { preview } from 'vite';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseCorpus } from '../src/cli/corpus-file.ts';
import { serializeWorkspace } from '../src/features/workspace/workspace-file.ts';
import type { WorkspaceArticle } from '../src/shared/model/workspace.ts';
import { freePort, launchBrowser } from '../test/e2e/harness.ts';

const { values, positionals } = parseArgs({ options: { articles: { type: 'string' } }, allowPositionals: true });
const N = Number(values.articles ?? 300);

function texts(): { text: string; published: string }[] {
  const docs = positionals.flatMap((f) => parseCorpus(readFileSync(f, 'utf8'), f)).filter((d) => d.text.trim());
  if (docs.length) return docs.map((d) => ({ text: d.text, published: d.date ?? '2020-05-06' }));
  const sample = readFileSync(path.join(import.meta.dirname, '../src/samples/iran-syria-2020-05-06.txt'), 'utf8');
  return [{ text: sample, published: '2020-05-06' }];
}

export function unanalysedWorkspace(n: number): string {
  const src = texts();
  const articles: WorkspaceArticle[] = Array.from({ length: n }, (_, i) => {
    const d = src[i % src.length]!;
    return {
      id: `import-${i}`,
      title: `Imported report ${i + 1}`,
      text: i < src.length ? d.text : `Copy ${i + 1}.\n${d.text}`,
      published: d.published,
      addedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
      analysis: null,
    };
  });
  return serializeWorkspace(articles, [], '2024-01-01T00:00:00.000Z');
}

const dir = mkdtempSync(path.join(tmpdir(), 'dateline-import-'));
const file = path.join(dir, `workspace-${N}.json`);
writeFileSync(file, unanalysedWorkspace(N));
const port = await freePort();
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true, open: false }, logLevel: 'warn' });
const s = await launchBrowser();
const { page } = s;
try {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('.ev-marker').first().waitFor({ timeout: 60_000 });
  await page.locator('.workspace-drawer > summary').click();
  const t0 = Date.now();
  await page.getByLabel('Import workspace file').setInputFiles(file);
  // Done when no article of the workspace panel is still waiting for its analysis.
  await page.waitForFunction(
    (n) => {
      const items = document.querySelectorAll('.workspace-panel .articles > li');
      return items.length >= n + 1 && ![...items].some((li) => /analysing/.test(li.textContent ?? ''));
    },
    N,
    { timeout: 900_000, polling: 250 },
  );
  const ms = Date.now() - t0;
  const status = (await page.locator('.topbar__status').textContent()) ?? '';
  console.log(`import     ${N} unanalysed articles imported and analysed: ${(ms / 1000).toFixed(1)} s (${(ms / N).toFixed(0)} ms per article); status: ${status.trim()}`);
} finally {
  await s.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
