import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exportDigest, type ExportedFile } from '../../../src/core/export';
import { parseDigest } from '../../../src/core/parser/parser';

/**
 * A summary bullet as stored in corpus-export.expected.json: its length, its first characters (to check
 * by eye against the Markdown) and a hash of the whole text. The corpus (CC BY-NC) is not copied into
 * this repository, so the bullets themselves are not stored; any change to a bullet changes its line.
 */
export function bulletFingerprint(text: string): string {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return `${text.length} ${hash} ${[...text].slice(0, 16).join('')}`;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
    });
}

/** The export of every Markdown file of the corpus that has a day section, with bullets as fingerprints. */
export function exportCorpus(corpus: string): ExportedFile[] {
  return markdownFiles(corpus)
    .map((path) => exportDigest(relative(corpus, path), parseDigest(readFileSync(path, 'utf8'))))
    .filter((file) => file.days.length > 0)
    .map((file) => ({
      ...file,
      days: file.days.map((day) => ({ ...day, papers: day.papers.map((paper) => ({ ...paper, summary: paper.summary.map(bulletFingerprint) })) })),
    }));
}
