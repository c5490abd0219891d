// Runs axe-core inside a page the browser tests drive, and returns its violations in a form a
// test can assert on and a person can read (rule, impact, where, and why).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** All of axe's violations on the page as it is now (WCAG 2.x A and AA rules and best practices). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol, so the page's CSP (script-src 'self') does not block it.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(`(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary || '' })),
    }));
  })()`)) as AxeViolation[];
}

/** The serious and critical ones: what the app promises to have none of. */
export const severe = (vs: readonly AxeViolation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** One line per violation, for a failure message or a report. */
export const describeViolations = (vs: readonly AxeViolation[]) =>
  vs.map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.help} -- ${v.nodes.slice(0, 3).map((n) => n.target).join(' | ')}`).join('\n');

/** The violations inside `selector` (the whole page when omitted), with each node's markup. */
export async function axeViolations(page: Page, selector?: string): Promise<{ id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] }[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(`(async () => {
    const r = await window.axe.run(${selector ? `document.querySelector(${JSON.stringify(selector)})` : 'document'}, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
  })()`)) as { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] }[];
}

export const seriousOrWorse = <T extends { impact: string | null }>(vs: readonly T[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
