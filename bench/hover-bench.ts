import type { FileFilter } from '../src/core/index/file-filter';
import type { WorkspaceFileSystem } from '../src/core/index/file-system';
import { paperCard } from '../src/core/hover-card';
import type { IndexedPaper } from '../src/core/index/records';
import { WorkspaceIndex } from '../src/core/index/workspace-index';
import { bestTimesInterleaved, type Target } from './measure';
import type { Sample } from './samples';

const MIN_FILES = 3_000;
const CARDS_PER_RUN = 2_000;
/** What a hover may take to feel instant (the budget). */
const CARD_BUDGET_MS = 1;

/** The samples repeated as files of an in-memory workspace, without the disk of the index section. */
class SampleFileSystem implements WorkspaceFileSystem {
  readonly files = new Map<string, Uint8Array>();

  constructor(samples: Sample[]) {
    const encoder = new TextEncoder();
    for (let copy = 0; this.files.size < MIN_FILES; copy++) {
      samples.forEach((sample, i) => this.files.set(`mem:/ws/${copy}/${i}.md`, encoder.encode(sample.text)));
    }
  }

  async findFiles(filter: FileFilter): Promise<string[]> {
    return [...this.files.keys()].filter((uri) => filter.matches(uri.slice('mem:/ws/'.length)));
  }

  async readFile(uri: string): Promise<Uint8Array> {
    const bytes = this.files.get(uri);
    if (!bytes) throw new Error(`no file ${uri}`);
    return bytes;
  }

  relativePath(uri: string): string | null {
    return uri.startsWith('mem:/ws/') ? uri.slice('mem:/ws/'.length) : null;
  }
}

/**
 * The hover card of a paper in a 3,000-file workspace index, as the hover builds it: every appearance
 * of the paper looked up (each paper is on one day per copy of the samples), then the Markdown.
 */
export async function benchHover(samples: Sample[], log: (line: string) => void): Promise<Target[]> {
  const fileSystem = new SampleFileSystem(samples);
  const index = new WorkspaceIndex({ fileSystem });
  await index.build();
  const papers = [...index.papers()].filter((paper): paper is IndexedPaper & { id: string } => paper.id !== null);
  if (!papers.length) throw new Error('the index found no papers with an arXiv id');
  const step = Math.max(1, Math.floor(papers.length / CARDS_PER_RUN));
  const chosen = papers.filter((_, i) => i % step === 0).slice(0, CARDS_PER_RUN);
  let characters = 0;
  const cards = () => {
    for (const paper of chosen) characters += paperCard(paper, index.papersById(paper.id), { showThumbnail: true }).length;
  };
  const [seconds] = bestTimesInterleaved(5, [cards]);
  const perCardMs = (seconds * 1000) / chosen.length;
  const { files, papers: count } = index.counts();
  log(`hover: ${fileSystem.files.size} files (${files} digests), ${count} papers; ${chosen.length} cards, each paper on ${index.papersById(chosen[0].id).length} days`);
  const runs = 6; // the warm-up and five timed runs
  log(`  card build         ${(perCardMs * 1000).toFixed(1)} µs per card, ${Math.round(characters / runs / chosen.length)} characters on average`);
  return [{ name: 'hover card build (3,000-file index) vs a 1 ms budget', ratio: perCardMs / CARD_BUDGET_MS, goal: 1, kind: 'max' }];
}
