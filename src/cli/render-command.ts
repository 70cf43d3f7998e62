/** `daily-papers render FILE [-o out.html]`: the preview as a standalone page, CSS inlined, no script at all. */

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { contentSecurityPolicy, type DigestService, renderPage } from '../core/digest-service';
import { writeFileAtomically } from './atomic-write';
import { readTextFile, resolveFrom } from './files';
import type { CliIO } from './io';
import { digestService, EXIT_OK, EXIT_USAGE_OR_IO } from './io';
import { parseCommandArgs, reportErrors } from './read-digests';
import { writeNewFileAtomically } from './write-new-file';

const STYLESHEETS = ['theme.css', 'preview.css'];

export function renderCommand(args: string[], io: CliIO): number {
  const parsed = parseCommandArgs(args, { output: { type: 'string', short: 'o' } });
  if (!parsed.ok) return fail([parsed.error], io);
  if (parsed.paths.length !== 1) return fail(['render needs exactly one FILE: daily-papers render FILE [-o out.html]'], io);
  const [file] = parsed.paths;
  const { text, error } = readTextFile(file, io.cwd);
  if (text === null) return fail([error ?? `${file}: cannot read file`], io);
  const css = readStyles();
  if (css === null) return fail(['cannot find the stylesheets (media/theme.css, media/preview.css) beside the CLI'], io);
  const html = renderStandalonePage(digestService(io), text, basename(file), css, io.locale);
  const output = parsed.values.output;
  if (output === undefined) {
    io.stdout(html);
    return EXIT_OK;
  }
  const target = resolveFrom(io.cwd, output);
  try {
    if (!existsSync(target)) writeNewFileAtomically(target, html);
    else if (readFileSync(target, 'utf8') !== html) writeFileAtomically(target, html);
  } catch (writeError) {
    return fail([`${output}: cannot write (${writeError instanceof Error ? writeError.message : String(writeError)})`], io);
  }
  return EXIT_OK;
}

/** The page: the digest's cards and its problems as badges, styles allowed by their hashes, scripts by nothing. */
export function renderStandalonePage(core: DigestService, text: string, title: string, css: string, locale?: string): string {
  const digest = core.parse(text);
  const diagnostics = core.lint(text, { digest, locale }).map(({ code, message, severity, range }) => ({ code, message, severity, line: range.start.line }));
  const hash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
  return renderPage({
    title: `${title} – Daily Papers`,
    csp: contentSecurityPolicy({ styleSources: [hash] }),
    inlineStyles: [css],
    bodyHtml: core.renderDigestHtml(digest, { diagnostics, locale }),
    bodyAttributes: { class: 'standalone' },
    locale,
  });
}

function readStyles(): string | null {
  // dist/cli.js and src/cli/*.ts both find media/ one or two folders up.
  for (const folder of [join(__dirname, '..', 'media'), join(__dirname, '..', '..', 'media')]) {
    if (STYLESHEETS.every((name) => existsSync(join(folder, name)))) {
      return STYLESHEETS.map((name) => readFileSync(join(folder, name), 'utf8')).join('\n');
    }
  }
  return null;
}

function fail(errors: string[], io: CliIO): number {
  reportErrors(errors, io);
  return EXIT_USAGE_OR_IO;
}
