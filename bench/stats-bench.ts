import type { FileFilter } from '../src/core/index/file-filter';
import type { WorkspaceFileSystem } from '../src/core/index/file-system';
import { WorkspaceIndex } from '../src/core/index/workspace-index';
import { followIndex } from '../src/core/stats';
import { AuthorTreeModel } from '../src/vscode/authors/author-tree-model';
import { bestTimesInterleaved, type Target } from './measure';
import type { Sample } from './samples';

const MIN_FILES = 3_000;
/** Copies whose author names differ, so the archive has tens of thousands of distinct names. */
const NAME_VARIANTS = 20;
const STATS_BUDGET_SECONDS = 0.05;
const FIRST_CHILDREN_BUDGET_SECONDS = 0.02;

/** The samples copied to 3,000 files in memory (no disk: this section measures the stats, not reading). */
class CopiesFileSystem implements WorkspaceFileSystem {
  private readonly files = new Map<string, Uint8Array>();

  constructor(samples: Sample[]) {
    const encoder = new TextEncoder();
    for (let copy = 0; this.files.size < MIN_FILES; copy++) {
      const variant = copy % NAME_VARIANTS;
      samples.forEach((sample, i) => {
        const text = variant === 0 ? sample.text : sample.text.replace(/^(Authors:.*)$/gm, (line) => line.replace(/([^,:\]\['"]+?)(\s*)(,|$)/g, `$1 ${variant}$2$3`));
        this.files.set(`mem:/bench/${copy}/${i}.md`, encoder.encode(text));
      });
    }
  }

  async findFiles(filter: FileFilter): Promise<string[]> {
    return [...this.files.keys()].filter((uri) => filter.matches(uri.slice('mem:/bench/'.length)));
  }

  async readFile(uri: string): Promise<Uint8Array> {
    const bytes = this.files.get(uri);
    if (!bytes) throw new Error(`no file ${uri}`);
    return bytes;
  }

  relativePath(uri: string): string | null {
    return uri.startsWith('mem:/bench/') ? uri.slice('mem:/bench/'.length) : null;
  }
}

/**
 * The archive stats from a built index of 3,000 files, and the Authors view's first children from those
 * stats, against the budgets (50 ms and 20 ms) measured on this machine.
 */
export async function benchStats(samples: Sample[], log: (line: string) => void): Promise<Target[]> {
  const index = new WorkspaceIndex({ fileSystem: new CopiesFileSystem(samples) });
  await index.build();
  const { files, papers } = index.counts();
  let stats = followIndex(index).stats;
  const [statsSeconds] = bestTimesInterleaved(5, [
    () => {
      stats = followIndex(index).stats;
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
