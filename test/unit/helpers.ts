import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from '../../src/core/logger';
import type { PaperEntry } from '../../src/core/model';
import { parseDigest } from '../../src/core/parser/parser';

export const REPO = resolve(__dirname, '..', '..');
export const SEEDS = resolve(REPO, 'seeds');
/** The shared sample of real digests (CC BY-NC 4.0, l-yohai/daily_papers_ko), beside the checkout when present. */
export const CORPUS = resolve(REPO, '..', 'shared', 'corpus');
export const HAS_CORPUS = existsSync(resolve(CORPUS, 'expected.json'));

/** A canonical entry, with parts replaceable for the deviation under test. */
export function entry(parts: Partial<Record<'heading' | 'media' | 'vote' | 'authors' | 'summary', string | null>> = {}): string {
  const fields = {
    heading: '### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)',
    media: '![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png)',
    vote: 'Vote: 16',
    authors: 'Authors: Dylan J. Foster, Keegan Harris, Aleksandrs Slivkins',
    summary: '- first summary bullet\n- second summary bullet',
    ...parts,
  };
  return [fields.heading, fields.media, fields.vote, fields.authors, fields.summary].filter((part) => part !== null).join('\n\n');
}

export function digest(...entries: string[]): string {
  return ['## Daily Papers (2024-03-25)', ...entries].join('\n\n') + '\n';
}

/** Parses a one-day digest and returns its only paper. */
export function onlyPaper(text: string): PaperEntry {
  const parsed = parseDigest(text);
  const papers = [...parsed.days.flatMap((day) => day.papers), ...parsed.orphanPapers];
  if (papers.length !== 1) throw new Error(`expected one paper, found ${papers.length}`);
  return papers[0];
}

/** The text a range covers, for asserting positions the way an editor would show them. */
export function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [
    lines[range.start.line].slice(range.start.character),
    ...lines.slice(range.start.line + 1, range.end.line),
    lines[range.end.line].slice(0, range.end.character),
  ].join('\n');
}

/** A logger for tests that expect the core to log: what it received, one string per call. */
export function recordingLogger(): Logger & { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const text = (message: string, details: unknown[]) => [message, ...details.map((detail) => (detail instanceof Error ? detail.message : String(detail)))].join(' ');
  return {
    errors,
    warnings,
    error: (message, ...details) => errors.push(text(message, details)),
    warn: (message, ...details) => warnings.push(text(message, details)),
  };
}

/** The parts of package.json the manifest tests read. */
export interface Manifest {
  version: string;
  contributes: {
    commands: { command: string; title: string }[];
    menus: Record<string, { command: string; when?: string; group?: string }[]>;
    configuration: { properties: Record<string, ManifestSetting> };
    jsonValidation: { fileMatch: string; url: string }[];
  };
}

export interface ManifestSetting {
  default?: unknown;
  scope?: string;
  propertyNames?: { enum: string[] };
  additionalProperties?: { enum: string[] };
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')) as Manifest;
}
