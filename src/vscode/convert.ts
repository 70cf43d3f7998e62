/** The core's LSP-shaped positions and kinds as VS Code's classes. */

import * as vscode from 'vscode';
import { SymbolKind, type DocumentSymbol, type FoldingRange, type Range, type WorkspaceSymbol } from '../core/digest-service';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function fromRange(range: vscode.Range): Range {
  return { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
}

const SYMBOL_KINDS: Record<SymbolKind, vscode.SymbolKind> = {
  [SymbolKind.Namespace]: vscode.SymbolKind.Namespace,
  [SymbolKind.Object]: vscode.SymbolKind.Object,
};

export function toDocumentSymbol(symbol: DocumentSymbol): vscode.DocumentSymbol {
  const result = new vscode.DocumentSymbol(symbol.name, symbol.detail, SYMBOL_KINDS[symbol.kind], toRange(symbol.range), toRange(symbol.selectionRange));
  result.children = symbol.children.map(toDocumentSymbol);
  return result;
}

export function toSymbolInformation(symbol: WorkspaceSymbol): vscode.SymbolInformation {
  const location = new vscode.Location(vscode.Uri.parse(symbol.location.uri), toRange(symbol.location.range));
  return new vscode.SymbolInformation(symbol.name, SYMBOL_KINDS[symbol.kind], symbol.containerName, location);
}

export function toFoldingRange(range: FoldingRange): vscode.FoldingRange {
  return new vscode.FoldingRange(range.startLine, range.endLine);
}
