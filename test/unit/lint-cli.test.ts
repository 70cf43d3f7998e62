import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { RULES } from '../../src/core/rules';
import { REPO, digest, entry } from './helpers';

async function cli(args: string[], cwd = REPO) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** A row of `--format json`. */
interface JsonRow {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  name: string;
  severity: string;
  message: string;
}

/** The parts of a SARIF 2.1.0 log the tests read. */
interface SarifLog {
  version: string;
  $schema: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string; help: { text: string; markdown: string }; defaultConfiguration: { enabled: boolean; level: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: unknown }[] }[];
    originalUriBaseIds: Record<string, { uri: string }>;
  }[];
}

const jsonRows = (stdout: string) => JSON.parse(stdout) as JsonRow[];
const sarifLog = (stdout: string) => JSON.parse(stdout) as SarifLog;

/** Each sample has its own date and paper, so that files linted together are not duplicates of each other (DP004, DP014). */
const onDay = (date: string, text: string) => text.replace('2024-03-25', date);
const WARNINGS_ONLY = onDay('2024-03-26', digest(entry({ vote: 'Vote: -', heading: '### [Title](https://arxiv.org/pdf/2403.15042)' })));
const WITH_ERROR = onDay('2024-03-27', digest(entry({ heading: '### [Title](https://example.com/paper)' })));
const CLEAN = digest(entry());

/** A temporary folder with the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'daily-papers-lint-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('daily-papers lint: formats', () => {
  it('stylish groups by file, one `line:col severity message code` row per problem, then a summary', async () => {
    const dir = folder({ 'b.md': WARNINGS_ONLY, 'a.md': CLEAN, 'notes.md': '# Notes\n' });
    const run = await cli(['lint'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'b.md',
        '  3:13  warning  `https://arxiv.org/pdf/2403.15042` is a PDF link; expected `https://arxiv.org/abs/2403.15042`.  DP012',
        '  7:7   warning  Vote `-` is not a whole number; expected the upvote count, like `Vote: 12`.  DP031',
        '',
        '2 problems in 2 files (0 errors, 2 warnings, 0 information, 0 hints)',
        '',
      ].join('\n'),
    );
  });

  it('reads a file named twice by different spellings of its path only once', async () => {
    const dir = folder({ 'a.md': CLEAN });
    const run = await cli(['lint', '.', './a.md', join(dir, 'a.md')], dir);
    expect(run).toEqual({ code: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
  });

  it('stylish says so when there is nothing to report', async () => {
    const run = await cli(['lint', 'seeds']);
    expect(run).toEqual({ code: 0, stdout: 'No problems in 2 files.\n', stderr: '' });
  });

  it('json lists every problem with 1-based positions, sorted by file then position', async () => {
    const dir = folder({ 'b.md': WARNINGS_ONLY, 'a.md': WITH_ERROR });
    const run = await cli(['lint', '--format', 'json', 'b.md', 'a.md'], dir);
    const rows = jsonRows(run.stdout);
    expect(rows.map((row) => `${row.file} ${row.code}`)).toEqual(['a.md DP013', 'b.md DP012', 'b.md DP031']);
    expect(rows[1]).toEqual({
      file: 'b.md',
      line: 3,
      column: 13,
      endLine: 3,
      endColumn: 45,
      code: 'DP012',
      name: 'paper-url-not-canonical',
      severity: 'warning',
      message: '`https://arxiv.org/pdf/2403.15042` is a PDF link; expected `https://arxiv.org/abs/2403.15042`.',
    });
    expect(Object.keys(rows[0])).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'code', 'name', 'severity', 'message']);
  });

  it('sarif is a SARIF 2.1.0 log with every rule, where its documentation is, and the results', async () => {
    const dir = folder({ 'my digest.md': WITH_ERROR });
    const run = await cli(['lint', '--format=sarif'], dir);
    expect(run.code).toBe(1);
    const log = sarifLog(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).toBe('daily-papers');
    expect(sarifRun.tool.driver.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.code));
    const dp013 = sarifRun.tool.driver.rules.find((rule) => rule.id === 'DP013')!;
    expect(dp013.help.text).toMatch(/ See docs\/rules\.md#dp013\.$/);
    expect(dp013.help.markdown).toMatch(/^\*\*DP013 paper-id-invalid\*\*: /);
    expect(dp013.helpUri).toBeUndefined();
    expect(dp013.defaultConfiguration).toEqual({ enabled: true, level: 'error' });
    const result = sarifRun.results.find((r) => r.ruleId === 'DP013')!;
    expect(result.level).toBe('error');
    expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe('DP013');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'my%20digest.md', uriBaseId: 'SRCROOT' },
      region: { startLine: 3, startColumn: 13, endLine: 3, endColumn: 38 },
    });
    expect(sarifRun.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/\/.*\/$/);
  });
});

describe('daily-papers lint: every severity in every format', () => {
  // DP012 (PDF link), DP031 (`Vote: -`), DP020 (no media) and DP053 (no-break space), each set to one severity.
  const text = onDay('2024-03-28', digest(entry({ heading: '### [Title](https://arxiv.org/pdf/2403.15042)', vote: 'Vote: -', media: null, summary: '- a\u00a0b' })));
  const severities = { DP012: 'error', DP031: 'warning', DP020: 'information', DP053: 'hint' } as const;
  const config = JSON.stringify({ rules: severities });

  it('sarif: error, warning, note, note; json and stylish name the severity itself', async () => {
    const dir = folder({ 'a.md': text, '.dailypapers.json': config });
    const sarif = sarifLog((await cli(['lint', '--format=sarif'], dir)).stdout);
    const levels = Object.fromEntries(sarif.runs[0].results.map((r) => [r.ruleId, r.level]));
    expect(levels).toEqual({ DP012: 'error', DP031: 'warning', DP020: 'note', DP053: 'note' });
    const json = jsonRows((await cli(['lint', '--format=json'], dir)).stdout);
    expect(Object.fromEntries(json.map((row) => [row.code, row.severity]))).toEqual(severities);
    const stylish = (await cli(['lint'], dir)).stdout;
    for (const [code, severity] of Object.entries(severities)) expect(stylish).toMatch(new RegExp(`\\s${severity}\\s+.*\\s${code}$`, 'm'));
    expect(stylish).toContain('(1 error, 1 warning, 1 information, 1 hint)');
  });

  it("sarif: each rule's default level, and `none` for a rule off by default", async () => {
    const sarif = sarifLog((await cli(['lint', '--format=sarif'], folder({ 'a.md': CLEAN }))).stdout);
    const levels = Object.fromEntries(sarif.runs[0].tool.driver.rules.map((r) => [r.id, r.defaultConfiguration.level]));
    const expected = { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' } as const;
    expect(levels).toEqual(Object.fromEntries(RULES.map((rule) => [rule.code, expected[rule.defaultSeverity]])));
    expect(new Set(Object.values(levels))).toEqual(new Set(['error', 'warning', 'note', 'none']));
  });
});

describe('daily-papers lint: exit codes and configuration', () => {
  it('exits 1 when any problem is an error, 0 when there are only warnings', async () => {
    expect((await cli(['lint'], folder({ 'a.md': WITH_ERROR }))).code).toBe(1);
    expect((await cli(['lint'], folder({ 'a.md': WARNINGS_ONLY }))).code).toBe(0);
  });

  it('exits 2 on a missing path, an unknown option, a bad format or a bad config file', async () => {
    const dir = folder({ 'a.md': CLEAN, 'bad.json': '{ "rules": { "DP999": "off" } }' });
    for (const args of [['lint', 'missing.md'], ['lint', '--frobnicate'], ['lint', '--format', 'xml'], ['lint', '--config', 'bad.json'], ['lint', '--config', 'none.json']]) {
      const run = await cli(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^daily-papers: /);
    }
  });

  it('reads .dailypapers.json from the working folder, and --config FILE instead', async () => {
    const dir = folder({ 'a.md': WITH_ERROR, '.dailypapers.json': '{ "rules": { "DP013": "warning" } }', 'strict.json': '{ "rules": { "vote-invalid": "error" } }' });
    expect((await cli(['lint'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'b.md'), WARNINGS_ONLY);
    const strict = await cli(['lint', '--config', 'strict.json', '--format', 'json'], dir);
    expect(strict.code).toBe(1);
    expect(jsonRows(strict.stdout).map((row) => `${row.code} ${row.severity}`)).toEqual(['DP013 error', 'DP012 warning', 'DP031 error']);
  });

  it('reports a day that another linted file also has', async () => {
    const run = await cli(['lint', '--format', 'json'], folder({ 'a.md': CLEAN, 'b.md': digest(entry({ heading: '### [Other](https://arxiv.org/abs/2403.15042)' })) }));
    expect(jsonRows(run.stdout).map((row) => `${row.file} ${row.code}`)).toEqual(['a.md DP004', 'b.md DP004']);
  });
});

describe('daily-papers lint --fix', () => {
  const pdfLinkAndPythonList = digest(entry({ heading: '### [Title](https://arxiv.org/pdf/2403.15999)', authors: "Authors: ['A B', 'C D']" }));
  const fixable = `\uFEFF${onDay('2024-03-28', pdfLinkAndPythonList).replace(/\n/g, '\r\n')}`;

  it('writes the fixed text through a temporary file, keeping BOM and CRLF, and reports what changed', async () => {
    const dir = folder({ 'a.md': fixable, 'clean.md': CLEAN });
    const before = { fixed: statSync(join(dir, 'a.md')), clean: statSync(join(dir, 'clean.md')) };
    const run = await cli(['lint', '--fix'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^fixed a\.md: 2 problems \(DP012, DP041\)\nNo problems in 2 files\.\n$/);
    const text = readFileSync(join(dir, 'a.md'), 'utf8');
    expect(text).toBe(fixable.replace('/pdf/', '/abs/').replace("['A B', 'C D']", 'A B, C D'));
    // Replaced by a rename (a new inode), with no temporary file left behind.
    expect(statSync(join(dir, 'a.md')).ino).not.toBe(before.fixed.ino);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'clean.md']);
    // The file without anything to fix is not written at all.
    expect(statSync(join(dir, 'clean.md')).mtimeMs).toBe(before.clean.mtimeMs);
    expect(statSync(join(dir, 'clean.md')).ino).toBe(before.clean.ino);
  });

  it('writes nothing the second time', async () => {
    const dir = folder({ 'a.md': fixable });
    await cli(['lint', '--fix'], dir);
    const after = statSync(join(dir, 'a.md'));
    const again = await cli(['lint', '--fix'], dir);
    expect(again.stdout).toBe('No problems in 1 file.\n');
    expect(statSync(join(dir, 'a.md')).ino).toBe(after.ino);
  });

  it('sends its report to stderr when stdout carries json', async () => {
    const run = await cli(['lint', '--fix', '--format', 'json'], folder({ 'a.md': fixable }));
    expect(jsonRows(run.stdout)).toEqual([]);
    expect(run.stderr).toMatch(/^fixed a\.md/);
  });

  it('leaves read-only files and files that are not valid UTF-8 untouched, and exits 2', async () => {
    const dir = folder({ 'ro.md': fixable });
    const latin1 = Buffer.concat([Buffer.from(digest(entry({ heading: '### [Caf\u00e9](https://arxiv.org/pdf/2403.15371)' })).split('\u00e9')[0]), Buffer.from([0xe9]), Buffer.from('](https://arxiv.org/pdf/2403.15371)\n')]);
    writeFileSync(join(dir, 'latin1.md'), latin1);
    chmodSync(join(dir, 'ro.md'), 0o444);
    const run = await cli(['lint', '--fix'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ro.md: read-only, not fixed');
    expect(run.stderr).toContain('latin1.md: not valid UTF-8, not fixed');
    expect(readFileSync(join(dir, 'ro.md'), 'utf8')).toBe(fixable);
    expect(readFileSync(join(dir, 'latin1.md')).equals(latin1)).toBe(true);
  });

  it('is no error for read-only or not-UTF-8 files that have nothing to fix (a clean read-only checkout passes)', async () => {
    const dir = folder({ 'ro.md': CLEAN });
    const latin1 = Buffer.concat([Buffer.from(onDay('2024-03-29', digest(entry())).replace('- first', '- caf')), Buffer.from([0xe9, 0x0a])]);
    writeFileSync(join(dir, 'latin1.md'), latin1);
    chmodSync(join(dir, 'ro.md'), 0o444);
    const before = statSync(join(dir, 'ro.md')).mtimeMs;
    const run = await cli(['lint', '--fix'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(statSync(join(dir, 'ro.md')).mtimeMs).toBe(before);
    expect(readFileSync(join(dir, 'latin1.md')).equals(latin1)).toBe(true);
  });
});
