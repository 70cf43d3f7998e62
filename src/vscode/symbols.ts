/**
 * Outline and symbol search: document symbols (days containing papers) for the Outline view and breadcrumbs,
 * and workspace symbols so that Go to Symbol in Workspace (Ctrl+T) finds any paper by title, author or id.
 */

import * as vscode from 'vscode';
import type { DaySection, PaperEntry } from '../core/model';
import { MatchedField, matchingAuthors, queryWords } from '../core/index/search';
import type { WorkspaceIndexService } from './workspace-index-adapter';
import { toRange } from './diagnostics';
import { digestOf } from './parsed-documents';
import * as count from './counts';
import { authorsShort, dayLabel, paperDescription, paperTitle } from './tree/labels';

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
  if (!digest) return undefined;
  const symbols = digest.days.map(daySymbol);
  symbols.push(...digest.orphanPapers.map(paperSymbol));
  return symbols;
}

function daySymbol(day: DaySection): vscode.DocumentSymbol {
  const dateText = day.date ?? day.normalizedDateText ?? day.dateText;
  const symbol = new vscode.DocumentSymbol(
    dayLabel(dateText, day.date !== null, vscode.env.language),
    count.papers(day.papers.length),
    vscode.SymbolKind.Namespace,
    toRange(day.range),
    toRange(day.headingRange),
  );
  symbol.children = day.papers.map(paperSymbol);
  return symbol;
}

function paperSymbol(paper: PaperEntry): vscode.DocumentSymbol {
  return new vscode.DocumentSymbol(
    paperTitle(paper.title),
    paperDescription(paper.votes?.value ?? null, paper.authors ? [...new Set(paper.authors.names)] : []),
    vscode.SymbolKind.Object,
    toRange(paper.range),
    toRange(paper.headingRange),
  );
}

async function provideWorkspaceSymbols(service: WorkspaceIndexService, query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
  const words = queryWords(query);
  if (!words.length) return [];
  await service.ready;
  if (token.isCancellationRequested) return [];
  return service.index.search(query, WORKSPACE_SYMBOL_LIMIT).map(({ paper, fields }) => {
    // Quick Open filters results by their name, so the name shows what matched beyond the title.
    let name = paperTitle(paper.title);
    if (fields & MatchedField.Author) name += ` — ${matchingAuthors(paper, words).join(', ')}`;
    if (fields & MatchedField.Id && paper.id) name += ` (${paper.id})`;
    const container = [paper.day.dateText, authorsShort(paper.authors)].filter(Boolean).join(' · ');
    const location = new vscode.Location(vscode.Uri.parse(paper.day.file.uri), toRange(paper.headingRange));
    return new vscode.SymbolInformation(name, vscode.SymbolKind.Object, container, location);
  });
}
