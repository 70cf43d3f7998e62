/**
 * Figures across the archive, from the workspace index's records (no extra parse): per month the distinct
 * dates, paper entries and votes; per author the entries that list them and their votes; the top entries.
 *
 * Definitions every surface shares: a paper entry is an entry in a section with a real date; an author is
 * a name of the `Authors:` line after NFC and collapsing whitespace (nothing else is merged), counted once
 * per entry; a missing or unreadable vote counts 0. Figures are kept per file, so changing one digest
 * subtracts its old records and adds the new ones instead of recomputing the workspace.
 */

import { authorKey, authorKeyTable } from './author-key';
import type { IndexedFile, IndexedPaper } from './workspace/records';

export { authorKey };

export interface MonthFigures {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly days: number;
  readonly papers: number;
  readonly votes: number;
}

export interface AuthorFigures {
  readonly name: string;
  readonly papers: number;
  readonly votes: number;
}

export interface Totals {
  readonly days: number;
  readonly papers: number;
  readonly votes: number;
}

export type AuthorSort = 'papers' | 'votes';

export interface AuthorQuery {
  sort?: AuthorSort;
  /** At most this many, the first in sort order. */
  limit?: number;
  /** Only names this accepts. */
  accept?: (name: string) => boolean;
}

interface Tally {
  papers: number;
  votes: number;
}

interface MonthTally extends Tally {
  /** How many day sections carry each date of the month (a date counts once however many files have it). */
  readonly dates: Map<string, number>;
}

/** The distinct author keys of an entry, in order. */
export function authorKeysOf(paper: IndexedPaper): string[] {
  return paper.authorKeys;
}

/** Most votes first, then newest date, then file and line: one order for every surface. */
export function compareTopPapers(a: IndexedPaper, b: IndexedPaper): number {
  const votes = (b.votes ?? 0) - (a.votes ?? 0);
  if (votes !== 0) return votes;
  const dateA = a.day.date ?? '';
  const dateB = b.day.date ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  if (a.day.file.uri !== b.day.file.uri) return a.day.file.uri < b.day.file.uri ? -1 : 1;
  return a.line - b.line;
}

/** Most papers first, then most votes, then name; or votes first with `sort: 'votes'`. */
export function authorComparator(sort: AuthorSort = 'papers'): (a: AuthorFigures, b: AuthorFigures) => number {
  return (a, b) => {
    const first = sort === 'papers' ? b.papers - a.papers : b.votes - a.votes;
    if (first !== 0) return first;
    const second = sort === 'papers' ? b.votes - a.votes : b.papers - a.papers;
    if (second !== 0) return second;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  };
}

export class ArchiveStats {
  private readonly files = new Map<string, IndexedFile>();
  private readonly monthTallies = new Map<string, MonthTally>();
  /** Per author number ({@link authorKeyTable}): entries and votes; 0 entries for a name not counted here. */
  private readonly authorPapers: number[] = [];
  private readonly authorVotes: number[] = [];
  private authorsCounted = 0;
  private readonly dates = new Map<string, number>();
  private paperCount = 0;
  private voteCount = 0;
  private cachedTop = new Map<string, IndexedPaper[]>();
  private cachedMonths: MonthFigures[] | null = null;

  /** Adds a file's records, replacing what the same URI contributed before. */
  setFile(file: IndexedFile): void {
    this.deleteFile(file.uri);
    this.files.set(file.uri, file);
    this.tally(file, 1);
  }

  deleteFile(uri: string): boolean {
    const old = this.files.get(uri);
    if (!old) return false;
    this.files.delete(uri);
    this.tally(old, -1);
    return true;
  }

  /** Brings one file up to date with the index's record for it (absent: removed). */
  update(uri: string, file: IndexedFile | undefined): void {
    if (file) this.setFile(file);
    else this.deleteFile(uri);
  }

  totals(): Totals {
    return { days: this.dates.size, papers: this.paperCount, votes: this.voteCount };
  }

  /** Every month with a dated day section, oldest first. */
  months(): readonly MonthFigures[] {
    // Stryker disable next-line ConditionalExpression: a cache; counting again gives the same months
    if (!this.cachedMonths) {
      this.cachedMonths = [...this.monthTallies]
        .map(([month, tally]) => ({ month, days: tally.dates.size, papers: tally.papers, votes: tally.votes }))
        // Stryker disable next-line EqualityOperator: months are distinct
        .sort((a, b) => (a.month < b.month ? -1 : 1));
    }
    return this.cachedMonths;
  }

  get authorCount(): number {
    return this.authorsCounted;
  }

  author(name: string): AuthorFigures | undefined {
    const id = authorKeyTable.find(authorKey(name));
    return id === undefined || !(this.authorPapers[id] > 0) ? undefined : this.figuresOf(id);
  }

  /** Authors in sort order; with a limit, only the first ones are selected (no sort of every name). */
  authors(query: AuthorQuery = {}): AuthorFigures[] {
    const compare = authorComparator(query.sort);
    const limit = query.limit ?? Infinity;
    const accept = query.accept;
    const chosen: AuthorFigures[] = [];
    if (limit <= 0) return chosen;
    const papers = this.authorPapers;
    // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is skipped
    for (let id = 0; id < papers.length; id++) {
      if (!(papers[id] > 0)) continue;
      const figures = this.figuresOf(id);
      if (accept && !accept(figures.name)) continue;
      if (chosen.length >= limit) {
        // Stryker disable next-line EqualityOperator: two authors never compare equal (names differ)
        if (compare(figures, chosen[chosen.length - 1]) >= 0) continue;
        chosen.pop();
      }
      // Stryker disable next-line ConditionalExpression: inserting in order instead of sorting once at the end gives the same list
      if (limit === Infinity) chosen.push(figures);
      else chosen.splice(insertionPoint(chosen, figures, compare), 0, figures);
    }
    // Stryker disable next-line ConditionalExpression: sorting a list kept in order changes nothing
    if (limit === Infinity) chosen.sort(compare);
    return chosen;
  }

  private figuresOf(id: number): AuthorFigures {
    return { name: authorKeyTable.keyOf(id), papers: this.authorPapers[id], votes: this.authorVotes[id] };
  }

  /** The dated entries that list this author, newest first. */
  papersOf(name: string): IndexedPaper[] {
    const id = authorKeyTable.find(authorKey(name));
    const found: IndexedPaper[] = [];
    // Stryker disable next-line ConditionalExpression: a shortcut; no entry holds an unknown author
    if (id === undefined) return found;
    for (const file of this.files.values()) {
      for (const day of file.days) {
        if (day.date === null) continue;
        for (const paper of day.papers) if (paper.authorIds.includes(id)) found.push(paper);
      }
    }
    return found.sort((a, b) => (a.day.date === b.day.date ? compareTopPapers(a, b) : a.day.date! < b.day.date! ? 1 : -1));
  }

  /** The dated entries with the most votes (all of them, or of one `YYYY-MM`), in {@link compareTopPapers} order. */
  top(limit: number, month?: string): IndexedPaper[] {
    // Stryker disable next-line StringLiteral: any text that is not a month keeps "all months" apart
    const key = `${limit}:${month ?? ''}`;
    let cached = this.cachedTop.get(key);
    // Stryker disable next-line ConditionalExpression: a cache; choosing again gives the same papers
    if (!cached) {
      cached = [];
      if (limit > 0) {
        for (const file of this.files.values()) {
          for (const day of file.days) {
            if (day.date === null || (month !== undefined && !day.date.startsWith(month))) continue;
            for (const paper of day.papers) {
              if (cached.length >= limit) {
                // Stryker disable next-line EqualityOperator: two entries never compare equal (file and line differ)
                if (compareTopPapers(paper, cached[cached.length - 1]) >= 0) continue;
                cached.pop();
              }
              cached.splice(insertionPoint(cached, paper, compareTopPapers), 0, paper);
            }
          }
        }
      }
      // Stryker disable next-line CallExpression: a cache; choosing again gives the same papers
      this.cachedTop.set(key, cached);
    }
    return [...cached];
  }

  private tally(file: IndexedFile, sign: 1 | -1): void {
    const authorPapers = this.authorPapers;
    const authorVotes = this.authorVotes;
    // Numbers given out since the last count start at 0 entries, so the arrays stay dense.
    // Stryker disable next-line EqualityOperator: one spare slot past the numbers given out is never read
    for (let id = authorPapers.length; id < authorKeyTable.size; id++) {
      authorPapers.push(0);
      authorVotes.push(0);
    }
    for (const day of file.days) {
      const date = day.date;
      if (date === null) continue;
      const month = date.slice(0, 7);
      let monthTally = this.monthTallies.get(month);
      if (!monthTally) this.monthTallies.set(month, (monthTally = { papers: 0, votes: 0, dates: new Map() }));
      addCount(monthTally.dates, date, sign);
      addCount(this.dates, date, sign);
      for (const paper of day.papers) {
        const votes = paper.votes ?? 0;
        monthTally.papers += sign;
        monthTally.votes += sign * votes;
        this.paperCount += sign;
        this.voteCount += sign * votes;
        const ids = paper.authorIds;
        // Stryker disable next-line EqualityOperator: one step past the end counts under the key "undefined", which no author has
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i];
          const before = authorPapers[id];
          authorPapers[id] = before + sign;
          authorVotes[id] += sign * votes;
          if (before === 0) this.authorsCounted++;
          else if (before + sign === 0) this.authorsCounted--;
        }
      }
      if (monthTally.dates.size === 0) this.monthTallies.delete(month);
    }
    this.cachedMonths = null;
    this.cachedTop = new Map();
  }
}

function addCount(map: Map<string, number>, key: string, sign: 1 | -1): void {
  const count = (map.get(key) ?? 0) + sign;
  if (count > 0) map.set(key, count);
  else map.delete(key);
}

function insertionPoint<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // Stryker disable next-line EqualityOperator: the lists sorted here hold no two items that compare equal
    if (compare(sorted[middle], item) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What {@link followIndex} needs of the workspace index. */
export interface StatsSource {
  days(): readonly { readonly file: IndexedFile }[];
  file(uri: string): IndexedFile | undefined;
  onDidChange(listener: (change: { readonly uris: readonly string[] }) => void): { dispose(): void };
}

/** Files brought up to date in one go; a larger change (a rebuild of the whole index) yields between chunks. */
export const STATS_CHUNK_FILES = 200;

/**
 * Stats of every file of the index, updated file by file as the index changes; `onChange` runs after each
 * update. A change of more than {@link STATS_CHUNK_FILES} files is worked through in chunks that yield to
 * the event loop, so a rebuild of thousands of digests never blocks the host; the figures are current,
 * and `onChange` runs once, when the last chunk is done.
 */
export function followIndex(index: StatsSource, onChange?: () => void): { stats: ArchiveStats; dispose(): void } {
  const stats = new ArchiveStats();
  const files = new Set<IndexedFile>();
  for (const day of index.days()) files.add(day.file);
  for (const file of files) stats.setFile(file);
  const pending: string[] = [];
  let draining = false;
  let disposed = false;
  const drain = async () => {
    draining = true;
    while (pending.length > 0 && !disposed) {
      for (const uri of pending.splice(0, STATS_CHUNK_FILES)) stats.update(uri, index.file(uri));
      if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    draining = false;
    if (!disposed) onChange?.();
  };
  const subscription = index.onDidChange(({ uris }) => {
    if (!draining && uris.length <= STATS_CHUNK_FILES) {
      for (const uri of uris) stats.update(uri, index.file(uri));
      onChange?.();
      return;
    }
    pending.push(...uris);
    if (!draining) void drain();
  });
  return {
    stats,
    dispose: () => {
      disposed = true;
      subscription.dispose();
    },
  };
}
