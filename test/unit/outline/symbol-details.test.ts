/** The less common symbol names and details: near-miss days, repeated authors, papers without authors or votes. */
import { describe, expect, it } from 'vitest';
import { createDigestService } from '../../../src/core/digest-service';
import { recordingLogger } from '../helpers';
import { MemoryFileSystem } from '../workspace/memory-file-system';

const core = createDigestService({ logger: recordingLogger() });

describe('document symbol details', () => {
  it('a near-miss day heading is named by its normalised date, with its weekday when the date is real', () => {
    const symbols = core.documentSymbols(core.parse('## Daily papers 2024-3-5\n\n## Daily papers 2024-2-30\n'));
    expect(symbols.map((symbol) => [symbol.name, symbol.detail])).toEqual([
      ['2024-03-05 (Tue)', '0 papers'],
      ['2024-02-30', '0 papers'],
    ]);
  });

  it('an author named twice counts once: a single author has no "et al."', () => {
    const text = '## Daily Papers (2024-03-25)\n\n### [T](https://arxiv.org/abs/2403.15371)\nAuthors: Ann Lee, Ann Lee\n';
    const [day] = core.documentSymbols(core.parse(text));
    expect(day.children.map((paper) => paper.detail)).toEqual(['Lee']);
  });

  it('a paper with a vote of 0 shows it', () => {
    const text = '## Daily Papers (2024-03-25)\n\n### [T](https://arxiv.org/abs/2403.15371)\nVote: 0\n';
    expect(core.documentSymbols(core.parse(text))[0].children[0].detail).toBe('▲0');
  });
});

describe('workspace symbol details', () => {
  it('a paper without authors has the date alone as its container; a match on the title only adds nothing', async () => {
    const fileSystem = new MemoryFileSystem();
    fileSystem.write('a.md', '## Daily Papers (2024-03-25)\n\n### [Sparse Attention](https://arxiv.org/abs/2403.15371)\nVote: 3\n');
    const service = createDigestService({ logger: recordingLogger(), fileSystem });
    const index = service.createIndex({ debounceMs: 0 });
    await index.build();
    expect(service.workspaceSymbols('sparse', index.search('sparse'))).toEqual([
      {
        name: 'Sparse Attention',
        kind: 19,
        containerName: '2024-03-25',
        location: { uri: 'mem:/ws/a.md', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 56 } } },
      },
    ]);
  });
});
