/** A bug in the parser or a rule is logged through the logger passed in, and everything else still works. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { lint } from '../../../src/core/lint';
import { parseDigest } from '../../../src/core/parser/parser';
import { RULES } from '../../../src/core/rules';
import { LineTable } from '../../../src/core/parser/text';
import { digest, entry, recordingLogger, SEEDS } from '../helpers';

const text = digest(entry({ vote: 'Vote: -' }), entry({ heading: '### [Second](https://arxiv.org/pdf/2403.15042)' }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the core logs the bugs it survives', () => {
  it('a rule that throws: logged as an error naming the rule, the other rules still report', () => {
    const logger = recordingLogger();
    const dp031 = RULES.find((rule) => rule.code === 'DP031')!;
    vi.spyOn(dp031, 'check').mockImplementation(() => {
      throw new Error('planted');
    });
    const found = lint(text, { logger });
    expect(logger.errors).toEqual(['daily-papers: rule DP031 failed: planted']);
    expect(found.map((diagnostic) => diagnostic.code)).toEqual(['DP012']);
  });

  it('a parser that throws: logged as an error, the model keeps what was read before', () => {
    const logger = recordingLogger();
    const read = LineTable.prototype.text;
    vi.spyOn(LineTable.prototype, 'text').mockImplementation(function (this: LineTable, line: number) {
      if (line >= 6) throw new Error('planted');
      return read.call(this, line);
    });
    const parsed = parseDigest(text, { logger });
    expect(logger.errors).toEqual(['daily-papers: parser error, the model holds what was read before it: planted']);
    expect(parsed.days.map((day) => day.date)).toEqual(['2024-03-25']);
  });

  it('lint passes its logger on to the parser', () => {
    const logger = recordingLogger();
    vi.spyOn(LineTable.prototype, 'text').mockImplementation(() => {
      throw new Error('planted');
    });
    lint(text, { logger });
    expect(logger.errors[0]).toBe('daily-papers: parser error, the model holds what was read before it: planted');
  });

  it('a clean run logs nothing', () => {
    const logger = recordingLogger();
    lint(text, { logger });
    parseDigest(text, { logger });
    expect([...logger.errors, ...logger.warnings]).toEqual([]);
  });

  it('the CLI logs to its stderr and finishes its run', async () => {
    vi.spyOn(RULES.find((rule) => rule.code === 'DP030')!, 'check').mockImplementation(() => {
      throw new Error('planted');
    });
    let stdout = '';
    let stderr = '';
    const code = await runCli(['lint', '--format=json', '2024-03-25.md'], { cwd: SEEDS, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    expect(stderr).toMatch(/^daily-papers: rule DP030 failed: Error: planted\n/);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });
});
