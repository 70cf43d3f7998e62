/**
 * Brings a day of a digest up to date with the feed: papers it lacks are added after the existing ones,
 * vote lines take the feed's counts; every other byte stays. The result is a list of edits, so an
 * editor applies it as one undo step.
 */

import type { DaySection, PaperEntry, Position } from '../model';
import { parseDigest } from '../parser/parser';
import type { TextEdit } from '../rules/rule';
import { lineEndingOf } from '../parser/text';
import type { FeedPaper } from './paper';
import { byVotes, renderDaySection, renderEntry, type RenderOptions } from './render';

export interface DayMerge {
  edits: TextEdit[];
  /** True when the file had no section for the day and one was appended. */
  createdDay: boolean;
  added: number;
  votesUpdated: number;
  /** Entries of the day whose paper the feed does not list. */
  notOnFeed: number;
}

export function mergeDay(text: string, date: string, papers: readonly FeedPaper[], options: RenderOptions): DayMerge {
  const eol = options.eol ?? lineEndingOf(text);
  const day = parseDigest(text).days.find((each) => each.date === date);
  if (!day) return appendDay(text, date, papers, { ...options, eol });
  const votes = voteEdits(day, papers, eol);
  const known = new Set(day.papers.map((paper) => paper.id));
  const missing = byVotes(papers.filter((paper) => !known.has(paper.id)));
  const edits = [...votes.edits];
  if (missing.length > 0) {
    const last = day.papers.at(-1);
    const at = last ? last.range.end : day.headingRange.end;
    const entries = missing.map((paper) => renderEntry(paper, { ...options, eol }));
    edits.push({ range: { start: at, end: at }, newText: eol + eol + entries.join(eol + eol) });
  }
  return { edits, createdDay: false, added: missing.length, votesUpdated: votes.updated, notOnFeed: votes.notOnFeed };
}

export interface VoteRefresh {
  edits: TextEdit[];
  updated: number;
  notOnFeed: number;
}

/** Edits that set each entry's `Vote:` line to the feed's count, adding the line where it is missing. */
export function voteEdits(day: DaySection, papers: readonly FeedPaper[], eol = '\n'): VoteRefresh {
  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  const edits: TextEdit[] = [];
  let notOnFeed = 0;
  for (const entry of day.papers) {
    // Stryker disable next-line ConditionalExpression: the feed has no paper without an id, so looking one up finds nothing either
    const feed = entry.id === null ? undefined : byId.get(entry.id);
    if (!feed) {
      notOnFeed++;
      continue;
    }
    if (feed.votes === null) continue;
    const edit = voteEdit(entry, feed.votes, eol);
    if (edit) edits.push(edit);
  }
  return { edits, updated: edits.length, notOnFeed };
}

function voteEdit(entry: PaperEntry, votes: number, eol: string): TextEdit | null {
  const count = String(votes);
  if (entry.votes) return entry.votes.raw === count ? null : { range: entry.votes.rawRange, newText: count };
  const line = `Vote: ${count}`;
  if (entry.authors) {
    const at: Position = { line: entry.authors.range.start.line, character: 0 };
    return { range: { start: at, end: at }, newText: line + eol + eol };
  }
  const at = entry.media ? entry.media.range.end : entry.headingRange.end;
  return { range: { start: at, end: at }, newText: eol + eol + line };
}

function appendDay(text: string, date: string, papers: readonly FeedPaper[], options: RenderOptions & { eol: string }): DayMerge {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const end: Position = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const body = text.replace(/^\uFEFF/, '');
  const separator = body.trim() === '' ? '' : /(\r\n|\r|\n)$/.test(body) ? options.eol : options.eol + options.eol;
  const start: Position = body.trim() === '' ? { line: 0, character: 0 } : end;
  return {
    edits: [{ range: { start, end }, newText: separator + renderDaySection(date, papers, options) }],
    createdDay: true,
    added: papers.length,
    votesUpdated: 0,
    notOnFeed: 0,
  };
}
