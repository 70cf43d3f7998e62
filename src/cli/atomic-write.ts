/** Writing a file so that a crash, a full disk or another writer never loses data. */

import { closeSync, fchmodSync, fsyncSync, linkSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The file changed on disk since the caller read it; nothing was written and the other change is kept. */
export class FileChangedError extends Error {
  readonly code = 'ECHANGED';
  constructor(readonly path: string) {
    super(`${path} changed on disk since it was read`);
  }
}

export interface AtomicWriteOptions {
  /**
   * What the caller read and based `text` on: the bytes of the file, or null when it did not exist.
   * When given, the write is refused with {@link FileChangedError} if the file on disk differs just
   * before the rename (a file created meanwhile is never replaced).
   */
  expected?: Uint8Array | null;
}

/**
 * Writes `text` to a temporary file beside the target (same folder, so the rename stays on one file
 * system), flushes it, and renames it over the target. Symbolic links are followed and the file's
 * permissions are kept. On any failure the temporary file is removed and the target is untouched.
 */
export function writeFileAtomically(path: string, text: string, options: AtomicWriteOptions = {}): void {
  const { target, mode } = resolveTarget(path);
  const { expected } = options;
  if (expected !== undefined) assertUnchanged(target, expected);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined = openSync(temp, 'wx', mode ?? 0o666);
  try {
    writeFileSync(fd, text, 'utf8');
    if (mode !== undefined) fchmodSync(fd, mode);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (expected !== undefined) assertUnchanged(target, expected);
    if (expected === null) {
      // A new file: link fails if someone created it in the meantime, where a rename would replace it.
      linkSync(temp, target);
      removeQuietly(temp);
    } else {
      renameSync(temp, target);
    }
  } catch (error) {
    if (fd !== undefined) closeQuietly(fd);
    removeQuietly(temp);
    if (expected === null && (error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileChangedError(target);
    throw error;
  }
}

function resolveTarget(path: string): { target: string; mode: number | undefined } {
  try {
    const target = realpathSync(path);
    return { target, mode: statSync(target).mode & 0o7777 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { target: resolve(path), mode: undefined };
  }
}

function assertUnchanged(target: string, expected: Uint8Array | null): void {
  let current: Uint8Array | null;
  try {
    current = readFileSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    current = null;
  }
  if (current === null && expected === null) return;
  if (current === null || expected === null || !Buffer.from(current.buffer, current.byteOffset, current.byteLength).equals(expected)) {
    throw new FileChangedError(target);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // The write already failed; that error is the one to report.
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or the folder refuses: nothing more can be done, and the first error matters more.
  }
}
