/**
 * Quick fixes for daily-papers diagnostics: fix this one (preferred), fix all of its rule in the
 * file, fix everything fixable, open the rule's documentation; and `source.fixAll.dailyPapers` for
 * `editor.codeActionsOnSave`. Every fix is one WorkspaceEdit, so one undo step.
 */

import * as vscode from 'vscode';
import type { LintDiagnostic, TextEdit } from '../core/digest-service';
import { fromRange, toRange } from './convert';
import { DIAGNOSTIC_SOURCE, type DigestLinter, type LintResult } from './diagnostics';
import { digestService } from './digest-service';
import { FIX_APPLIED_COMMAND } from './walkthrough';
import { planCodeActions, QUICK_FIX, SOURCE_FIX_ALL, type ActionKind, type ActionTitles } from './code-action-plan';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('dailyPapers');
const SHOW_RULE_DOCS_COMMAND = 'dailyPapers.lint.showRuleDocs';
/** Runs after a quick fix's edit: it completes the walkthrough's "Fix a problem" step. */
const FIX_APPLIED: vscode.Command = { command: FIX_APPLIED_COMMAND, title: '' };

class DigestCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: DigestLinter) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const wantsFixAll = context.only !== undefined && FIX_ALL_KIND.intersects(context.only);
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    if (!wantsFixAll && ours.length === 0) return [];
    const result = await this.linter.current(document);
    const shown = ours.map((diagnostic) => ({ code: codeOf(diagnostic), range: fromRange(diagnostic.range) }));
    return planCodeActions(shown, result?.diagnostics ?? null, wantsFixAll, localTitles()).flatMap((planned) => {
      if (planned.type === 'fix-one') return [fixOneAction(document, planned.title, planned.finding, ours[planned.diagnostic])];
      if (planned.type === 'docs') return [docsAction(planned.title, planned.code, ours[planned.diagnostic])];
      const action = result && fixAllAction(document, result, planned.title, KINDS[planned.kind], planned.code);
      return action ? [action] : [];
    });
  }
}

const KINDS: Record<ActionKind, vscode.CodeActionKind> = { [QUICK_FIX]: vscode.CodeActionKind.QuickFix, [SOURCE_FIX_ALL]: FIX_ALL_KIND };

function fixOneAction(document: vscode.TextDocument, title: string, match: LintDiagnostic, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  action.edit = workspaceEdit(document, match.fix!.edits);
  action.command = FIX_APPLIED;
  return action;
}

/** Applies every fix (of one rule, or all) to the text and hands the difference to the editor as one edit. */
function fixAllAction(
  document: vscode.TextDocument,
  result: LintResult,
  title: string,
  kind: vscode.CodeActionKind,
  code?: string,
): vscode.CodeAction | null {
  const text = document.getText();
  const fixed = digestService.fixAll(text, { rules: result.rules, uri: result.uri, codes: code ? new Set([code]) : undefined });
  const edit = digestService.differenceAsEdit(text, fixed.text);
  if (edit === null) return null;
  const action = new vscode.CodeAction(title, kind);
  action.edit = workspaceEdit(document, [edit]);
  if (kind === vscode.CodeActionKind.QuickFix) action.command = FIX_APPLIED;
  return action;
}

function docsAction(title: string, code: string, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = { command: SHOW_RULE_DOCS_COMMAND, title, arguments: [code] };
  return action;
}

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    document.uri,
    edits.map((change) => vscode.TextEdit.replace(toRange(change.range), change.newText)),
  );
  return edit;
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** Opens docs/rules.md at the rule's section (a file link cannot scroll to a Markdown heading by itself). */
async function showRuleDocs(docsUri: vscode.Uri, code: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(docsUri);
  const heading = new RegExp(`^#+\\s+${code}\\b`, 'm').exec(document.getText());
  const position = heading ? document.positionAt(heading.index) : new vscode.Position(0, 0);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), preview: true });
}

export function registerCodeActions(context: vscode.ExtensionContext, linter: DigestLinter): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new DigestCodeActions(linter), DigestCodeActions.metadata),
    vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, (code: string) => showRuleDocs(linter.docsUri, code)),
  );
}

function localTitles(): ActionTitles {
  return {
    fixAll: vscode.l10n.t('Fix all supported Daily Papers violations'),
    fixOne: (description, code) => vscode.l10n.t('{0} ({1})', description, code),
    fixAllOfRule: (code) => vscode.l10n.t('Fix all {0} in this file', code),
    docs: (code, name) => vscode.l10n.t('Show documentation for {0}/{1}', code, name),
  };
}
