import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
import type { Digest } from '../core/digest-service';
import { collectMarkdownFiles, displayPath, readTextFile } from './files';
import type { CliIO } from './io';
import { EXIT_OK, EXIT_USAGE_OR_IO, digestService } from './io';

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
  const core = digestService(io);
  for (const path of files) {
    const { text, error } = readTextFile(path, io.cwd);
    if (text === null) {
      errors.push(error ?? `${path}: cannot read file`);
      continue;
    }
    digests.push({ file: displayPath(path, io.cwd), path, text, digest: core.parse(text) });
  }
  return { digests, errors };
}

export function reportErrors(errors: string[], io: CliIO): void {
  for (const error of errors) io.stderr(`daily-papers: ${error}\n`);
}

/** Node's own `util.parseArgs`, strict: an unknown option is a usage error, not a path. */
export function parseCommandArgs<T extends ParseArgsOptionsConfig>(args: string[], options: T) {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { ok: true as const, paths: positionals, values };
  } catch (error) {
    return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The shape of a read-only command (export, list): paths only, every digest read, problems reported
 * after the output, exit 2 when any path could not be read.
 */
export function readOnlyCommand(print: (digests: ReadDigest[], io: CliIO) => void) {
  return (args: string[], io: CliIO): number => {
    const parsed = parseCommandArgs(args, {});
    if (!parsed.ok) {
      reportErrors([parsed.error], io);
      return EXIT_USAGE_OR_IO;
    }
    const { digests, errors } = readDigests(parsed.paths, io);
    print(digests, io);
    reportErrors(errors, io);
    return errors.length ? EXIT_USAGE_OR_IO : EXIT_OK;
  };
}
