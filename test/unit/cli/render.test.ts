import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { REPO } from '../helpers';
import { executableMarkup, readHtml } from '../render/html-check';

async function cli(args: string[], cwd = REPO) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('daily-papers render', () => {
  it('prints a standalone page: the cards, the CSS inlined, a CSP that allows no script', async () => {
    const run = await cli(['render', 'seeds/2024-03-25.md']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const page = readHtml(run.stdout, true);
    expect(page.errors).toEqual([]);
    expect(page.elements.filter((element) => element.tagName === 'article')).toHaveLength(13);
    expect(page.elements.filter((element) => element.tagName === 'script')).toHaveLength(0);
    expect(page.elements.filter((element) => element.tagName === 'link')).toHaveLength(0);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(run.stdout)![1].replaceAll('&#39;', "'");
    expect(csp).toMatch(/^default-src 'none'; img-src https:; media-src https:; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'none'/);
    expect(run.stdout).toContain('.paper-title');
    expect(executableMarkup(page).filter((found) => !['<meta>', '<style>'].includes(found))).toEqual([]);
  });

  it('shows lint problems as badges', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'daily-papers-render-'));
    writeFileSync(join(folder, 'day.md'), '## Daily Papers (2024-03-25)\n\n### [T](https://arxiv.org/abs/2403.15371)\n\nVote: -\n\nAuthors: A\n\n- b\n');
    const run = await cli(['render', 'day.md'], folder);
    expect(run.stdout).toMatch(/<li class="badge badge-\w+" title="[^"]*"><span class="badge-code">DP031<\/span>/);
  });

  it('writes -o only when the page changed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'daily-papers-render-'));
    const out = join(folder, 'out.html');
    expect((await cli(['render', 'seeds/2024-02-05.md', '-o', out])).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(first).toMatch(/^<!DOCTYPE html>/);
    utimesSync(out, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect((await cli(['render', 'seeds/2024-02-05.md', '--output', out])).code).toBe(0);
    expect(statSync(out).mtime.getFullYear()).toBe(2000);
    expect((await cli(['render', 'seeds/2024-03-25.md', '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe(first);
  });

  it('exits 2 for a missing file, no file, two files, an unknown option or an unwritable output', async () => {
    const missing = await cli(['render', 'nope.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.md: no such file/);
    expect((await cli(['render'])).code).toBe(2);
    expect((await cli(['render', 'seeds/2024-02-05.md', 'seeds/2024-03-25.md'])).code).toBe(2);
    expect((await cli(['render', 'seeds/2024-02-05.md', '--nope'])).code).toBe(2);
    const unwritable = await cli(['render', 'seeds/2024-02-05.md', '-o', '/nonexistent-folder/out.html']);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/cannot write/);
  });
});
