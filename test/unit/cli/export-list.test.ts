import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import type { ExportedFile } from '../../../src/core/export';
import { CORPUS, HAS_CORPUS, REPO } from '../helpers';
import type { ExpectedFile } from '../stats/reference';

const exportedFiles = (stdout: string) => JSON.parse(stdout) as ExportedFile[];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd = REPO): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'daily-papers-cli-'));
}

/** The summary of the first paper of seeds/2024-03-25.md, every bullet, as written. */
const FIRST_SEED_SUMMARY = [
  "본 연구는 최신 대형 언어 모델(LLMs)이 강화학습 및 의사결정의 핵심 능력인 탐색을 수행할 수 있는지 여부를 조사합니다.",
  "기존 LLMs의 내재된 성능에 초점을 맞추고, 훈련 조정 없이 단순 다중 팔 슬롯머신 환경에서 LLMs를 에이전트로 배치합니다.",
  "환경 설명과 상호작용 기록을 LLM 프롬프트 내에, 즉 문맥 내에 완전히 포함시켜 실험을 진행합니다.",
  "GPT-3.5, GPT-4, 및 Llama2 모델을 활용해 다양한 프롬프트 디자인으로 실험한 결과, 모델들은 별도의 상당한 개입 없이는 탐색을 견고하게 수행하지 못했습니다.",
  "유일하게 만족스런 탐색 행동을 보인 경우는 GPT-4가 사고의 연쇄(chain-of-thought) 추론을 사용하고, 외부에서 요약된 상호작용 기록을 충분한 통계로 제시했을 때입니다.",
  "추론 과정을 포함하는 경우를 제외하고 요약되지 않은 기록으로는 견고한 탐색 행동이 나타나지 않았습니다.",
  "이러한 결과는 복잡한 설정에서 가능하지 않을 수 있는 외부 요약이 LLM 기반 의사 결정 에이전트로부터 바람직한 행동을 얻기 위해 중요하다는 것을 시사합니다.",
  "복잡한 환경에서 LLM 기반 의사결정 에이전트를 강화하기 위해 세밀한 조정이나 데이터셋 큐레이션 등의 비차별적 알고리즘 개입이 필요할 수 있다는 결론을 내립니다.",
];

describe('daily-papers export', () => {
  it('prints the seeds in the documented shape', async () => {
    const run = await cli(['export', 'seeds/2024-03-25.md']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [file] = exportedFiles(run.stdout);
    expect(file.file).toBe('seeds/2024-03-25.md');
    expect(file.days[0]).toMatchObject({ date: '2024-03-25', line: 1 });
    expect(file.days[0].papers[0]).toEqual({
      id: '2403.15371',
      title: 'Can large language models explore in-context?',
      url: 'https://arxiv.org/abs/2403.15371',
      line: 3,
      votes: 16,
      authors: ['Dylan J. Foster', 'Keegan Harris', 'Aleksandrs Slivkins', 'Akshay Krishnamurthy', 'Cyril Zhang'],
      media: { kind: 'image', url: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png' },
      summary: FIRST_SEED_SUMMARY,
    });
  });

  it('expands folders in sorted order and leaves out files without a day section', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, 'node_modules'));
    mkdirSync(join(dir, '.hidden'));
    const day = (date: string) => `## Daily Papers (${date})\n\n### [T](https://arxiv.org/abs/2403.15371)\n`;
    writeFileSync(join(dir, 'b', 'z.md'), day('2024-01-02'));
    writeFileSync(join(dir, 'a.md'), day('2024-01-01'));
    writeFileSync(join(dir, 'notes.md'), '# Notes\n');
    writeFileSync(join(dir, 'node_modules', 'x.md'), day('2024-01-03'));
    writeFileSync(join(dir, '.hidden', 'y.md'), day('2024-01-04'));
    writeFileSync(join(dir, 'other.txt'), day('2024-01-05'));
    const run = await cli(['export'], dir);
    expect(run.code).toBe(0);
    expect(exportedFiles(run.stdout).map((file) => file.file)).toEqual(['a.md', 'b/z.md']);
  });

  it('names a missing path on stderr, exits 2, and still prints what it could read', async () => {
    const run = await cli(['export', 'seeds/2024-02-05.md', 'no/such/file.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no/such/file.md');
    expect(exportedFiles(run.stdout)).toHaveLength(1);
  });

  it('reads random bytes, an empty file and a huge author line without an exception', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'random.md'), Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919 + 13) % 256)));
    writeFileSync(join(dir, 'empty.md'), '');
    const authors = Array.from({ length: 700 }, (_, i) => `Name ${i}`).join(', ');
    writeFileSync(join(dir, 'long.md'), `## Daily Papers (2024-03-25)\n\n### [T](https://arxiv.org/abs/2403.15371)\n\nAuthors: ${authors}\n`);
    const run = await cli(['export', dir]);
    expect(run.code).toBe(0);
    const files = exportedFiles(run.stdout);
    expect(files.map((file) => file.file.split('/').pop())).toEqual(['long.md']);
    expect(files[0].days[0].papers[0].authors).toHaveLength(700);
  });

  it('decodes invalid UTF-8 with replacement characters', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'bad.md'), Buffer.concat([Buffer.from('## Daily Papers (2024-03-25)\n\n### [Bad \xff'), Buffer.from([0xff, 0xfe]), Buffer.from('](https://arxiv.org/abs/2403.15371)\n')]));
    const run = await cli(['export', dir]);
    expect(run.code).toBe(0);
    expect(exportedFiles(run.stdout)[0].days[0].papers[0].title).toContain('\uFFFD');
  });

  it('exports a vote past Number.MAX_SAFE_INTEGER as null, never as a rounded 1e+22', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'huge.md'), '## Daily Papers (2024-03-25)\n\n### [Huge](https://arxiv.org/abs/2403.15371)\n\nVote: 9999999999999999999999\n');
    const run = await cli(['export', dir]);
    expect(run.stdout).not.toContain('e+22');
    expect(exportedFiles(run.stdout)[0].days[0].papers[0].votes).toBeNull();
  });

  it.skipIf(!HAS_CORPUS)('matches expected.json for every paper of ../shared/corpus', async () => {
    const run = await cli(['export', '.'], CORPUS);
    expect(run.code).toBe(0);
    const expected = JSON.parse(readFileSync(resolve(CORPUS, 'expected.json'), 'utf8')) as ExpectedFile[];
    const actual = exportedFiles(run.stdout).map((file) => ({
      file: file.file,
      days: file.days.map((day) => ({ date: day.date, line: day.line, papers: day.papers.map(({ id, line, votes, authors }) => ({ id, line, votes, authors })) })),
    }));
    const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);
    expect(actual.sort(byFile)).toEqual(expected.sort(byFile));
  });
});

describe('daily-papers list', () => {
  it('prints a readable table of date, votes, id and title', async () => {
    const run = await cli(['list', 'seeds']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('seeds/2024-03-25.md');
    expect(run.stdout).toMatch(/2024-03-25\s+16\s+2403\.15371\s+Can large language models explore in-context\?/);
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/^\d+ papers in 2 days$/);
  });
});

describe('usage', () => {
  it('--help lists the commands', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: daily-papers <command>/);
    expect(run.stdout).toMatch(/export/);
  });

  it('--version prints the package version', async () => {
    const run = await cli(['--version']);
    expect(run.stdout.trim()).toBe((JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('an unknown command or option is a usage error (exit 2)', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['export', '--frobnicate'])).code).toBe(2);
  });
});

describe('the bundled executable', () => {
  let bin = '';
  beforeAll(async () => {
    bin = join(scratch(), 'cli.js');
    await build({ entryPoints: [resolve(REPO, 'src/cli.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bin, banner: { js: '#!/usr/bin/env node' }, logLevel: 'silent' });
    chmodSync(bin, 0o755);
  });

  it('runs as a program with a shebang and returns the exit code', () => {
    const out = execFileSync(bin, ['list', 'seeds'], { cwd: REPO, encoding: 'utf8' });
    expect(out).toContain('2403.15371');
    const missing = spawnSync(bin, ['export', 'missing.md'], { cwd: REPO, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing.md');
  });
});
