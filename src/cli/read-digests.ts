import { parseDigest } from '../core/parser';
import type { Digest } from '../core/model';
import { collectMarkdownFiles, displayPath, readTextFile } from './files';
import type { CliIO } from './io';

export interface ReadDigest {
  /** The path as shown to people (relative to the working folder when inside it, `/` separators). */
  file: string;
  /** The path as given or found, for reading and writing. */
  path: string;
  text: string;
  digest: Digest;
}

export interface ReadDigests {
  digests: ReadDigest[];
  errors: string[];
}

/** Finds, reads and parses every Markdown file under the given paths; problems are collected, not thrown. */
export function readDigests(paths: string[], io: CliIO): ReadDigests {
  const { files, errors } = collectMarkdownFiles(paths, io.cwd);
  const digests: ReadDigest[] = [];
  for (const path of files) {
    const { text, error } = readTextFile(path, io.cwd);
    if (text === null) {
      errors.push(error ?? `${path}: cannot read file`);
      continue;
    }
    digests.push({ file: displayPath(path, io.cwd), path, text, digest: parseDigest(text) });
  }
  return { digests, errors };
}

export function reportErrors(errors: string[], io: CliIO): void {
  for (const error of errors) io.stderr(`daily-papers: ${error}\n`);
}

/** Splits `--flag value` / `--flag=value` options from positional paths. */
export function splitOptions(args: string[], valued: string[]): { paths: string[]; options: Map<string, string>; flags: Set<string>; unknown: string[] } {
  const paths: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) unknown.push(`${name} needs a value`);
      else options.set(name, value);
    } else if (inline === undefined) {
      flags.add(name);
    } else {
      unknown.push(arg);
    }
  }
  return { paths, options, flags, unknown };
}
