/** `daily-papers fetch` against the loopback feed: prints or writes the day, and on any failure writes nothing. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import type { ExportedFile } from '../../../src/core/export';
import { startFeedServer, type FeedServer } from '../../support/feed-server';
import { REPO, SEEDS } from '../helpers';
import { HAS_HF_API, HF_API } from '../huggingface/feed-helpers';

let server: FeedServer;
beforeAll(async () => {
  if (!HAS_HF_API) return;
  server = await startFeedServer(HF_API, 3000);
});
afterAll(() => server?.close());

async function cli(args: string[], cwd = REPO): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'daily-papers-fetch-'));
const seedText = (date: string) => readFileSync(resolve(SEEDS, `${date}.md`), 'utf8');

/** Papers, votes and authors as `daily-papers export` reads them. */
async function exported(path: string) {
  const run = await cli(['export', path]);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as ExportedFile[])[0].days.map((day) => ({
    date: day.date,
    papers: day.papers.map(({ id, votes, authors }) => ({ id, votes, authors })),
  }));
}

describe.skipIf(!HAS_HF_API)('daily-papers fetch', () => {
  it('prints a day section that export reads back to the seed’s papers, votes and authors', async () => {
    const run = await cli(['fetch', '--date', '2024-03-25', '--endpoint', `${server.url}/replay`]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const dir = scratch();
    writeFileSync(join(dir, 'printed.md'), run.stdout);
    expect(await exported(join(dir, 'printed.md'))).toEqual(await exported(resolve(SEEDS, '2024-03-25.md')));
  });

  it('runs as the built dist/cli.js too', async () => {
    const cliPath = resolve(REPO, 'dist', 'cli.js');
    if (!existsSync(cliPath)) return expect.soft(existsSync(cliPath), 'run npm run build first').toBe(true);
    const { stdout } = await promisify(execFile)('node', [cliPath, 'fetch', '--date', '2024-02-05', '--endpoint', server.url]);
    expect(stdout.startsWith('## Daily Papers (2024-02-05)\n\n### [')).toBe(true);
  });

  it('-o creates the file, in new folders', async () => {
    const dir = scratch();
    const run = await cli(['fetch', '--date', '2024-02-05', '--endpoint', `${server.url}/replay`, '-o', '2024/02/05.md'], dir);
    expect(run).toMatchObject({ code: 0, stdout: '2024/02/05.md: wrote 2024-02-05 with 9 papers\n' });
    expect(await exported(join(dir, '2024/02/05.md'))).toEqual(await exported(resolve(SEEDS, '2024-02-05.md')));
  });

  it('-o merges into a digest with a changed vote and keeps everything else', async () => {
    const dir = scratch();
    const file = join(dir, 'day.md');
    const seed = seedText('2024-03-25');
    writeFileSync(file, seed.replace('Vote: 16', 'Vote: 3'));
    const run = await cli(['fetch', '--date', '2024-03-25', '--endpoint', `${server.url}/replay`, '-o', file], dir);
    expect(run).toMatchObject({ code: 0, stdout: 'day.md: 2024-03-25: added 0 papers, updated 1 vote\n' });
    expect(readFileSync(file, 'utf8')).toBe(seed);
  });

  it('-o leaves an up-to-date file alone, not even rewriting it', async () => {
    const dir = scratch();
    const file = join(dir, 'day.md');
    writeFileSync(file, seedText('2024-03-25'));
    const before = statSync(file).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const run = await cli(['fetch', '--date', '2024-03-25', '--endpoint', `${server.url}/replay`, '-o', file], dir);
    expect(run).toMatchObject({ code: 0, stdout: 'day.md: 2024-03-25 is up to date\n' });
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it.each([
    ['429', /^daily-papers: Hugging Face answered HTTP 429 .*Nothing written\.\n$/],
    ['500', /^daily-papers: Hugging Face answered HTTP 500 .*Nothing written\.\n$/],
    ['truncated', /^daily-papers: .*not JSON \(perhaps cut off\).*\n$/],
    ['html', /^daily-papers: Hugging Face answered with an HTML page instead of the list of papers\. Nothing written\.\n$/],
    ['object', /^daily-papers: .*not a list of papers\..*\n$/],
    ['empty', /^daily-papers: Hugging Face lists no papers for 2024-03-25 yet\. Nothing written\.\n$/],
    ['reset', /^daily-papers: Could not reach 127\.0\.0\.1:\d+: .*\n$/],
  ])('%s: exit 2, one line, the file untouched', async (behaviour, message) => {
    const dir = scratch();
    const file = join(dir, 'day.md');
    const damaged = seedText('2024-03-25').replace('Vote: 16', 'Vote: 3');
    writeFileSync(file, damaged);
    const run = await cli(['fetch', '--date', '2024-03-25', '--endpoint', `${server.url}/${behaviour}`, '-o', file], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(readFileSync(file, 'utf8')).toBe(damaged);
  });

  it('times out with exit 2 and creates no file', async () => {
    const dir = scratch();
    const run = await cli(['fetch', '--date', '2024-03-25', '--endpoint', `${server.url}/slow`, '--timeout', '1', '-o', 'new.md'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/did not answer within 1 s/);
    expect(existsSync(join(dir, 'new.md'))).toBe(false);
  });

  it('refuses bad arguments before any request', async () => {
    const requests = server.requests.length;
    for (const args of [['--date', '2024-02-30'], ['--endpoint', 'ftp://x'], ['--timeout', 'soon'], ['some.md'], ['--bogus']]) {
      const run = await cli(['fetch', ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^daily-papers: .+\n$/);
    }
    expect(server.requests.length).toBe(requests);
  });

  it('refuses to rewrite a file that is not UTF-8', async () => {
    const dir = scratch();
    const file = join(dir, 'latin1.md');
    const bytes = Buffer.from('## Daily Papers (2024-03-25)\n\ncaf\xe9\n', 'latin1');
    writeFileSync(file, bytes);
    const run = await cli(['fetch', '--date', '2024-03-25', '--endpoint', `${server.url}/replay`, '-o', file], dir);
    expect(run.code).toBe(2);
    expect(readFileSync(file)).toEqual(bytes);
  });
});
