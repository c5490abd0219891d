// Analyses now carry `statements` (event words that are not incidents); the workspace import must
// keep accepting them, and older analyses without the field.
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile, serializeWorkspace } from '../../../src/features/workspace/export.ts';
import { analyze } from '../../helpers/engine.ts';

const TEXT = 'Jets struck a depot near Aleppo on Monday, killing four. The rebels threatened to attack Damascus.';

describe('workspace import of analyses with statements', () => {
  it('accepts an analysis with statements, and one without the field', () => {
    const analysis = analyze(TEXT, { published: '2024-03-06' });
    expect(analysis.statements?.length).toBeGreaterThan(0);
    const article = { id: 'a1', text: TEXT, published: '2024-03-06', addedAt: '2026-01-01T00:00:00.000Z', analysis };
    const withField = parseWorkspaceFile(serializeWorkspace([article], [], '2026-01-01T00:00:00.000Z'));
    expect(withField.ok, withField.ok ? '' : withField.error).toBe(true);
    const { statements: _drop, ...older } = analysis;
    const without = parseWorkspaceFile(serializeWorkspace([{ ...article, analysis: older }], [], '2026-01-01T00:00:00.000Z'));
    expect(without.ok).toBe(true);
  });
});
