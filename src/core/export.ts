/** The `daily-papers export` JSON shape: 1-based lines, plain values, stable field order. */

import type { DaySection, Digest, PaperEntry } from './model';

export interface ExportedPaper {
  id: string | null;
  title: string;
  url: string | null;
  line: number;
  votes: number | null;
  authors: string[] | null;
  media: { kind: 'image' | 'video'; url: string } | null;
  summary: string[];
}

export interface ExportedDay {
  date: string;
  line: number;
  papers: ExportedPaper[];
}

export interface ExportedFile {
  file: string;
  days: ExportedDay[];
}

export function exportDigest(file: string, digest: Digest): ExportedFile {
  return { file, days: digest.days.map(exportDay) };
}

function exportDay(day: DaySection): ExportedDay {
  return {
    date: day.date ?? day.normalizedDateText ?? day.dateText,
    line: day.headingRange.start.line + 1,
    papers: day.papers.map(exportPaper),
  };
}

export function exportPaper(paper: PaperEntry): ExportedPaper {
  return {
    id: paper.id,
    title: paper.title,
    url: paper.url,
    line: paper.headingRange.start.line + 1,
    votes: paper.votes?.value ?? null,
    authors: paper.authors ? paper.authors.names : null,
    media: paper.media ? { kind: paper.media.kind, url: paper.media.url } : null,
    summary: paper.summary.map((bullet) => bullet.text),
  };
}
