/** What paper a position of a Markdown document points at: a digest heading, an arXiv link or id, or (for commands) the entry around it. */

import * as vscode from 'vscode';
import { arxivMentionAt, type IndexedPaper, type WorkspaceIndex } from '../core/digest-service';

export interface PaperAt {
  /** The valid arXiv id, or null for an indexed entry without one. */
  id: string | null;
  /** The entry it points at, or for an id the workspace's newest entry of it; undefined when no digest holds it. */
  paper: IndexedPaper | undefined;
  range: vscode.Range;
}

/**
 * A paper heading of an indexed digest (anywhere on its line), else an arXiv link, URL or written id
 * under the position; undefined for anything else.
 */
export function paperMentionAt(index: WorkspaceIndex, document: vscode.TextDocument, position: vscode.Position): PaperAt | undefined {
  const line = document.lineAt(position.line);
  const entry = index.at(document.uri.toString(), position.line)?.paper;
  if (entry && entry.line === position.line) return { id: entry.id, paper: entry, range: line.range };
  const mention = arxivMentionAt(line.text, position.character);
  if (!mention) return undefined;
  const range = new vscode.Range(position.line, mention.start, position.line, mention.end);
  return { id: mention.id, paper: newestEntry(index, mention.id), range };
}

/** For commands: a mention under the cursor, else the digest entry the cursor is in. */
export function paperAtCursor(index: WorkspaceIndex, editor: vscode.TextEditor | undefined): PaperAt | undefined {
  if (!editor || editor.document.languageId !== 'markdown') return undefined;
  const position = editor.selection.active;
  const mention = paperMentionAt(index, editor.document, position);
  if (mention) return mention;
  const entry = index.at(editor.document.uri.toString(), position.line)?.paper;
  if (!entry) return undefined;
  return { id: entry.id, paper: entry, range: new vscode.Range(entry.line, 0, entry.line, 0) };
}

export function newestEntry(index: WorkspaceIndex, id: string): IndexedPaper | undefined {
  const appearances = index.papersById(id);
  return appearances[appearances.length - 1];
}
