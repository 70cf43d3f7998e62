/** The pure parts of the VS Code adapters: severities, which code actions of which kind, tree labels. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/core/lint';
import { FIX_ALL_TITLE, planCodeActions, QUICK_FIX, SOURCE_FIX_ALL, type PlannedAction } from '../../src/vscode/code-action-plan';
import { DIAGNOSTIC_SEVERITY } from '../../src/vscode/severity';
import { digest, entry } from './helpers';

describe('severity mapping', () => {
  it("each severity is VS Code's own DiagnosticSeverity value, none shown as another", () => {
    expect(DIAGNOSTIC_SEVERITY).toEqual({ error: 0, warning: 1, information: 2, hint: 3 });
  });
});

describe('code actions: which and of which kind', () => {
  // Two PDF links (DP012, fixable) and a non-numeric vote (DP031, no fix).
  const text = digest(
    entry({ heading: '### [A](https://arxiv.org/pdf/2403.15371)', vote: 'Vote: -' }),
    entry({ heading: '### [B](https://arxiv.org/pdf/2403.15042)' }),
  );
  const findings = lint(text);
  const shown = (code: string, index = 0) => {
    const finding = findings.filter((candidate) => candidate.code === code)[index];
    return { code, range: finding.range };
  };
  const summary = (actions: PlannedAction[]) => actions.map((action) => `${action.type} ${action.kind} ${action.title}`);

  it('on a fixable diagnostic: its fix (preferred), fix all of its rule, its docs, then fix everything, all quick fixes', () => {
    expect(summary(planCodeActions([shown('DP012')], findings, false))).toEqual([
      `fix-one ${QUICK_FIX} Replace with https://arxiv.org/abs/2403.15371 (DP012)`,
      `fix-all ${QUICK_FIX} Fix all DP012 in this file`,
      `docs ${QUICK_FIX} Show documentation for DP012/paper-url-not-canonical`,
      `fix-all ${QUICK_FIX} ${FIX_ALL_TITLE}`,
    ]);
  });

  it('the fix-one action carries the finding of the same range, not the first of its rule', () => {
    const [first] = planCodeActions([shown('DP012', 1)], findings, false);
    expect(first.type === 'fix-one' && first.finding.fix?.description).toBe('Replace with https://arxiv.org/abs/2403.15042');
  });

  it('on a diagnostic without a fix: its docs and fix everything; no "fix all" for a rule with one fix', () => {
    expect(summary(planCodeActions([shown('DP031')], findings, false))).toEqual([
      `docs ${QUICK_FIX} Show documentation for DP031/vote-invalid`,
      `fix-all ${QUICK_FIX} ${FIX_ALL_TITLE}`,
    ]);
    const single = lint(digest(entry({ heading: '### [A](https://arxiv.org/pdf/2403.15371)' })));
    const range = single.find((finding) => finding.code === 'DP012')!.range;
    expect(summary(planCodeActions([{ code: 'DP012', range }], single, false)).filter((line) => line.includes('Fix all DP012'))).toEqual([]);
  });

  it('docs once per rule when several diagnostics of one rule are shown', () => {
    const actions = planCodeActions([shown('DP012', 0), shown('DP012', 1)], findings, false);
    expect(actions.filter((action) => action.type === 'docs')).toHaveLength(1);
    expect(actions.filter((action) => action.type === 'fix-one')).toHaveLength(2);
  });

  it('source.fixAll (on save): one action of kind source.fixAll.dailyPapers, none when nothing is fixable', () => {
    expect(SOURCE_FIX_ALL).toBe('source.fixAll.dailyPapers');
    expect(summary(planCodeActions([], findings, true))).toEqual([`fix-all ${SOURCE_FIX_ALL} ${FIX_ALL_TITLE}`]);
    expect(planCodeActions([], lint(digest(entry({ vote: 'Vote: -' }))), true)).toEqual([]);
  });

  it('nothing without our diagnostics; docs only while the lint result is unknown', () => {
    expect(planCodeActions([], findings, false)).toEqual([]);
    expect(summary(planCodeActions([shown('DP012')], null, false))).toEqual([`docs ${QUICK_FIX} Show documentation for DP012/paper-url-not-canonical`]);
  });
});
