/**
 * Which code actions to offer for the diagnostics under the cursor, and of which kind; code-actions.ts
 * turns the plan into `vscode.CodeAction`s with edits. No `vscode` here: unit-tested.
 */
import { findRule, type LintDiagnostic, type Range } from '../core/digest-service';

export const QUICK_FIX = 'quickfix';
/** `source.fixAll.dailyPapers`, for `editor.codeActionsOnSave`. */
export const SOURCE_FIX_ALL = 'source.fixAll.dailyPapers';
export type ActionKind = typeof QUICK_FIX | typeof SOURCE_FIX_ALL;

/** One of our diagnostics in the editor's request: its code and range. */
export interface ShownDiagnostic {
  code: string;
  range: Range;
}

export type PlannedAction =
  /** The one fix of a diagnostic, the preferred action. */
  | { type: 'fix-one'; kind: typeof QUICK_FIX; title: string; diagnostic: number; finding: LintDiagnostic }
  /** Every fix (of one rule when `code` is set), as one edit; dropped when it changes nothing. */
  | { type: 'fix-all'; kind: ActionKind; title: string; code?: string }
  | { type: 'docs'; kind: typeof QUICK_FIX; title: string; diagnostic: number; code: string };

export const FIX_ALL_TITLE = 'Fix all supported Daily Papers violations';

/** The actions' titles; the adapter passes them in the display language. */
export interface ActionTitles {
  fixAll: string;
  fixOne(description: string, code: string): string;
  fixAllOfRule(code: string): string;
  docs(code: string, name: string): string;
}

export const ENGLISH_TITLES: ActionTitles = {
  fixAll: FIX_ALL_TITLE,
  fixOne: (description, code) => `${description} (${code})`,
  fixAllOfRule: (code) => `Fix all ${code} in this file`,
  docs: (code, name) => `Show documentation for ${code}/${name}`,
};

/**
 * `shown` are our diagnostics in the request, `findings` the latest lint of the document (null when
 * unknown), `wantsFixAll` whether the request asks for `source.fixAll` kinds only.
 */
export function planCodeActions(
  shown: readonly ShownDiagnostic[],
  findings: readonly LintDiagnostic[] | null,
  wantsFixAll: boolean,
  titles: ActionTitles = ENGLISH_TITLES,
): PlannedAction[] {
  if (!wantsFixAll && shown.length === 0) return [];
  if (findings === null || !findings.some((finding) => finding.fix)) {
    return wantsFixAll ? [] : shown.flatMap((diagnostic, index) => docs(diagnostic.code, index, titles));
  }
  if (wantsFixAll) return [{ type: 'fix-all', kind: SOURCE_FIX_ALL, title: titles.fixAll }];
  const actions: PlannedAction[] = [];
  const codes = new Set<string>();
  shown.forEach((diagnostic, index) => {
    const { code } = diagnostic;
    const match = findings.find((finding) => finding.code === code && sameRange(finding.range, diagnostic.range));
    if (match?.fix) actions.push({ type: 'fix-one', kind: QUICK_FIX, title: titles.fixOne(match.fix.description, code), diagnostic: index, finding: match });
    if (!codes.has(code) && findings.filter((finding) => finding.code === code && finding.fix).length > 1) {
      actions.push({ type: 'fix-all', kind: QUICK_FIX, title: titles.fixAllOfRule(code), code });
    }
    if (!codes.has(code)) actions.push(...docs(code, index, titles));
    codes.add(code);
  });
  actions.push({ type: 'fix-all', kind: QUICK_FIX, title: titles.fixAll });
  return actions;
}

function docs(code: string, diagnostic: number, titles: ActionTitles): PlannedAction[] {
  const rule = findRule(code);
  return rule ? [{ type: 'docs', kind: QUICK_FIX, title: titles.docs(code, rule.name), diagnostic, code }] : [];
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
