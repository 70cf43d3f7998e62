/**
 * `daily-papers fetch [--date YYYY-MM-DD] [--endpoint URL] [--timeout SECONDS] [-o FILE]`: the day from the
 * Hugging Face daily papers feed, printed as a day section, or created in / merged into FILE atomically.
 */

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_ENDPOINT, DEFAULT_SUMMARY_TEMPLATE, DEFAULT_TIMEOUT_SECONDS, type FeedDay, FeedError, isRealDate, recentDates, translator } from '../core/digest-service';
import { writeFileAtomically } from './atomic-write';
import { displayPath, resolveFrom } from './files';
import type { CliIO } from './io';
import { digestService, EXIT_OK, EXIT_USAGE_OR_IO } from './io';
import { parseCommandArgs, reportErrors } from './read-digests';

export async function fetchCommand(args: string[], io: CliIO): Promise<number> {
  const core = digestService(io);
  const parsed = parseCommandArgs(args, {
    date: { type: 'string' },
    endpoint: { type: 'string' },
    timeout: { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  const problem = !parsed.ok ? parsed.error : usageProblem(parsed.paths, parsed.values);
  if (!parsed.ok || problem) {
    reportErrors([problem ?? 'invalid arguments'], io);
    return EXIT_USAGE_OR_IO;
  }
  const date = parsed.values.date ?? recentDates(new Date(), 1)[0];
  const target = parsed.values.output === undefined ? null : resolveFrom(io.cwd, parsed.values.output);
  // Read the target before the network, so that an unreadable file costs no request.
  let before: Buffer | null = null;
  try {
    if (target !== null && existsSync(target)) before = readFileSync(target);
  } catch (error) {
    reportErrors([`cannot read ${parsed.values.output}: ${error instanceof Error ? error.message : String(error)}`], io);
    return EXIT_USAGE_OR_IO;
  }
  let text = '';
  try {
    // fatal: a file that is not UTF-8 would be damaged by rewriting it; ignoreBOM: keep a BOM.
    if (before !== null) text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(before);
  } catch {
    reportErrors([`${parsed.values.output} is not valid UTF-8; nothing written`], io);
    return EXIT_USAGE_OR_IO;
  }
  let day: FeedDay;
  try {
    day = await core.fetchFeedDay(date, {
      endpoint: parsed.values.endpoint ?? DEFAULT_ENDPOINT,
      timeoutSeconds: parsed.values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(parsed.values.timeout),
      locale: io.locale,
    });
  } catch (error) {
    reportErrors([error instanceof FeedError ? translator(io.locale)('feed.nothingWritten', error.message) : String(error)], io);
    return EXIT_USAGE_OR_IO;
  }
  const options = { summaryTemplate: DEFAULT_SUMMARY_TEMPLATE };
  if (target === null) {
    io.stdout(core.renderDaySection(date, day.papers, options));
    return EXIT_OK;
  }
  const merge = core.mergeDay(text, date, day.papers, options);
  const name = displayPath(target, io.cwd);
  if (merge.edits.length === 0) {
    io.stdout(`${name}: ${date} is up to date\n`);
    return EXIT_OK;
  }
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomically(target, core.applyEdits(text, merge.edits), { expected: before });
  } catch (error) {
    reportErrors([`cannot write ${name}: ${error instanceof Error ? error.message : String(error)}`], io);
    return EXIT_USAGE_OR_IO;
  }
  const what = merge.createdDay
    ? `wrote ${date} with ${count(merge.added, 'paper')}`
    : `${date}: added ${count(merge.added, 'paper')}, updated ${count(merge.votesUpdated, 'vote')}`;
  io.stdout(`${name}: ${what}\n`);
  return EXIT_OK;
}

function usageProblem(paths: string[], values: { date?: string; endpoint?: string; timeout?: string }): string | null {
  if (paths.length > 0) return `fetch takes no paths (got ${paths.join(' ')}); use -o FILE`;
  if (values.date !== undefined && !isRealDate(values.date)) return `--date must be a real date as YYYY-MM-DD (got ${values.date})`;
  if (values.endpoint !== undefined && !/^https?:\/\/[^/]/.test(values.endpoint)) return `--endpoint must be an http(s) URL (got ${values.endpoint})`;
  if (values.timeout !== undefined && !(Number(values.timeout) > 0)) return `--timeout must be a number of seconds (got ${values.timeout})`;
  return null;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
