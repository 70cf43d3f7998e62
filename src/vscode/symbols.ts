/**
 * Outline and symbol search: the core's document symbols (days containing papers) for the Outline view
 * and breadcrumbs, and its workspace symbols so that Go to Symbol in Workspace (Ctrl+T) finds any paper
 * by title, author or id. This adapter only converts.
 */

import * as vscode from 'vscode';
import { queryWords } from '../core/digest-service';
import { toDocumentSymbol, toSymbolInformation } from './convert';
import { digestService } from './digest-service';
import { digestOf } from './parsed-documents';
import type { WorkspaceIndexService } from './workspace-index-adapter';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };
const WORKSPACE_SYMBOL_LIMIT = 200;

export function registerSymbols(context: vscode.ExtensionContext, service: WorkspaceIndexService): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(MARKDOWN, { provideDocumentSymbols }, { label: 'Daily Papers' }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols: (query, token) => provideWorkspaceSymbols(service, query, token),
    }),
  );
}

function provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] | undefined {
  const digest = digestOf(document);
  return digest ? digestService.documentSymbols(digest, { locale: vscode.env.language }).map(toDocumentSymbol) : undefined;
}

async function provideWorkspaceSymbols(service: WorkspaceIndexService, query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
  if (!queryWords(query).length) return [];
  await service.ready;
  if (token.isCancellationRequested) return [];
  return digestService.workspaceSymbols(query, service.index.search(query, WORKSPACE_SYMBOL_LIMIT)).map(toSymbolInformation);
}
