/**
 * `daily-papers lint [paths…] [--format stylish|json|sarif] [--fix] [--config FILE]`: the editor's
 * checks for CI. Exit 0 without errors (warnings allowed), 1 with any error, 2 on usage or I/O errors.
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import { CONFIG_FILE_NAME, type Digest, type DigestService, isDigest, readConfigText, type RuleSettings } from '../core/digest-service';
import { FileChangedError, writeFileAtomically } from './atomic-write';
import { resolveFrom } from './files';
import type { CliIO } from './io';
import { digestService, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE_OR_IO } from './io';
import { type FileReport, type Format, FORMATS, formatReport } from './lint-report';
import { parseCommandArgs, readDigests, reportErrors } from './read-digests';

interface LintFile {
  file: string;
  path: string;
  text: string;
  /** The parsed text, until a fix changes it. */
  digest: Digest | null;
}

export function lintCommand(args: string[], io: CliIO): number {
  const core = digestService(io);
  const parsed = parseCommandArgs(args, {
    format: { type: 'string' },
    fix: { type: 'boolean' },
    config: { type: 'string' },
  });
  if (!parsed.ok) {
    reportErrors([parsed.error], io);
    return EXIT_USAGE_OR_IO;
  }
  const format = (parsed.values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) {
    reportErrors([`--format must be one of ${FORMATS.join(', ')}`], io);
    return EXIT_USAGE_OR_IO;
  }
  const config = readConfig(parsed.values.config, io);
  if (config.problems.length) {
    reportErrors(config.problems, io);
    return EXIT_USAGE_OR_IO;
  }
  const { digests, errors } = readDigests(parsed.paths, io);
  const files: LintFile[] = digests.filter((read) => isDigest(read.text)).map(({ file, path, text, digest }) => ({ file, path, text, digest }));
  const log = format === 'stylish' ? io.stdout : io.stderr;
  if (parsed.values.fix) {
    for (const target of files) {
      const problem = fixFile(core, target, config.rules, io.cwd, log);
      if (problem) errors.push(problem);
    }
  }
  const linted = files.map((file) => ({ ...file, digest: file.digest ?? core.parse(file.text) }));
  const workspaceFacts = core.inMemoryFacts(linted.map(({ file, digest }) => ({ uri: file, digest })));
  const reports: FileReport[] = linted.map(({ file, text, digest }) => ({
    file,
    diagnostics: core.lint(text, { rules: config.rules, uri: file, workspaceFacts, digest, locale: io.locale }),
  }));
  io.stdout(formatReport(format, reports, io.cwd, io.locale));
  reportErrors(errors, io);
  if (errors.length) return EXIT_USAGE_OR_IO;
  return reports.some((report) => report.diagnostics.some((d) => d.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

/** `--config FILE`, else `.dailypapers.json` in the working folder when there is one. */
function readConfig(path: string | undefined, io: CliIO): { rules: RuleSettings; problems: string[] } {
  const file = path ?? CONFIG_FILE_NAME;
  const full = resolveFrom(io.cwd, file);
  if (path === undefined && !existsSync(full)) return { rules: {}, problems: [] };
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    return { rules: {}, problems: [`${file}: cannot read (${error instanceof Error ? error.message : String(error)})`] };
  }
  return readConfigText(text, file);
}

/**
 * Applies every fix to one file and writes it only when its content changed. Files that are not
 * valid UTF-8 or are read-only are left alone, so that a fix never loses bytes or overrides intent;
 * that is a problem only when the file has something to fix (a read-only checkout that is already
 * clean passes `--fix`).
 */
function fixFile(core: DigestService, target: LintFile, rules: RuleSettings, cwd: string, log: (text: string) => void): string | null {
  const full = resolveFrom(cwd, target.path);
  let original: string;
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch {
    return `${target.file}: cannot read, not fixed`;
  }
  let valid = true;
  try {
    original = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    valid = false;
    original = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  }
  // The rules that look at other files (DP004, DP014) have no fixes, so each file is fixed on its own.
  const { text, fixed } = core.fixAll(original, { rules, uri: target.file });
  if (text === original) return null;
  if (!valid) return `${target.file}: not valid UTF-8, not fixed`;
  try {
    if ((statSync(full).mode & 0o222) === 0) return `${target.file}: read-only, not fixed`;
    // Refused when another program changed the file since it was read: its change is kept.
    writeFileAtomically(full, text, { expected: bytes });
  } catch (error) {
    if (error instanceof FileChangedError) return `${target.file}: changed on disk while being fixed; kept the other change, not fixed`;
    return `${target.file}: cannot write (${error instanceof Error ? error.message : String(error)}), not fixed`;
  }
  target.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  target.digest = null;
  log(`fixed ${target.file}: ${describeFixes(fixed.map((d) => d.code))}\n`);
  return null;
}

function describeFixes(codes: string[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const parts = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, count]) => (count > 1 ? `${code} ×${count}` : code));
  return `${codes.length} problem${codes.length === 1 ? '' : 's'} (${parts.join(', ')})`;
}
