/** Folding ranges for digest documents: one per day section and one per paper entry. */

import * as vscode from 'vscode';
import type { Range } from '../core/model';
import { digestOf } from './parsed-documents';

export function registerFolding(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.languages.registerFoldingRangeProvider({ language: 'markdown' }, { provideFoldingRanges }));
}

function provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] | undefined {
  const digest = digestOf(document);
  if (!digest) return undefined;
  const ranges: vscode.FoldingRange[] = [];
  const add = (range: Range) => {
    if (range.end.line > range.start.line) ranges.push(new vscode.FoldingRange(range.start.line, range.end.line));
  };
  for (const day of digest.days) {
    add(day.range);
    day.papers.forEach((paper) => add(paper.range));
  }
  digest.orphanPapers.forEach((paper) => add(paper.range));
  return ranges;
}
