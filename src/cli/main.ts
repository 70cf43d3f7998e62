import { version } from '../../package.json';
import { exportCommand } from './export-command';
import { fetchCommand } from './fetch-command';
import type { CliIO, Command } from './io';
import { EXIT_OK, EXIT_USAGE_OR_IO } from './io';
import { lintCommand } from './lint-command';
import { listCommand } from './list-command';
import { environmentLocale, takeLocaleOption } from './locale';
import { statsCommand } from './stats-command';
import { renderCommand } from './render-command';

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  export: { run: exportCommand, summary: 'print the days and papers of digests as JSON' },
  list: { run: listCommand, summary: 'print a table of date, votes, id and title' },
  lint: { run: lintCommand, summary: 'check digests; --format stylish|json|sarif, --fix, --config FILE' },
  stats: { run: statsCommand, summary: 'papers and votes per month, top authors and papers; --format table|json, --top N' },
  fetch: { run: fetchCommand, summary: 'a day from the Hugging Face feed; --date YYYY-MM-DD, --endpoint URL, -o FILE' },
  render: { run: renderCommand, summary: 'write FILE as a standalone HTML page of paper cards; -o out.html' },
};

export function usage(): string {
  const rows = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(8)}${command.summary}`);
  return [
    'Usage: daily-papers <command> [paths…] [options]',
    '',
    'Commands:',
    ...rows,
    '',
    'Paths are files or folders (searched for *.md, skipping node_modules and dot-folders);',
    'with no path, the current folder is used.',
    '',
    'Options:',
    '  -h, --help     show this help',
    '  -v, --version  show the version',
    '  --locale TAG   language of lint messages: en or ko (default: from LC_ALL, LC_MESSAGES or LANG)',
    '',
    'Exit codes: 0 success, 1 lint errors found, 2 usage or I/O error.',
    '',
  ].join('\n');
}

export async function runCli(args: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? EXIT_USAGE_OR_IO : EXIT_OK;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`daily-papers: unknown command '${name}'\n\n${usage()}`);
    return EXIT_USAGE_OR_IO;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(usage());
    return EXIT_OK;
  }
  const taken = takeLocaleOption(rest);
  if (taken.error) {
    io.stderr(`daily-papers: ${taken.error}\n`);
    return EXIT_USAGE_OR_IO;
  }
  return command.run(taken.args, { ...io, locale: taken.locale ?? environmentLocale(io.env ?? {}) });
}

/** Registers a command; used by commands that live in their own module (lint). */
export function registerCommand(name: string, run: Command, summary: string): void {
  COMMANDS[name] = { run, summary };
}
