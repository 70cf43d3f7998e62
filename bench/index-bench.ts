import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeFileSystem } from '../src/cli/node-file-system';
import { consoleLogger, createDigestService, createFileFilter, forEachConcurrent } from '../src/core/digest-service';
import { bestTimesInterleavedAsync, type Target } from './measure';
import type { Sample } from './samples';

const MIN_FILES = 3_000;
const CONCURRENCY = 16;

/**
 * The workspace index on the samples replicated to at least 3,000 files in a temporary folder:
 * a cold build (listing, reading, parsing) against reading the same files, and its heap against their bytes.
 */
export async function benchIndex(samples: Sample[], log: (line: string) => void): Promise<Target[]> {
  const folder = mkdtempSync(join(tmpdir(), 'daily-papers-index-bench-'));
  try {
    const bytes = writeCopies(samples, folder);
    const fileSystem = new NodeFileSystem([folder]);
    const uris = await fileSystem.findFiles(createFileFilter());
    const paths = uris.map((uri) => fileURLToPath(uri));
    const read = () => forEachConcurrent(paths, CONCURRENCY, async (path) => void (await readFile(path, 'utf8')));
    const index = () => createDigestService({ logger: consoleLogger, fileSystem }).createIndex({ concurrency: CONCURRENCY }).build();
    const [readSeconds, indexSeconds] = await bestTimesInterleavedAsync(5, [read, index]);
    log(`index: ${(bytes / 1e6).toFixed(1)} MB in ${uris.length} files`);
    log(`  read files         ${(readSeconds * 1000).toFixed(0)} ms`);
    log(`  cold index         ${(indexSeconds * 1000).toFixed(0)} ms`);
    const targets: Target[] = [
      {
        name: 'cold index vs reading the files',
        ratio: indexSeconds / readSeconds,
        goal: 2,
        kind: 'max',
        figure: `${(indexSeconds * 1000).toFixed(0)} ms (${uris.length} files, ${(bytes / 1e6).toFixed(0)} MB)`,
        baseline: `reading them ${(readSeconds * 1000).toFixed(0)} ms`,
      },
    ];
    const heap = await indexHeapBytes(fileSystem);
    if (heap === null) {
      log('  index heap         not measured (run node with --expose-gc)');
    } else {
      log(`  index heap         ${(heap / 1e6).toFixed(1)} MB`);
      targets.push({
        name: 'index heap vs bytes of text indexed',
        ratio: heap / bytes,
        goal: 3,
        kind: 'max',
        figure: `${(heap / 1e6).toFixed(1)} MB heap`,
        baseline: `${(bytes / 1e6).toFixed(1)} MB of text`,
      });
    }
    return targets;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Writes the samples again and again, one folder per copy, until there are enough files; returns their bytes. */
function writeCopies(samples: Sample[], folder: string): number {
  let bytes = 0;
  let files = 0;
  for (let copy = 0; files < MIN_FILES; copy++) {
    const copyFolder = join(folder, String(copy).padStart(4, '0'));
    mkdirSync(copyFolder);
    samples.forEach((sample, i) => {
      writeFileSync(join(copyFolder, `${String(i).padStart(3, '0')}-${basename(sample.file)}`), sample.text);
      bytes += Buffer.byteLength(sample.text);
      files++;
    });
  }
  return bytes;
}

/** Heap kept by a built index (after one search, which adds its folded keys), or null without `global.gc`. */
async function indexHeapBytes(fileSystem: NodeFileSystem): Promise<number | null> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  const before = process.memoryUsage().heapUsed;
  const index = createDigestService({ logger: consoleLogger, fileSystem }).createIndex({ concurrency: CONCURRENCY });
  await index.build();
  index.search('language model');
  gc();
  const after = process.memoryUsage().heapUsed;
  if (index.counts().papers === 0) throw new Error('the index found no papers');
  return after - before;
}
