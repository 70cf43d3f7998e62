/**
 * Fetches one day of the feed with the global `fetch` (Node 18+, browsers and web workers have it).
 * Every failure becomes a `FeedError` with one sentence for the user; nothing else is thrown.
 */

import { readFeedDay, type FeedDay } from './read-answer';

export type FeedErrorKind = 'network' | 'timeout' | 'cancelled' | 'http' | 'not-json' | 'not-array' | 'empty';

export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    /** The HTTP status for `http`. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

export interface FetchDayOptions {
  /** `https://huggingface.co`, or a proxy or a test server. */
  endpoint: string;
  timeoutSeconds: number;
  /** Aborted when the user cancels. */
  signal?: AbortSignal;
  /** The global `fetch` unless given (tests of failures that a loopback server cannot stage). */
  fetch?: typeof fetch;
}

export const DEFAULT_ENDPOINT = 'https://huggingface.co';
export const DEFAULT_TIMEOUT_SECONDS = 15;

export function dailyPapersUrl(endpoint: string, date: string): string {
  return `${endpoint.replace(/\/+$/, '')}/api/daily_papers?date=${encodeURIComponent(date)}`;
}

/** The day's papers; throws a `FeedError` when the day cannot be read or has no papers. */
export async function fetchFeedDay(date: string, options: FetchDayOptions): Promise<FeedDay> {
  const url = dailyPapersUrl(options.endpoint, date);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), Math.max(1, options.timeoutSeconds) * 1000);
  const cancel = () => timeout.abort();
  options.signal?.addEventListener('abort', cancel);
  try {
    if (options.signal?.aborted) throw new FeedError('cancelled', 'Cancelled.');
    const body = await download(options.fetch ?? fetch, url, timeout.signal);
    return readAnswer(body, date);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (options.signal?.aborted) throw new FeedError('cancelled', 'Cancelled.');
    if (timeout.signal.aborted) {
      throw new FeedError('timeout', `Hugging Face did not answer within ${options.timeoutSeconds} s (${hostOf(url)}).`);
    }
    throw new FeedError('network', `Could not reach ${hostOf(url)}: ${reason(error)}.`);
  } finally {
    clearTimeout(timer);
    // Stryker disable next-line all: aborting a finished request's controller changes nothing a user or test can see
    options.signal?.removeEventListener('abort', cancel);
  }
}

async function download(get: typeof fetch, url: string, signal: AbortSignal): Promise<string> {
  const response = await get(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const hint = response.status === 429 ? ' (too many requests: try again later)' : '';
    throw new FeedError('http', `Hugging Face answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${hint}.`, response.status);
  }
  return response.text();
}

/** Reads the body of an answer: a JSON array of papers. */
export function readAnswer(body: string, date: string): FeedDay {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const what = /^\s*</.test(body) ? 'an HTML page' : body.trim() === '' ? 'an empty body' : 'text that is not JSON (perhaps cut off)';
    throw new FeedError('not-json', `Hugging Face answered with ${what} instead of the list of papers.`);
  }
  if (!Array.isArray(json)) throw new FeedError('not-array', 'Hugging Face answered with JSON that is not a list of papers.');
  const day = readFeedDay(json);
  if (day.papers.length === 0) {
    const skipped = day.skipped > 0 ? ` (${day.skipped} item${day.skipped === 1 ? '' : 's'} of another shape skipped)` : '';
    throw new FeedError('empty', `Hugging Face lists no papers for ${date} yet${skipped}.`);
  }
  return day;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Node's fetch hides the cause (`ECONNREFUSED`, `ENOTFOUND`) one level down. */
function reason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  const message = cause instanceof Error ? cause.message : String(cause);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}
