import { consoleLogger, createDigestService } from '../src/core/digest-service';
import { AuthorTreeModel } from '../src/vscode/authors/author-tree-model';
import { bestTimesInterleaved, type Target } from './measure';
import { MemoryFileSystem } from './memory-file-system';
import type { Sample } from './samples';

const MIN_FILES = 3_000;
/** Copies whose author names differ, so the archive has tens of thousands of distinct names. */
const NAME_VARIANTS = 20;
const STATS_BUDGET_SECONDS = 0.05;
const FIRST_CHILDREN_BUDGET_SECONDS = 0.02;

/** Author names varied between copies, so that the archive has tens of thousands of distinct names. */
function withNameVariant(text: string, copy: number): string {
  const variant = copy % NAME_VARIANTS;
  return variant === 0 ? text : text.replace(/^(Authors:.*)$/gm, (line) => line.replace(/([^,:\]['"]+?)(\s*)(,|$)/g, `$1 ${variant}$2$3`));
}

/**
 * The archive stats from a built index of 3,000 files, and the Authors view's first children from those
 * stats, against the budgets (50 ms and 20 ms) measured on this machine.
 */
export async function benchStats(samples: Sample[], log: (line: string) => void): Promise<Target[]> {
  const core = createDigestService({ logger: consoleLogger, fileSystem: new MemoryFileSystem(samples, MIN_FILES, withNameVariant) });
  const index = core.createIndex();
  await index.build();
  const { files, papers } = index.counts();
  let stats = core.followIndex(index).stats;
  const [statsSeconds] = bestTimesInterleaved(5, [
    () => {
      stats = core.followIndex(index).stats;
      stats.months();
      stats.top(20);
    },
  ]);
  const [childrenSeconds] = bestTimesInterleaved(5, [() => new AuthorTreeModel(stats, { sort: 'papers', filter: '' }).children()]);
  log(`stats: ${files} files, ${papers} papers, ${stats.authorCount} distinct authors`);
  log(`  stats from the index     ${(statsSeconds * 1000).toFixed(1)} ms (budget ${STATS_BUDGET_SECONDS * 1000} ms)`);
  log(`  Authors view, first page ${(childrenSeconds * 1000).toFixed(1)} ms (budget ${FIRST_CHILDREN_BUDGET_SECONDS * 1000} ms)`);
  return [
    { name: 'stats from a 3,000-file index vs 50 ms', ratio: statsSeconds / STATS_BUDGET_SECONDS, goal: 1, kind: 'max' },
    { name: 'Authors view first children vs 20 ms', ratio: childrenSeconds / FIRST_CHILDREN_BUDGET_SECONDS, goal: 1, kind: 'max' },
  ];
}
