import { consoleLogger, createDigestService, type IndexedPaper } from '../src/core/digest-service';
import { bestTimesInterleaved, type Target } from './measure';
import { MemoryFileSystem } from './memory-file-system';
import type { Sample } from './samples';

const MIN_FILES = 3_000;
const CARDS_PER_RUN = 2_000;
/** What a hover may take to feel instant (the budget). */
const CARD_BUDGET_MS = 1;

/**
 * The hover card of a paper in a 3,000-file workspace index, as the hover builds it: every appearance
 * of the paper looked up (each paper is on one day per copy of the samples), then the Markdown.
 */
export async function benchHover(samples: Sample[], log: (line: string) => void): Promise<Target[]> {
  const fileSystem = new MemoryFileSystem(samples, MIN_FILES);
  const core = createDigestService({ logger: consoleLogger, fileSystem });
  const index = core.createIndex();
  await index.build();
  const papers = [...index.papers()].filter((paper): paper is IndexedPaper & { id: string } => paper.id !== null);
  if (!papers.length) throw new Error('the index found no papers with an arXiv id');
  const step = Math.max(1, Math.floor(papers.length / CARDS_PER_RUN));
  const chosen = papers.filter((_, i) => i % step === 0).slice(0, CARDS_PER_RUN);
  let characters = 0;
  const cards = () => {
    for (const paper of chosen) characters += core.paperCard(paper, index.papersById(paper.id), { showThumbnail: true }).length;
  };
  const [seconds] = bestTimesInterleaved(5, [cards]);
  const perCardMs = (seconds * 1000) / chosen.length;
  const { files, papers: count } = index.counts();
  log(`hover: ${fileSystem.files.size} files (${files} digests), ${count} papers; ${chosen.length} cards, each paper on ${index.papersById(chosen[0].id).length} days`);
  const runs = 6; // the warm-up and five timed runs
  log(`  card build         ${(perCardMs * 1000).toFixed(1)} µs per card, ${Math.round(characters / runs / chosen.length)} characters on average`);
  return [{ name: 'hover card build (3,000-file index) vs a 1 ms budget', ratio: perCardMs / CARD_BUDGET_MS, goal: 1, kind: 'max' }];
}
