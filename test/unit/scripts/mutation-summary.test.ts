/** `node scripts/mutation-summary.mjs --check`, the mutation gate of .ci/run: 85 % over the core, 75 % in every rule file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(path.join(tmpdir(), 'dp-mutation-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Status = 'Killed' | 'Timeout' | 'Survived' | 'NoCoverage' | 'Ignored';
const mutants = (counts: Partial<Record<Status, number>>) =>
  Object.entries(counts).flatMap(([status, count]) => Array.from({ length: count }, () => ({ status })));

function check(files: Record<string, Partial<Record<Status, number>>>) {
  const report = path.join(folder, `${Object.keys(files).join('-').replace(/\W/g, '_')}.json`);
  writeFileSync(report, JSON.stringify({ files: Object.fromEntries(Object.entries(files).map(([file, counts]) => [file, { mutants: mutants(counts) }])) }));
  const run = spawnSync(process.execPath, ['scripts/mutation-summary.mjs', '--check', report], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

describe('mutation-summary --check', () => {
  it('passes at 85 % over all files and 75 % in a rule file, timeouts counting as detected', () => {
    const result = check({
      'src/core/rules/dp030-vote-missing.ts': { Killed: 2, Timeout: 1, Survived: 1, Ignored: 5 },
      'src/core/parser/parser.ts': { Killed: 15, Survived: 1 },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('mutation score 90.00 % (at least 85 %), every rule file at least 75 %');
    expect(result.status).toBe(0);
  });

  it('fails under 85 % over all files, and names the total', () => {
    const result = check({ 'src/core/parser/parser.ts': { Killed: 16, Survived: 2, NoCoverage: 1 } });
    expect(result.stderr).toBe('mutation score too low: all files: 84.21 %, under 85 %\n');
    expect(result.status).toBe(1);
  });

  it('fails on a rule file under 75 % even when the total passes, and not on a helper file', () => {
    const result = check({
      'src/core/rules/dp031-vote-invalid.ts': { Killed: 2, Survived: 1 },
      'src/core/rules/helpers.ts': { Killed: 1, Survived: 1 },
      'src/core/parser/parser.ts': { Killed: 60 },
    });
    expect(result.stderr).toBe('mutation score too low: src/core/rules/dp031-vote-invalid.ts: 66.67 %, under 75 %\n');
    expect(result.status).toBe(1);
  });
});
