/**
 * Fetches one day of the feed with the global `fetch` (Node 18+, browsers and web workers have it).
 * Every failure becomes a `FeedError` with one sentence for the user; nothing else is thrown.
 */

import { english, translator, type Translate } from '../l10n';
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
  /** The language of the errors' messages (BCP 47, such as `ko`); English when absent. */
  locale?: string;
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
  const t = translator(options.locale);
  options.signal?.addEventListener('abort', cancel);
  try {
    if (options.signal?.aborted) throw new FeedError('cancelled', t('feed.cancelled'));
    const body = await download(options.fetch ?? fetch, url, timeout.signal, t);
    return readAnswer(body, date, t);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (options.signal?.aborted) throw new FeedError('cancelled', t('feed.cancelled'));
    if (timeout.signal.aborted) throw new FeedError('timeout', t('feed.timeout', options.timeoutSeconds, hostOf(url)));
    throw new FeedError('network', t('feed.network', hostOf(url), reason(error)));
  } finally {
    clearTimeout(timer);
    // Stryker disable next-line all: aborting a finished request's controller changes nothing a user or test can see
    options.signal?.removeEventListener('abort', cancel);
  }
}

async function download(get: typeof fetch, url: string, signal: AbortSignal, t: Translate): Promise<string> {
  const response = await get(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new FeedError('http', t(response.status === 429 ? 'feed.http429' : 'feed.http', status), response.status);
  }
  return response.text();
}

/** Reads the body of an answer: a JSON array of papers. */
export function readAnswer(body: string, date: string, t: Translate = english): FeedDay {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new FeedError('not-json', t(/^\s*</.test(body) ? 'feed.html' : body.trim() === '' ? 'feed.emptyBody' : 'feed.notJson'));
  }
  if (!Array.isArray(json)) throw new FeedError('not-array', t('feed.notArray'));
  const day = readFeedDay(json);
  if (day.papers.length === 0) {
    throw new FeedError('empty', day.skipped === 0 ? t('feed.empty', date) : day.skipped === 1 ? t('feed.emptySkippedOne', date) : t('feed.emptySkipped', date, day.skipped));
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
