import { closeSync, fsyncSync, linkSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Creates `path` with `text` all at once: written to a temporary file beside it, flushed, then linked
 * into place, which fails rather than overwrite a file that appeared meanwhile.
 */
export function writeNewFileAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    writeSync(fd, text, null, 'utf8');
    fsyncSync(fd);
    closeSync(fd);
    linkSync(temp, path);
  } finally {
    unlinkSync(temp);
  }
}
