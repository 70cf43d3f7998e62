/**
 * The workspace index: every digest among the workspace's Markdown files, kept up to date file by file.
 * It reads through a {@link WorkspaceFileSystem}, so it runs in the extension, the CLI and tests alike.
 *
 * Changes are queued per file and applied together after a short quiet period, one change event per
 * batch; a file's unsaved editor contents, when registered, win over what is on disk.
 */

import type { Logger } from '../logger';
import { parseDigest, isDigest } from '../parser/parser';
import type { DigestLocation, WorkspaceFacts } from '../workspace-facts';
import { forEachConcurrent } from './concurrency';
import { Emitter, type Disposable } from './emitter';
import { createFileFilter, type FileFilter } from './file-filter';
import { decodeText, type WorkspaceFileSystem } from './file-system';
import { compareDays, IndexStore } from './index-store';
import { indexDigest, type IndexedDay, type IndexedFile, type IndexedPaper } from './records';
import { compareHits, matchPaper, queryWords, foldForSearch, type SearchHit } from './search';

export interface WorkspaceIndexOptions {
  fileSystem: WorkspaceFileSystem;
  filter?: FileFilter;
  /** Quiet period before queued changes are applied (ms). */
  debounceMs?: number;
  /** Files read at the same time. */
  concurrency?: number;
  /** Where a parser bug is reported; the console when absent. */
  logger?: Logger;
}

export interface IndexChange {
  /** Files whose digests were added, changed or removed. */
  readonly uris: readonly string[];
}

/** What to do with a queued path: read it again (from the editor or disk), drop it, or look for files under it. */
type PendingWork = 'read' | 'delete' | 'scan';

const DEFAULT_DEBOUNCE_MS = 200;
const DEFAULT_CONCURRENCY = 16;
/** How often a cold build shows what it has read so far. */
const PROGRESSIVE_BATCH_MS = 200;

export class WorkspaceIndex implements WorkspaceFacts, Disposable {
  private readonly fileSystem: WorkspaceFileSystem;
  private filter: FileFilter;
  private readonly debounceMs: number;
  private readonly concurrency: number;
  private readonly logger: Logger | undefined;
  private store = new IndexStore();
  private readonly editorTexts = new Map<string, () => string>();
  private readonly pending = new Map<string, PendingWork>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private building: Promise<void> | null = null;
  private flushing: Promise<void> | null = null;
  private generation = 0;
  private readonly changes = new Emitter<IndexChange>();

  /** Fires once per applied batch of changes, and after each build. */
  readonly onDidChange = this.changes.event;

  constructor(options: WorkspaceIndexOptions) {
    this.fileSystem = options.fileSystem;
    this.filter = options.filter ?? createFileFilter();
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.logger = options.logger;
  }

  // ---- building ----

  /**
   * (Re)indexes the whole workspace. Queries keep answering from the previous index until it is done; a
   * first build (nothing indexed yet) shows files as they are read, firing a change every 200 ms.
   */
  build(onProgress?: (done: number, total: number) => void): Promise<void> {
    const generation = ++this.generation;
    const previous = this.building;
    const run = async (): Promise<void> => {
      await previous;
      await this.flushing;
      if (generation !== this.generation) return;
      const stale = () => generation !== this.generation;
      const uris = await this.fileSystem.findFiles(this.filter);
      const fresh = new IndexStore();
      // On a cold start there is nothing to keep showing: files appear as they are read, a batch at a time.
      const progressive = this.store.size === 0;
      if (progressive) this.store = fresh;
      let shown: string[] = [];
      let shownAt = Date.now();
      let done = 0;
      onProgress?.(0, uris.length);
      await forEachConcurrent(uris, this.concurrency, async (uri) => {
        const file = await this.load(uri);
        if (file && !stale()) {
          fresh.set(file);
          if (progressive) shown.push(uri);
        }
        if (shown.length && Date.now() - shownAt >= PROGRESSIVE_BATCH_MS && !stale()) {
          this.changes.fire({ uris: shown });
          shown = [];
          shownAt = Date.now();
        }
        onProgress?.(++done, uris.length);
      }, stale);
      if (stale()) return;
      if (progressive) {
        this.changes.fire({ uris: shown });
        return;
      }
      const touched = new Set([...this.store.uris(), ...fresh.uris()]);
      this.store = fresh;
      this.changes.fire({ uris: [...touched] });
    };
    const building = run().finally(() => {
      if (this.building === building) this.building = null;
    });
    this.building = building;
    return building;
  }

  /** Changes which files are indexed, and reindexes. */
  setFilter(filter: FileFilter): Promise<void> {
    this.filter = filter;
    return this.build();
  }

  get fileFilter(): FileFilter {
    return this.filter;
  }

  /** Whether the index reads this file (inside a workspace root, included and not excluded). */
  covers(uri: string): boolean {
    const path = this.fileSystem.relativePath(uri);
    return path !== null && this.filter.matches(path);
  }

  // ---- changes ----

  /** A file or folder appeared (created, or the new name of a rename). */
  fileCreated(uri: string): void {
    this.enqueue(uri, this.covers(uri) ? 'read' : 'scan');
  }

  fileChanged(uri: string): void {
    if (this.covers(uri) && !this.editorTexts.has(uri)) this.enqueue(uri, 'read');
  }

  /**
   * A file or folder disappeared; for a folder, every indexed file under it goes. Unsaved editor contents
   * of those files are forgotten too: a deleted file must not linger in the tree (typing brings it back).
   */
  fileDeleted(uri: string): void {
    const prefix = `${uri}/`;
    for (const each of [...this.editorTexts.keys()]) if (each === uri || each.startsWith(prefix)) this.editorTexts.delete(each);
    this.enqueue(uri, 'delete');
  }

  fileRenamed(oldUri: string, newUri: string): void {
    this.fileDeleted(oldUri);
    this.fileCreated(newUri);
  }

  /** A file has unsaved changes in an editor: its contents win over the disk until {@link clearEditorText}. */
  setEditorText(uri: string, getText: () => string): void {
    if (!this.covers(uri)) return;
    this.editorTexts.set(uri, getText);
    this.enqueue(uri, 'read');
  }

  /** The editor's changes were saved, reverted or closed: read the file from disk again. */
  clearEditorText(uri: string): void {
    if (this.editorTexts.delete(uri)) this.enqueue(uri, 'read');
  }

  /** Applies queued changes now and resolves once the index is up to date. */
  async settle(): Promise<void> {
    for (;;) {
      if (this.building) await this.building;
      else if (this.flushing) await this.flushing;
      else if (this.pending.size) await this.flush();
      else return;
    }
  }

  private enqueue(uri: string, work: PendingWork): void {
    this.pending.set(uri, work);
    // Stryker disable next-line ConditionalExpression: clearing no timer is harmless
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.debounceMs);
  }

  private flush(): Promise<void> {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,CallExpression: a timer left running only flushes an empty queue
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const previous = this.flushing;
    const flushing = (async () => {
      await previous;
      await this.building;
      const batch = [...this.pending];
      this.pending.clear();
      const changed = new Set<string>();
      await forEachConcurrent(batch, this.concurrency, async ([uri, work]) => {
        for (const each of await this.apply(uri, work)) changed.add(each);
      });
      if (changed.size) this.changes.fire({ uris: [...changed] });
    })().finally(() => {
      if (this.flushing === flushing) this.flushing = null;
    });
    this.flushing = flushing;
    return flushing;
  }

  /** Applies one queued change; returns the files whose digests changed. */
  private async apply(uri: string, work: PendingWork): Promise<string[]> {
    switch (work) {
      case 'delete': {
        const prefix = uri.endsWith('/') ? uri : `${uri}/`;
        const gone = [...this.store.uris()].filter((each) => each === uri || each.startsWith(prefix));
        for (const each of gone) this.store.delete(each);
        return gone;
      }
      case 'scan': {
        // Stryker disable next-line ArrayDeclaration: a made-up file found under the folder cannot be read, so it adds nothing
        const found = await this.fileSystem.findFiles(this.filter, uri).catch(() => []);
        const changed: string[] = [];
        for (const each of found) changed.push(...(await this.apply(each, 'read')));
        return changed;
      }
      case 'read': {
        const file = await this.load(uri);
        if (file) {
          this.store.set(file);
          return [uri];
        }
        return this.store.delete(uri) ? [uri] : [];
      }
    }
  }

  /** Reads and indexes one file; null when it cannot be read or is not a digest. */
  private async load(uri: string): Promise<IndexedFile | null> {
    const text = await this.readText(uri);
    if (text === null || !isDigest(text)) return null;
    return indexDigest(uri, parseDigest(text, { logger: this.logger }));
  }

  private async readText(uri: string): Promise<string | null> {
    const editorText = this.editorTexts.get(uri);
    if (editorText) return editorText();
    try {
      return decodeText(await this.fileSystem.readFile(uri));
    } catch {
      return null;
    }
  }

  // ---- queries ----

  get isBuilding(): boolean {
    return this.building !== null;
  }

  counts(): { files: number; days: number; papers: number } {
    return this.store.counts();
  }

  file(uri: string): IndexedFile | undefined {
    return this.store.get(uri);
  }

  /** Every day section in the workspace, oldest first (undated groups of papers last). */
  days(): readonly IndexedDay[] {
    return this.store.days();
  }

  papers(): IterableIterator<IndexedPaper> {
    return this.store.papers();
  }

  /** Every appearance of the paper, in day order. */
  papersById(id: string): readonly IndexedPaper[] {
    return [...this.store.papersWithId(id)].sort((a, b) => compareDays(a.day, b.day) || a.order - b.order);
  }

  /** Papers with this author (case and accents ignored), in day order. */
  papersByAuthor(name: string): IndexedPaper[] {
    const wanted = foldForSearch(name.trim());
    const found: IndexedPaper[] = [];
    for (const paper of this.store.papers()) {
      if (paper.authors.some((author) => foldForSearch(author) === wanted)) found.push(paper);
    }
    return found;
  }

  /** Papers matching every word of the query in title, authors or id, best first. */
  search(query: string, limit = Infinity): SearchHit[] {
    const words = queryWords(query);
    // Stryker disable next-line ConditionalExpression: a shortcut; no paper matches an empty query anyway
    if (!words.length) return [];
    const hits: SearchHit[] = [];
    for (const paper of this.store.papers()) {
      const hit = matchPaper(paper, words);
      if (hit) hits.push(hit);
    }
    hits.sort(compareHits);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: cutting a list at or beyond its length leaves it whole
    return hits.length > limit ? hits.slice(0, limit) : hits;
  }

  /** The day section and paper entry at a line of an indexed file (the paper whose heading precedes it). */
  at(uri: string, line: number): { day: IndexedDay; paper: IndexedPaper | null } | null {
    const file = this.store.get(uri);
    const day = file?.days.find((each) => each.range.start.line <= line && line <= each.range.end.line);
    if (!day) return null;
    let paper: IndexedPaper | null = null;
    for (const each of day.papers) {
      if (each.line > line) break;
      paper = each;
    }
    return { day, paper };
  }

  // ---- WorkspaceFacts ----

  otherDays(date: string, uri: string): DigestLocation[] {
    return this.store
      .daysWithDate(date)
      .filter((day) => day.file.uri !== uri)
      .map((day) => ({ uri: day.file.uri, range: day.headingRange, date: day.dateText }));
  }

  otherPapers(id: string, uri: string): DigestLocation[] {
    return this.papersById(id)
      .filter((paper) => paper.day.file.uri !== uri)
      .map((paper) => ({ uri: paper.day.file.uri, range: paper.headingRange, date: paper.day.dateText }));
  }

  dispose(): void {
    this.generation++;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,CallExpression: the queue is cleared below, so a timer left running flushes nothing
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.changes.dispose();
  }
}
