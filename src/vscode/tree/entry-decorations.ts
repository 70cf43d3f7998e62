/**
 * Marks papers in the tree whose entry has diagnostics from this extension. Each paper item carries a
 * `resourceUri` in a private scheme naming its file and lines; a file decoration provider answers for it
 * from `languages.getDiagnostics`, and refreshes when diagnostics change.
 */

import * as vscode from 'vscode';
import type { IndexedPaper } from '../../core/digest-service';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';

const SCHEME = 'daily-papers-entry';

interface EntryLines {
  file: string;
  startLine: number;
  endLine: number;
}

export function entryDecorationUri(paper: IndexedPaper): vscode.Uri {
  const lines: EntryLines = { file: paper.day.file.uri, startLine: paper.range.start.line, endLine: paper.range.end.line };
  return vscode.Uri.from({ scheme: SCHEME, path: `/${lines.startLine}-${lines.endLine}`, query: lines.file });
}

function entryLinesOf(uri: vscode.Uri): EntryLines | null {
  const match = /^\/(\d+)-(\d+)$/.exec(uri.path);
  return match ? { file: uri.query, startLine: Number(match[1]), endLine: Number(match[2]) } : null;
}

export class EntryDecorationProvider implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<vscode.Uri[]>();
  /** Entry URIs handed out per file, so a diagnostics change can name the items to redraw. */
  private readonly issued = new Map<string, Set<string>>();
  private readonly subscription: vscode.Disposable;

  readonly onDidChangeFileDecorations = this.changes.event;

  constructor() {
    this.subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      const affected: vscode.Uri[] = [];
      for (const uri of event.uris) {
        for (const entry of this.issued.get(uri.toString()) ?? []) affected.push(vscode.Uri.parse(entry));
      }
      if (affected.length) this.changes.fire(affected);
    });
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    const entry = uri.scheme === SCHEME ? entryLinesOf(uri) : null;
    if (!entry) return undefined;
    let issued = this.issued.get(entry.file);
    if (!issued) this.issued.set(entry.file, (issued = new Set()));
    issued.add(uri.toString());
    const problems = vscode.languages
      .getDiagnostics(vscode.Uri.parse(entry.file))
      .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && overlaps(diagnostic.range, entry));
    if (!problems.length) return undefined;
    const errors = problems.some((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error);
    return {
      badge: problems.length > 9 ? '9+' : String(problems.length),
      tooltip: problems.length === 1 ? vscode.l10n.t('1 problem in this entry') : vscode.l10n.t('{0} problems in this entry', problems.length),
      color: new vscode.ThemeColor(errors ? 'list.errorForeground' : 'list.warningForeground'),
    };
  }

  dispose(): void {
    this.subscription.dispose();
    this.changes.dispose();
  }
}

function overlaps(range: vscode.Range, entry: EntryLines): boolean {
  return range.start.line <= entry.endLine && range.end.line >= entry.startLine;
}
