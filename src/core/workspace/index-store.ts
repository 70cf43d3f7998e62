/** The index's tables: files by URI, plus the lookups that are asked for often (papers by id, days by date). */

import type { IndexedDay, IndexedFile, IndexedPaper } from './records';

export class IndexStore {
  private readonly files = new Map<string, IndexedFile>();
  private readonly papersById = new Map<string, IndexedPaper[]>();
  private readonly daysByDate = new Map<string, IndexedDay[]>();
  private sortedDays: IndexedDay[] | null = null;
  private paperCount = 0;
  private dayCount = 0;

  get(uri: string): IndexedFile | undefined {
    return this.files.get(uri);
  }

  uris(): IterableIterator<string> {
    return this.files.keys();
  }

  get size(): number {
    return this.files.size;
  }

  counts(): { files: number; days: number; papers: number } {
    return { files: this.files.size, days: this.dayCount, papers: this.paperCount };
  }

  set(file: IndexedFile): void {
    this.delete(file.uri);
    this.files.set(file.uri, file);
    for (const day of file.days) {
      this.dayCount++;
      // Stryker disable next-line ConditionalExpression: no caller asks for the days of a null date
      if (day.dateText !== null) push(this.daysByDate, day.dateText, day);
      for (const paper of day.papers) {
        this.paperCount++;
        // Stryker disable next-line ConditionalExpression: no caller asks for the papers of a null id
        if (paper.id !== null) push(this.papersById, paper.id, paper);
      }
    }
    this.sortedDays = null;
  }

  delete(uri: string): boolean {
    const file = this.files.get(uri);
    if (!file) return false;
    this.files.delete(uri);
    for (const day of file.days) {
      this.dayCount--;
      // Stryker disable next-line ConditionalExpression: no caller asks for the days of a null date
      if (day.dateText !== null) remove(this.daysByDate, day.dateText, (each) => each.file === file);
      for (const paper of day.papers) {
        this.paperCount--;
        // Stryker disable next-line ConditionalExpression: no caller asks for the papers of a null id
        if (paper.id !== null) remove(this.papersById, paper.id, (each) => each.day.file === file);
      }
    }
    this.sortedDays = null;
    return true;
  }

  /** Every day section, oldest first; undated groups last; ties by file and position. */
  days(): readonly IndexedDay[] {
    // Stryker disable next-line ConditionalExpression: a cache; sorting again gives the same days
    if (!this.sortedDays) {
      const days: IndexedDay[] = [];
      for (const file of this.files.values()) days.push(...file.days);
      this.sortedDays = days.sort(compareDays);
    }
    return this.sortedDays;
  }

  *papers(): IterableIterator<IndexedPaper> {
    for (const day of this.days()) yield* day.papers;
  }

  papersWithId(id: string): readonly IndexedPaper[] {
    return this.papersById.get(id) ?? [];
  }

  daysWithDate(dateText: string): readonly IndexedDay[] {
    return this.daysByDate.get(dateText) ?? [];
  }
}

export function compareDays(a: IndexedDay, b: IndexedDay): number {
  if (a.dateText !== b.dateText) {
    if (a.dateText === null) return 1;
    if (b.dateText === null) return -1;
    return a.dateText < b.dateText ? -1 : 1;
  }
  if (a.file.uri !== b.file.uri) return a.file.uri < b.file.uri ? -1 : 1;
  return a.headingRange.start.line - b.headingRange.start.line;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function remove<K, V>(map: Map<K, V[]>, key: K, matches: (value: V) => boolean): void {
  const list = map.get(key);
  if (!list) return;
  const kept = list.filter((value) => !matches(value));
  if (kept.length) map.set(key, kept);
  else map.delete(key);
}
