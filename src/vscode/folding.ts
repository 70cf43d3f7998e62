/** Folding ranges for digest documents (one per day section and per paper entry), from the core. */

import * as vscode from 'vscode';
import { toFoldingRange } from './convert';
import { digestService } from './digest-service';
import { digestOf } from './parsed-documents';

export function registerFolding(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.languages.registerFoldingRangeProvider({ language: 'markdown' }, { provideFoldingRanges }));
}

function provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] | undefined {
  const digest = digestOf(document);
  return digest ? digestService.foldingRanges(digest).map(toFoldingRange) : undefined;
}
