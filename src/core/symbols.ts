/**
 * Document symbols (days containing papers, for the Outline view and breadcrumbs) and workspace symbols
 * (Go to Symbol in Workspace finds a paper by title, author or id), as LSP-shaped plain data.
 */

import { translator, type Translate } from './l10n';
import { authorsShort, dayLabel, paperDescription, paperTitle } from './labels';
import type { DaySection, Digest, PaperEntry, Range } from './model';
import { MatchedField, matchingAuthors, queryWords, type SearchHit } from './workspace/search';

/** The LSP's SymbolKind numbers for the two kinds a digest has. */
export const SymbolKind = { Namespace: 3, Object: 19 } as const;
export type SymbolKind = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface DocumentSymbol {
  name: string;
  detail: string;
  kind: SymbolKind;
  /** The whole section or entry. */
  range: Range;
  /** The heading, shown when the symbol is picked. */
  selectionRange: Range;
  children: DocumentSymbol[];
}

export interface WorkspaceSymbol {
  name: string;
  kind: SymbolKind;
  containerName: string;
  location: { uri: string; range: Range };
}

export interface SymbolOptions {
  /** The display language of the day's weekday and paper count (a BCP 47 tag); English when absent. */
  locale?: string;
}

/** One symbol per day with its papers as children, then the papers outside any day. */
export function documentSymbols(digest: Digest, options: SymbolOptions = {}): DocumentSymbol[] {
  const t = translator(options.locale);
  return [...digest.days.map((day) => daySymbol(day, options.locale, t)), ...digest.orphanPapers.map((paper) => paperSymbol(paper, options.locale))];
}

function daySymbol(day: DaySection, locale: string | undefined, t: Translate): DocumentSymbol {
  const dateText = day.date ?? day.normalizedDateText ?? day.dateText;
  const count = day.papers.length;
  return {
    name: dayLabel(dateText, day.date !== null, locale),
    detail: count === 1 ? t('preview.onePaper') : t('preview.papers', count),
    kind: SymbolKind.Namespace,
    range: day.range,
    selectionRange: day.headingRange,
    children: day.papers.map((paper) => paperSymbol(paper, locale)),
  };
}

function paperSymbol(paper: PaperEntry, locale: string | undefined): DocumentSymbol {
  return {
    name: paperTitle(paper.title, locale),
    detail: paperDescription(paper.votes?.value ?? null, paper.authors ? [...new Set(paper.authors.names)] : [], locale),
    kind: SymbolKind.Object,
    range: paper.range,
    selectionRange: paper.headingRange,
    children: [],
  };
}

/** The search hits as symbols; the name shows what matched beyond the title, since Quick Open filters by name. */
export function workspaceSymbols(query: string, hits: readonly SearchHit[]): WorkspaceSymbol[] {
  const words = queryWords(query);
  if (!words.length) return [];
  return hits.map(({ paper, fields }) => {
    let name = paperTitle(paper.title);
    if (fields & MatchedField.Author) name += ` — ${matchingAuthors(paper, words).join(', ')}`;
    if (fields & MatchedField.Id && paper.id) name += ` (${paper.id})`;
    const containerName = [paper.day.dateText, authorsShort(paper.authors)].filter(Boolean).join(' · ');
    return { name, kind: SymbolKind.Object, containerName, location: { uri: paper.day.file.uri, range: paper.headingRange } };
  });
}
