import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileChangedError, writeFileAtomically } from '../../../src/cli/atomic-write';
import { runCli } from '../../../src/cli/main';
import { digest, entry } from '../helpers';

/** Failures and other writers injected into the file system calls the helper makes. */
const faults = vi.hoisted(() => ({
  /** Runs while the temporary file is open, before it is flushed: another program writing. */
  duringWrite: null as (() => void) | null,
  writeError: null as string | null,
  fsyncError: null as string | null,
  openTempError: null as string | null,
  renameError: null as string | null,
}));

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const mocked = {
    ...actual,
    openSync: (path: string, ...rest: unknown[]) => {
      if (faults.openTempError && String(path).endsWith('.tmp')) throw errno(faults.openTempError);
      return (actual.openSync as (...args: unknown[]) => number)(path, ...rest);
    },
    writeFileSync: (file: unknown, ...rest: unknown[]) => {
      if (typeof file === 'number') {
        faults.duringWrite?.();
        if (faults.writeError) throw errno(faults.writeError);
      }
      return (actual.writeFileSync as (...args: unknown[]) => void)(file, ...rest);
    },
    fsyncSync: (fd: number) => {
      if (faults.fsyncError) throw errno(faults.fsyncError);
      return actual.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      if (faults.renameError) throw errno(faults.renameError);
      return actual.renameSync(from, to);
    },
  };
  return { ...mocked, default: mocked };
});

afterEach(() => {
  Object.assign(faults, { duringWrite: null, writeError: null, fsyncError: null, openTempError: null, renameError: null });
});

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'daily-papers-atomic-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('writeFileAtomically', () => {
  it('replaces the file through a rename when it still holds what was read, keeping its permissions', () => {
    const dir = folderWith({ 'a.md': 'old\n' });
    const before = statSync(join(dir, 'a.md'));
    writeFileAtomically(join(dir, 'a.md'), 'new\n', { expected: Buffer.from('old\n') });
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('new\n');
    expect(statSync(join(dir, 'a.md')).ino).not.toBe(before.ino);
    expect(statSync(join(dir, 'a.md')).mode).toBe(before.mode);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('refuses, keeping the other writer’s content, when the file changed between reading and writing', () => {
    const dir = folderWith({ 'a.md': 'old\n' });
    faults.duringWrite = () => writeFileSync(join(dir, 'a.md'), 'theirs\n');
    expect(() => writeFileAtomically(join(dir, 'a.md'), 'ours\n', { expected: Buffer.from('old\n') })).toThrow(FileChangedError);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('theirs\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('refuses when the file was deleted meanwhile, and does not bring it back', () => {
    const dir = folderWith({});
    expect(() => writeFileAtomically(join(dir, 'gone.md'), 'ours\n', { expected: Buffer.from('old\n') })).toThrow(FileChangedError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('creates a new file, and refuses to replace one another program created in the meantime', () => {
    const dir = folderWith({});
    writeFileAtomically(join(dir, 'new.md'), 'ours\n', { expected: null });
    expect(readFileSync(join(dir, 'new.md'), 'utf8')).toBe('ours\n');

    faults.duringWrite = () => writeFileSync(join(dir, 'race.md'), 'theirs\n');
    expect(() => writeFileAtomically(join(dir, 'race.md'), 'ours\n', { expected: null })).toThrow(FileChangedError);
    expect(readFileSync(join(dir, 'race.md'), 'utf8')).toBe('theirs\n');
    expect(readdirSync(dir).sort()).toEqual(['new.md', 'race.md']);
  });

  it.each([
    ['a full disk (the write fails)', { writeError: 'ENOSPC' }, 'ENOSPC'],
    ['a failing flush', { fsyncError: 'EIO' }, 'EIO'],
    ['a folder that is not writable', { openTempError: 'EACCES' }, 'EACCES'],
    ['a failing rename', { renameError: 'EXDEV' }, 'EXDEV'],
  ])('on %s, throws, leaves the file as it was and no temporary file behind', (_name, fault, code) => {
    const dir = folderWith({ 'a.md': 'old\n' });
    Object.assign(faults, fault);
    expect(() => writeFileAtomically(join(dir, 'a.md'), 'new\n', { expected: Buffer.from('old\n') })).toThrow(code);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});

describe('daily-papers lint --fix, when writing goes wrong', () => {
  const fixable = digest(entry({ heading: '### [Title](https://arxiv.org/pdf/2403.15999)' }));
  const fixed = fixable.replace('/pdf/', '/abs/');

  async function fix(dir: string) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['lint', '--fix'], { cwd: dir, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    return { code, stdout, stderr };
  }

  it('keeps a change another program made while it was fixing, says so and exits 2', async () => {
    const dir = folderWith({ 'a.md': fixable });
    const theirs = fixable.replace('Vote: 16', 'Vote: 17');
    faults.duringWrite = () => writeFileSync(join(dir, 'a.md'), theirs);
    const run = await fix(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a.md: changed on disk while being fixed; kept the other change, not fixed');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(theirs);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('on a full disk reports the file, exits 2 and leaves it whole, with no temporary file', async () => {
    const dir = folderWith({ 'a.md': fixable });
    faults.writeError = 'ENOSPC';
    const run = await fix(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/a\.md: cannot write \(ENOSPC: simulated\), not fixed/);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(fixable);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('in a folder it may not write to, reports it and leaves no temporary file', async () => {
    const dir = folderWith({ 'a.md': fixable });
    faults.openTempError = 'EACCES';
    const run = await fix(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a.md: cannot write');
    expect(readdirSync(dir)).toEqual(['a.md']);
    faults.openTempError = null;
    expect((await fix(dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(fixed);
  });
});
