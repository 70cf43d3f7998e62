import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDigestService, SymbolKind } from '../../../src/core/digest-service';
import { RULES } from '../../../src/core/rules';
import { digest as oneDay, entry, recordingLogger } from '../helpers';
import { digest, MemoryFileSystem, paper } from '../workspace/memory-file-system';

async function service() {
  const fileSystem = new MemoryFileSystem();
  fileSystem.write(
    '2024/03/25.md',
    digest(
      '2024-03-25',
      paper({ id: '2403.15371', title: 'Can large language models explore in-context?', votes: 16, authors: ['Dylan J. Foster', 'Keegan Harris'] }),
      paper({ id: '2403.15042', title: 'LLM2LLM: Boosting LLMs', votes: 14, authors: ['Sehoon Kim'] }),
    ),
  );
  const core = createDigestService({ logger: recordingLogger(), fileSystem });
  const index = core.createIndex({ debounceMs: 0 });
  await index.build();
  return { core, index };
}

describe('workspace symbols', () => {
  it('name a paper by its title, and by what else matched: authors, the id', async () => {
    const { core, index } = await service();
    const byAuthor = core.workspaceSymbols('foster', index.search('foster'));
    expect(byAuthor).toEqual([
      {
        name: 'Can large language models explore in-context? — Dylan J. Foster',
        kind: SymbolKind.Object,
        containerName: '2024-03-25 · Foster et al.',
        location: { uri: 'mem:/ws/2024/03/25.md', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 85 } } },
      },
    ]);
    expect(core.workspaceSymbols('2403.15042', index.search('2403.15042')).map((symbol) => symbol.name)).toEqual(['LLM2LLM: Boosting LLMs (2403.15042)']);
    expect(core.workspaceSymbols('boosting', index.search('boosting')).map((symbol) => symbol.name)).toEqual(['LLM2LLM: Boosting LLMs']);
  });

  it('are none for a query without words', async () => {
    const { core, index } = await service();
    expect(core.workspaceSymbols('  ', index.search(''))).toEqual([]);
  });
});

describe('the digest service', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('needs a file system for an index, and says so', () => {
    expect(() => createDigestService({ logger: recordingLogger() }).createIndex()).toThrow(/fileSystem/);
  });

  it('reports a rule that throws, in lint and in fix, to the logger it was given', () => {
    const logger = recordingLogger();
    const core = createDigestService({ logger });
    vi.spyOn(RULES.find((rule) => rule.code === 'DP031')!, 'check').mockImplementation(() => {
      throw new Error('planted');
    });
    const text = oneDay(entry({ vote: 'Vote: -' }));
    expect(core.lint(text).map((diagnostic) => diagnostic.code)).toEqual([]);
    core.fixAll(text);
    expect(logger.errors).toEqual(['daily-papers: rule DP031 failed: planted', 'daily-papers: rule DP031 failed: planted']);
  });
});
