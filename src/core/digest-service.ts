/**
 * The one door into the core. `createDigestService({ logger, fileSystem })` returns everything the
 * extension, the CLI and the benchmark do with digests; the logger and the file system are passed in
 * once, here, and every feature that can survive a bug reports it there. Besides the service, this module
 * exports the model's types and the core's pure helpers (URLs, labels, escaping, constants), which need
 * neither a logger nor files. Nothing outside `src/core/` imports any other core module (a unit test checks).
 */

import { bibtexEntry, type BibtexPaper } from './bibtex';
import { exportDigest, type ExportedFile } from './export';
import { applyEdits, differenceAsEdit, fixAll, type FixAllOptions, type FixAllResult } from './fix';
import { foldingRanges, type FoldingRange } from './folding';
import { paperCard, unknownPaperCard, type CardOptions } from './hover-card';
import { fetchFeedDay, mergeDay, renderDaySection, voteEdits, type RenderOptions as FeedRenderOptions } from './huggingface';
import { createInMemoryFacts, type DigestSource } from './in-memory-facts';
import { lint, type LintDiagnostic, type LintOptions } from './lint';
import type { Logger } from './logger';
import type { Digest } from './model';
import { parseDigest } from './parser/parser';
import { CardCache, renderDigestHtml, renderDigestParts, renderedDigestHtml, type RenderedDigest, type RenderOptions } from './render';
import type { TextEdit } from './rules';
import { ArchiveStats, followIndex, type StatsSource } from './stats';
import { documentSymbols, workspaceSymbols, type DocumentSymbol, type SymbolOptions, type WorkspaceSymbol } from './symbols';
import type { WorkspaceFacts } from './workspace-facts';
import type { WorkspaceFileSystem } from './workspace/file-system';
import { indexDigest, type IndexedFile, type IndexedPaper } from './workspace/records';
import type { SearchHit } from './workspace/search';
import { WorkspaceIndex, type WorkspaceIndexOptions } from './workspace/workspace-index';

export interface DigestServiceOptions {
  /** Where the core reports the bugs it survives (a rule or the parser throwing). */
  logger: Logger;
  /** The files the workspace index reads; only `createIndex` needs it. */
  fileSystem?: WorkspaceFileSystem;
}

export type ServiceLintOptions = Omit<LintOptions, 'logger'>;
export type ServiceFixAllOptions = Omit<FixAllOptions, 'logger'>;
export type IndexOptions = Omit<WorkspaceIndexOptions, 'fileSystem' | 'logger'>;

export interface DigestService {
  readonly logger: Logger;

  parse(text: string): Digest;

  lint(text: string, options?: ServiceLintOptions): LintDiagnostic[];
  fixAll(text: string, options?: ServiceFixAllOptions): FixAllResult;
  applyEdits(text: string, edits: readonly TextEdit[]): string;
  /** The smallest single edit that turns `before` into `after` (null when equal). */
  differenceAsEdit(before: string, after: string): TextEdit | null;
  /** Cross-file facts (duplicate days and papers) over texts at hand, for linting without an index. */
  inMemoryFacts(sources: readonly DigestSource[]): WorkspaceFacts;

  /** A workspace index over the service's file system (which it needs). */
  createIndex(options?: IndexOptions): WorkspaceIndex;
  indexDigest(uri: string, digest: Digest): IndexedFile;

  /** The outline; `locale` names the days and counts their papers in the display language. */
  documentSymbols(digest: Digest, options?: SymbolOptions): DocumentSymbol[];
  /** Search hits (from `WorkspaceIndex.search`) as symbols for Go to Symbol in Workspace. */
  workspaceSymbols(query: string, hits: readonly SearchHit[]): WorkspaceSymbol[];
  foldingRanges(digest: Digest): FoldingRange[];

  /** The hover card of a paper (Markdown), with the other days it appears on. */
  paperCard(paper: IndexedPaper, appearances: readonly IndexedPaper[], options: CardOptions): string;
  unknownPaperCard(id: string, locale?: string): string;

  renderDigestHtml(digest: Digest, options?: RenderOptions): string;
  renderDigestParts(digest: Digest, options?: RenderOptions): RenderedDigest;
  renderedDigestHtml(rendered: RenderedDigest): string;
  /** A cache of rendered cards, so that an edit renders only the cards it changed. */
  createCardCache(): CardCache;

  createArchiveStats(): ArchiveStats;
  /** Statistics kept up to date with an index; `onChange` after each update. */
  followIndex(index: StatsSource, onChange?: () => void): { stats: ArchiveStats; dispose(): void };

  exportDigest(file: string, digest: Digest): ExportedFile;
  bibtexEntry(paper: BibtexPaper): string;

  fetchFeedDay: typeof fetchFeedDay;
  mergeDay: typeof mergeDay;
  voteEdits: typeof voteEdits;
  renderDaySection: typeof renderDaySection;
}

export function createDigestService({ logger, fileSystem }: DigestServiceOptions): DigestService {
  return {
    logger,
    parse: (text) => parseDigest(text, { logger }),
    lint: (text, options = {}) => lint(text, { ...options, logger }),
    fixAll: (text, options = {}) => fixAll(text, { ...options, logger }),
    applyEdits,
    differenceAsEdit,
    inMemoryFacts: createInMemoryFacts,
    createIndex: (options = {}) => {
      if (!fileSystem) throw new Error('createIndex needs the digest service to have a fileSystem');
      return new WorkspaceIndex({ ...options, fileSystem, logger });
    },
    indexDigest,
    documentSymbols,
    workspaceSymbols,
    foldingRanges,
    paperCard,
    unknownPaperCard,
    renderDigestHtml,
    renderDigestParts,
    renderedDigestHtml,
    createCardCache: () => new CardCache(),
    createArchiveStats: () => new ArchiveStats(),
    followIndex,
    exportDigest,
    bibtexEntry,
    fetchFeedDay,
    mergeDay,
    voteEdits,
    renderDaySection,
  };
}

// The model's types and the types the service's answers carry.
export type * from './model';
export type { ArxivReference } from './arxiv';
export type { ReadSettings, RuleSettings } from './config';
export type { ExportedDay, ExportedFile, ExportedPaper } from './export';
export type { FixAllResult } from './fix';
export type { FoldingRange } from './folding';
export type { CardOptions } from './hover-card';
export type { FeedDay, FeedErrorKind, FeedPaper, FetchDayOptions, DayMerge, VoteRefresh } from './huggingface';
export type { DigestSource } from './in-memory-facts';
export type { LintDiagnostic } from './lint';
export type { Logger } from './logger';
export type { OverviewMessage } from './overview/overview-page';
export type { PaperChoice } from './paper-choices';
export type { RenderDiagnostic, RenderedDigest, RenderSeverity } from './render';
export type { Finding, Fix, RelatedLocation, Rule, Severity, SeveritySetting, TextEdit } from './rules';
export type { AuthorFigures, AuthorSort, MonthFigures, Totals } from './stats';
export type { DocumentSymbol, SymbolOptions, WorkspaceSymbol } from './symbols';
export type { DigestLocation, WorkspaceFacts } from './workspace-facts';
export type { FileFilter } from './workspace/file-filter';
export type { WorkspaceFileSystem } from './workspace/file-system';
export type { IndexedDay, IndexedFile, IndexedPaper, MediaKind } from './workspace/records';
export type { SearchHit } from './workspace/search';
export type { IndexChange } from './workspace/workspace-index';
export type { ArchiveStats, CardCache, FeedRenderOptions, RenderOptions, WorkspaceIndex };

// Pure helpers and constants: no logger, no files.
export { arxivAbsUrl, arxivPdfUrl, huggingFacePaperUrl, isValidArxivId } from './arxiv';
export { arxivMentionAt } from './arxiv-mention';
export { CONFIG_FILE_NAME, mergeRuleSettings, readConfigText, readRuleSettings } from './config';
export { findRule, RULES } from './rules';
export { isRealDate, recentDates } from './dates';
export { CARD_COMMANDS } from './hover-card';
export { DEFAULT_ENDPOINT, DEFAULT_SUMMARY_TEMPLATE, DEFAULT_TIMEOUT_SECONDS, FeedError } from './huggingface';
export { authorsShort, countOf, dayDescription, dayLabel, escapeMarkdown, markdownLink, monthName, paperDescription, paperTitle } from './labels';
export { ruleDescription, translator } from './l10n';
export { consoleLogger } from './logger';
export { overviewBody, OVERVIEW_TOP_AUTHORS, OVERVIEW_TOP_PAPERS, readOverviewMessage } from './overview/overview-page';
export { paperChoices } from './paper-choices';
export { isDigest } from './parser/parser';
export { lineEndingOf } from './parser/text';
export { contentSecurityPolicy, escapeHtml, renderPage } from './render';
export { safeUrl } from './render/urls';
export { authorComparator, authorKeysOf } from './stats';
export { SymbolKind } from './symbols';
export { forEachConcurrent } from './workspace/concurrency';
export { createFileFilter, DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from './workspace/file-filter';
export { foldForSearch, queryWords } from './workspace/search';
