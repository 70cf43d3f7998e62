/**
 * "New Digest from Hugging Face…" and "Refresh Votes from Hugging Face": the mechanical part of a digest
 * (titles, links, media, votes, authors) from the daily papers feed. The network is used only when the
 * user runs one of them; any failure or a cancel leaves every file and buffer as it was.
 */

import * as vscode from 'vscode';
import { DEFAULT_ENDPOINT, DEFAULT_SUMMARY_TEMPLATE, DEFAULT_TIMEOUT_SECONDS, type FeedDay, FeedError, type FeedRenderOptions, isRealDate, lineEndingOf, recentDates, type TextEdit, type WorkspaceIndex } from '../core/digest-service';
import * as count from './counts';
import { digestService } from './digest-service';
import { digestUri } from './new-digest';
import { digestOf } from './parsed-documents';

export function registerHuggingFace(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dailyPapers.huggingFace.newDigest', (date?: string) => newDigestFromFeed(index, date)),
    vscode.commands.registerCommand('dailyPapers.huggingFace.refreshVotes', () => refreshVotes()),
  );
}

/** Both commands return the message they showed (the integration tests read it), undefined when cancelled. */
async function newDigestFromFeed(index: WorkspaceIndex, date?: string): Promise<string | undefined> {
  const day = typeof date === 'string' && isRealDate(date) ? date : await pickDate();
  if (!day) return undefined;
  const target = await digestUri(index, day);
  if (!target) return undefined;
  const feed = await fetchDays([day]);
  if (!(feed instanceof Map)) return feed;
  const papers = feed.get(day)!.papers;
  const options = renderOptions(target);
  if (!(await exists(target))) {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(digestService.renderDaySection(day, papers, options)));
    const editor = await vscode.window.showTextDocument(target);
    placeCursorOnPlaceholder(editor, day);
    return inform(vscode.l10n.t('Wrote {0} for {1}: the summaries are left to write.', count.papers(papers.length), day));
  }
  // The open document, unsaved edits included, is what is merged into.
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  const merge = digestService.mergeDay(editor.document.getText(), day, papers, { ...options, eol: eolOf(editor.document) });
  if (merge.edits.length === 0) return inform(vscode.l10n.t('{0} is up to date with Hugging Face.', day));
  if (!(await applyAsOneStep(editor, merge.edits))) return inform(vscode.l10n.t('The digest changed while it was being updated; nothing was changed.'), 'warning');
  placeCursorOnPlaceholder(editor, day);
  if (merge.createdDay) return inform(vscode.l10n.t('Added {0} with {1}.', day, count.papers(merge.added)));
  return inform(vscode.l10n.t('{0}: {1} added, {2} updated.', day, count.papers(merge.added), count.votes(merge.votesUpdated)));
}

async function refreshVotes(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const digest = editor && digestOf(editor.document);
  if (!editor || !digest) return inform(vscode.l10n.t('Open a Daily Papers digest to refresh its votes.'));
  const cursor = editor.selection.active.line;
  const atCursor = digest.days.find((day) => day.date !== null && day.range.start.line <= cursor && cursor <= day.range.end.line);
  const dates = [...new Set((atCursor ? [atCursor] : digest.days).map((day) => day.date).filter((date): date is string => date !== null))];
  if (dates.length === 0) return inform(vscode.l10n.t('This digest has no day with a valid date to refresh.'));
  const version = editor.document.version;
  const feed = await fetchDays(dates);
  if (!(feed instanceof Map)) return feed;
  if (editor.document.version !== version) return inform(vscode.l10n.t('The digest changed while votes were fetched; run the command again.'), 'warning');
  const eol = eolOf(editor.document);
  let updated = 0;
  let notOnFeed = 0;
  const edits: TextEdit[] = [];
  for (const day of digestOf(editor.document)!.days) {
    if (day.date === null || !feed.has(day.date) || (atCursor && day.range.start.line !== atCursor.range.start.line)) continue;
    const refresh = digestService.voteEdits(day, feed.get(day.date)!.papers, eol);
    edits.push(...refresh.edits);
    updated += refresh.updated;
    notOnFeed += refresh.notOnFeed;
  }
  if (edits.length > 0 && !(await applyAsOneStep(editor, edits))) return inform(vscode.l10n.t('The digest changed while it was being updated; nothing was changed.'), 'warning');
  if (notOnFeed > 0) return inform(vscode.l10n.t('{0} updated, {1} not on Hugging Face.', count.votes(updated), count.papers(notOnFeed)));
  return inform(vscode.l10n.t('{0} updated.', count.votes(updated)));
}

/** Fetches each day in a cancellable notification; after an error, the message shown; after a cancel, undefined. */
async function fetchDays(dates: string[]): Promise<Map<string, FeedDay> | string | undefined> {
  const settings = vscode.workspace.getConfiguration('dailyPapers.huggingFace');
  const endpoint = settings.get<string>('endpoint') || DEFAULT_ENDPOINT;
  const timeoutSeconds = settings.get<number>('timeoutSeconds') || DEFAULT_TIMEOUT_SECONDS;
  const title = dates.length === 1 ? vscode.l10n.t('Fetching the Hugging Face daily papers of {0}', dates[0]) : vscode.l10n.t('Fetching {0} days of Hugging Face daily papers', dates.length);
  try {
    return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
      const cancel = new AbortController();
      const subscription = token.onCancellationRequested(() => cancel.abort());
      try {
        const days = new Map<string, FeedDay>();
        for (const date of dates) {
          if (dates.length > 1) progress.report({ message: date, increment: 100 / dates.length });
          days.set(date, await digestService.fetchFeedDay(date, { endpoint, timeoutSeconds, signal: cancel.signal, locale: vscode.env.language }));
        }
        return days;
      } finally {
        subscription.dispose();
      }
    });
  } catch (error) {
    if (error instanceof FeedError && error.kind === 'cancelled') return undefined;
    const message = error instanceof FeedError ? error.message : vscode.l10n.t('Fetching from Hugging Face failed: {0}', String(error));
    const shown = vscode.l10n.t('{0} Nothing was changed.', message);
    void vscode.window.showErrorMessage(shown);
    return shown;
  }
}

function inform(message: string, level: 'information' | 'warning' = 'information'): string {
  if (level === 'warning') void vscode.window.showWarningMessage(message);
  else void vscode.window.showInformationMessage(message);
  return message;
}

/** The summary template of the digest's folder (the setting is resource-scoped). */
function renderOptions(target: vscode.Uri): FeedRenderOptions {
  const template = vscode.workspace.getConfiguration('dailyPapers.huggingFace', target).get<unknown>('summaryTemplate');
  const lines = Array.isArray(template) && template.every((line) => typeof line === 'string') ? template : DEFAULT_SUMMARY_TEMPLATE;
  return { summaryTemplate: lines };
}

async function applyAsOneStep(editor: vscode.TextEditor, edits: TextEdit[]): Promise<boolean> {
  return editor.edit((builder) => {
    for (const edit of edits) builder.replace(toRange(edit.range), edit.newText);
  });
}

/** The cursor goes to the end of the first empty summary bullet of the day (the first summary to write). */
function placeCursorOnPlaceholder(editor: vscode.TextEditor, date: string): void {
  const day = digestOf(editor.document)?.days.find((each) => each.date === date);
  if (!day) return;
  const bullet = day.papers.flatMap((paper) => paper.summary).find((each) => each.body.trim() === '');
  const at = bullet ? toPosition(bullet.range.end) : toPosition(day.headingRange.start);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function pickDate(): Promise<string | undefined> {
  const picker = vscode.window.createQuickPick();
  const recent = recentDates(new Date(), 7).map((date) => ({ label: date, description: weekday(date) }));
  picker.title = vscode.l10n.t('New Digest from Hugging Face');
  picker.placeholder = vscode.l10n.t('Pick a day, or type one as YYYY-MM-DD');
  picker.items = recent;
  picker.onDidChangeValue((value) => {
    const typed = value.trim();
    picker.items = isRealDate(typed) && !recent.some((item) => item.label === typed) ? [{ label: typed, description: weekday(typed) }, ...recent] : recent;
  });
  const chosen = await new Promise<string | undefined>((resolve) => {
    picker.onDidAccept(() => resolve(picker.selectedItems[0]?.label));
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  picker.dispose();
  return chosen && isRealDate(chosen) ? chosen : undefined;
}

function weekday(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(vscode.env.language, { weekday: 'long', timeZone: 'UTC' });
}

function eolOf(document: vscode.TextDocument): string {
  return document.eol === vscode.EndOfLine.CRLF ? '\r\n' : lineEndingOf(document.getText());
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) return true;
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function toPosition(position: { line: number; character: number }): vscode.Position {
  return new vscode.Position(position.line, position.character);
}

function toRange(range: TextEdit['range']): vscode.Range {
  return new vscode.Range(toPosition(range.start), toPosition(range.end));
}
