// Runs axe-core (the accessibility engine, MPL-2.0) in a page and returns its violations. The engine is
// evaluated through the debugging protocol, which the page's Content-Security-Policy does not cover.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** The violations inside `selector` (the whole page when omitted). */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  return (await page.evaluate(`(async () => {
    const r = await window.axe.run(${selector ? `document.querySelector(${JSON.stringify(selector)})` : 'document'}, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
  })()`)) as AxeViolation[];
}

export const seriousOrWorse = (vs: readonly AxeViolation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
