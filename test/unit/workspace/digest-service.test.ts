/** The door into the core passes each caller's options on, and its logger to every feature that logs. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDigestService } from '../../../src/core/digest-service';
import { LineTable } from '../../../src/core/parser/text';
import { createFileFilter } from '../../../src/core/workspace/file-filter';
import { digest as oneDay, entry, recordingLogger } from '../helpers';
import { digest, MemoryFileSystem, paper } from './memory-file-system';

const broken = oneDay(entry({ vote: 'Vote: -', heading: '### [Title](https://arxiv.org/pdf/2403.15042)' }));
const PARSER_ERROR = 'daily-papers: parser error, the model holds what was read before it: planted';

function throwingParser() {
  vi.spyOn(LineTable.prototype, 'text').mockImplementation(() => {
    throw new Error('planted');
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createDigestService', () => {
  it('parses with its logger', () => {
    const logger = recordingLogger();
    const core = createDigestService({ logger });
    expect(core.logger).toBe(logger);
    expect(core.parse(broken).days.map((day) => day.date)).toEqual(['2024-03-25']);
    throwingParser();
    core.parse(broken);
    expect(logger.errors).toEqual([PARSER_ERROR]);
  });

  it('lints and fixes with the caller’s options, and its logger', () => {
    const logger = recordingLogger();
    const core = createDigestService({ logger });
    expect(core.lint(broken).map((d) => d.code)).toEqual(['DP012', 'DP031']);
    expect(core.lint(broken, { rules: { DP012: 'off' } }).map((d) => d.code)).toEqual(['DP031']);
    expect(core.fixAll(broken).text).toContain('(https://arxiv.org/abs/2403.15042)');
    expect(core.fixAll(broken, { codes: new Set(['DP031']) }).text).toContain('(https://arxiv.org/pdf/2403.15042)');
    throwingParser();
    core.lint(broken, { rules: { DP012: 'off' } });
    core.fixAll(broken, { codes: new Set(['DP012']) });
    expect(logger.errors.length).toBeGreaterThanOrEqual(2);
    expect(new Set(logger.errors)).toEqual(new Set([PARSER_ERROR]));
  });

  it('builds an index over its file system with the caller’s filter, logging to its logger', async () => {
    const logger = recordingLogger();
    const fileSystem = new MemoryFileSystem();
    fileSystem.write('logs/a.md', digest('2024-03-25', paper({ id: '2403.00001', title: 'Kept' })));
    fileSystem.write('drafts/b.md', digest('2024-03-26', paper({ id: '2403.00002', title: 'Left out' })));
    const core = createDigestService({ logger, fileSystem });
    const index = core.createIndex({ filter: createFileFilter('logs/**/*.md') });
    await index.build();
    expect([...index.papers()].map((each) => each.title)).toEqual(['Kept']);
    expect(logger.errors).toEqual([]);

    throwingParser();
    const failing = core.createIndex();
    await failing.build();
    expect(logger.errors).toEqual([PARSER_ERROR, PARSER_ERROR]);
  });

  it('says why it cannot build an index without a file system', () => {
    expect(() => createDigestService({ logger: recordingLogger() }).createIndex()).toThrow('createIndex needs the digest service to have a fileSystem');
  });

  it('gives a fresh card cache that keeps a rendered card, and fresh empty archive stats', () => {
    const core = createDigestService({ logger: recordingLogger() });
    const cache = core.createCardCache();
    const render = vi.fn(() => '<p>card</p>');
    expect(cache.get('signature', render).rest).toBe('<p>card</p>');
    expect(cache.get('signature', render).rest).toBe('<p>card</p>');
    expect(render).toHaveBeenCalledTimes(1);
    expect(core.createCardCache()).not.toBe(cache);

    const stats = core.createArchiveStats();
    expect(stats.totals()).toEqual({ days: 0, papers: 0, votes: 0 });
    stats.setFile(core.indexDigest('mem:/a.md', core.parse(digest('2024-03-25', paper({ id: '2403.00001', title: 'A', votes: 4 })))));
    expect(stats.totals()).toEqual({ days: 1, papers: 1, votes: 4 });
    expect(core.createArchiveStats().totals()).toEqual({ days: 0, papers: 0, votes: 0 });
  });
});
