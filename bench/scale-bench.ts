import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from '../src/cli/node-file-system';
import { consoleLogger, createDigestService } from '../src/core/digest-service';
import { generateWorkspace } from '../test/scale/workspace-generator.mjs';
import { bestTimesInterleavedAsync, type Target } from './measure';
import type { Sample } from './samples';

/** The real archive: 357 daily files. */
const ARCHIVE_DIGESTS = 357;

/**
 * The cold index of a workspace ten times the real archive (test/scale/workspace-generator.mjs: 3,570 digests and
 * 300 other Markdown files) against one the size of the archive, per byte: 1× means it scales linearly.
 */
export async function benchScale(samples: Sample[], log: (line: string) => void): Promise<Target[]> {
  const texts = samples.map((sample) => sample.text);
  const folder = mkdtempSync(join(tmpdir(), 'daily-papers-scale-bench-'));
  try {
    const one = generateWorkspace(join(folder, '1x'), { digests: ARCHIVE_DIGESTS, notes: 30, samples: texts });
    const ten = generateWorkspace(join(folder, '10x'), { digests: ARCHIVE_DIGESTS * 10, notes: 300, samples: texts });
    const build = (root: string) => () => createDigestService({ logger: consoleLogger, fileSystem: new NodeFileSystem([root]) }).createIndex().build();
    // The baseline indexes the 1× workspace ten times in a row, so that both sides take about as long and
    // a busy machine weighs on both alike.
    const tenTimesOne = async () => {
      for (let i = 0; i < 10; i++) await build(join(folder, '1x'))();
    };
    const [tenOnesSeconds, tenSeconds] = await bestTimesInterleavedAsync(3, [tenTimesOne, build(join(folder, '10x'))]);
    const oneSeconds = tenOnesSeconds / 10;
    const perByte = tenSeconds / ten.bytes / (oneSeconds / one.bytes);
    log(`scale: cold index of the archive's size and of ten times it (test/scale/workspace-generator.mjs)`);
    log(`  1×   ${one.digests} digests, ${(one.bytes / 1e6).toFixed(1)} MB   ${(oneSeconds * 1000).toFixed(0)} ms per build (ten in a row, best of 3 rounds)`);
    log(`  10×  ${ten.digests} digests, ${(ten.bytes / 1e6).toFixed(1)} MB  ${(tenSeconds * 1000).toFixed(0)} ms`);
    return [
      {
        name: 'scale: cold index per MB, 10× vs 1× the archive',
        ratio: perByte,
        goal: 1.25,
        kind: 'max',
        figure: `${(tenSeconds * 1000).toFixed(0)} ms for ${(ten.bytes / 1e6).toFixed(0)} MB`,
        baseline: `${(oneSeconds * 1000).toFixed(0)} ms for ${(one.bytes / 1e6).toFixed(1)} MB (mean of 10)`,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
