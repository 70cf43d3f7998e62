import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { CORPUS, HAS_CORPUS, REPO } from '../helpers';
import type { StatsJson } from '../../../src/cli/stats-report';
import { referenceFigures, type ExpectedFile } from '../stats/reference';

const statsOf = (stdout: string) => JSON.parse(stdout) as StatsJson;

async function cli(args: string[], cwd = REPO) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe.skipIf(!HAS_CORPUS)('daily-papers stats --format json on ../shared/corpus', () => {
  it('prints the totals, months, authors and top papers of the reference reader’s figures, field by field', async () => {
    const run = await cli(['stats', '.', '--format', 'json', '--top', '12'], CORPUS);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = statsOf(run.stdout);
    const reference = referenceFigures(JSON.parse(readFileSync(resolve(CORPUS, 'expected.json'), 'utf8')) as ExpectedFile[]);
    expect(Object.keys(json)).toEqual(['days', 'papers', 'votes', 'months', 'authors', 'top']);
    expect(json.days).toBe(reference.days);
    expect(json.papers).toBe(reference.papers);
    expect(json.votes).toBe(reference.votes);
    expect(json.months).toEqual(reference.months);
    expect(json.authors).toEqual(reference.authors.slice(0, 12));
    expect(json.top).toHaveLength(12);
    json.top.forEach((paper, i) => {
      const want = reference.top[i];
      expect(Object.keys(paper)).toEqual(['id', 'title', 'votes', 'date', 'file', 'line']);
      expect({ id: paper.id, votes: paper.votes, date: paper.date, file: paper.file, line: paper.line }).toEqual({
        id: want.id,
        votes: want.votes,
        date: want.date,
        file: want.file,
        line: want.line,
      });
      const heading = readFileSync(resolve(CORPUS, want.file), 'utf8').split(/\r?\n/)[want.line - 1];
      expect(heading.startsWith(`### [${paper.title}]`), heading).toBe(true);
    });
  });

  it('cuts authors and top to --top, 20 by default', async () => {
    const byDefault = statsOf((await cli(['stats', '--format', 'json'], CORPUS)).stdout);
    expect(byDefault.authors).toHaveLength(20);
    expect(byDefault.top).toHaveLength(20);
    const none = statsOf((await cli(['stats', '--format', 'json', '--top', '0'], CORPUS)).stdout);
    expect(none.authors).toEqual([]);
    expect(none.top).toEqual([]);
    expect(none.months).toEqual(byDefault.months);
  });
});

describe('daily-papers stats', () => {
  it('prints a table for people: totals, month bars in block characters, aligned authors and papers', async () => {
    const run = await cli(['stats', 'seeds', '--top', '3']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('22 papers in 2 days, 251 votes, 157 authors');
    expect(lines).toContain('  month    days  papers  votes  papers per month');
    expect(lines).toContain(`  2024-02     1       9    150  ${'█'.repeat(22)}▏`);
    expect(lines).toContain(`  2024-03     1      13    101  ${'█'.repeat(32)}`);
    const authors = lines.slice(lines.indexOf('Top 3 authors') + 1, lines.indexOf('Top 3 authors') + 5);
    expect(authors).toEqual(['  papers  votes  name', '       2     31  Qi Zhang', '       1     28  Angelos Katharopoulos', '       1     28  Awni Hannun']);
    expect(lines).toContain('Top 3 papers by votes');
    expect(lines).toContain('     28  2024-02-05  2402.01391  StepCoder: Improve Code Generation with Reinforcement Learning from Compiler Feedback');
  });

  it('rejects an unknown format or a --top that is not a whole number, with exit code 2', async () => {
    for (const args of [['--format', 'csv'], ['--top', 'ten'], ['--top', '-1']]) {
      const run = await cli(['stats', 'seeds', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^daily-papers: /);
    }
  });

  it('names a missing path on stderr and still prints the figures of the rest', async () => {
    const run = await cli(['stats', 'seeds', 'no-such-folder', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(statsOf(run.stdout).papers).toBe(22);
    expect(run.stderr).toContain('no-such-folder');
  });
});
