/** fetchFeedDay with a fetch given in process: what it asks for, and each failure as the user is told it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dailyPapersUrl, FeedError, fetchFeedDay, type FetchDayOptions } from '../../../src/core/huggingface';

const ANSWER = JSON.stringify([{ paper: { id: '2403.15371', title: 'Can models explore?', upvotes: 16, authors: [] } }]);

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch that records its calls and answers with `answer` (a Response, or a function of the call's signal). */
function fakeFetch(answer: Response | ((signal: AbortSignal) => Promise<Response>)): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetch = ((input: string, init?: RequestInit) => {
    calls.push({ url: input, init });
    return typeof answer === 'function' ? answer(init!.signal!) : Promise.resolve(answer);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

/** Never answers; rejects as fetch does when its signal aborts. */
const hanging = (signal: AbortSignal) =>
  new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('This operation was aborted', 'AbortError'))));

async function failure(options: Partial<FetchDayOptions> & Pick<FetchDayOptions, 'fetch'>): Promise<FeedError> {
  const error = await fetchFeedDay('2024-03-25', { endpoint: 'https://huggingface.co', timeoutSeconds: 5, ...options }).then(
    () => new Error('expected a failure'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FeedError);
  return error as FeedError;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('dailyPapersUrl', () => {
  it('joins the endpoint without its trailing slashes and the encoded date', () => {
    expect(dailyPapersUrl('https://huggingface.co', '2024-03-25')).toBe('https://huggingface.co/api/daily_papers?date=2024-03-25');
    expect(dailyPapersUrl('http://127.0.0.1:8080/proxy//', '2024-03-25')).toBe('http://127.0.0.1:8080/proxy/api/daily_papers?date=2024-03-25');
    expect(dailyPapersUrl('https://huggingface.co', '2024 03&x')).toBe('https://huggingface.co/api/daily_papers?date=2024%2003%26x');
  });
});

describe('fetchFeedDay with a given fetch', () => {
  it('asks for JSON at the day URL and reads the answer', async () => {
    const { fetch, calls } = fakeFetch(new Response(ANSWER, { status: 200 }));
    const day = await fetchFeedDay('2024-03-25', { endpoint: 'https://huggingface.co/', timeoutSeconds: 5, fetch });
    expect(day.papers.map((paper) => paper.id)).toEqual(['2403.15371']);
    expect(calls.map((call) => call.url)).toEqual(['https://huggingface.co/api/daily_papers?date=2024-03-25']);
    expect(calls[0].init?.headers).toEqual({ accept: 'application/json' });
    expect(calls[0].init?.signal?.aborted).toBe(false);
  });

  it('passes on the reading errors of the answer', async () => {
    const error = await failure(fakeFetch(new Response('[]', { status: 200 })));
    expect(error.kind).toBe('empty');
  });

  it('gives an HTTP error its status, its status text when there is one, and a hint for 429', async () => {
    const notFound = await failure(fakeFetch(new Response('no', { status: 404, statusText: 'Not Found' })));
    expect(notFound).toMatchObject({ kind: 'http', status: 404 });
    expect(notFound.message).toMatch(/HTTP 404 Not Found\.$/);
    const bare = await failure(fakeFetch(new Response('no', { status: 503 })));
    expect(bare.message).toMatch(/HTTP 503\.$/);
    const tooMany = await failure(fakeFetch(new Response('no', { status: 429, statusText: 'Too Many Requests' })));
    expect(tooMany).toMatchObject({ kind: 'http', status: 429 });
    expect(tooMany.message).toMatch(/HTTP 429 Too Many Requests \(.+\)\.$/);
  });

  it('stops after the timeout, waiting at least one second, and says how long it waited', async () => {
    vi.useFakeTimers();
    for (const [timeoutSeconds, waited] of [
      [3, 3000],
      [0, 1000],
    ]) {
      const given = fakeFetch(hanging);
      const settled = failure({ ...given, timeoutSeconds });
      await vi.advanceTimersByTimeAsync(waited - 1);
      expect(given.calls[0].init?.signal?.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const error = await settled;
      expect(error.kind).toBe('timeout');
      expect(error.message).toContain(`${timeoutSeconds} s`);
      expect(error.message).toContain('(huggingface.co)');
    }
  });

  it('does not ask at all when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    const given = fakeFetch(new Response(ANSWER));
    const error = await failure({ ...given, signal: controller.signal });
    expect(error.kind).toBe('cancelled');
    expect(error.message).not.toBe('');
    expect(error.name).toBe('FeedError');
    expect(given.calls).toEqual([]);
  });

  it('stops as soon as it is cancelled while waiting', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const settled = failure({ ...fakeFetch(hanging), signal: controller.signal, timeoutSeconds: 60 });
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    const error = await settled;
    expect(error.kind).toBe('cancelled');
    expect(error.message).not.toBe('');
  });

  it('leaves no timer behind once answered, so that the CLI can exit at once', async () => {
    vi.useFakeTimers();
    await fetchFeedDay('2024-03-25', { endpoint: 'https://huggingface.co', timeoutSeconds: 15, fetch: fakeFetch(new Response(ANSWER)).fetch });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('names the host and the cause of a network failure, adding the cause code only when the message lacks it', async () => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a fetch may reject with anything; the message must still read well
    const rejecting = (error: unknown) => fakeFetch(() => Promise.reject(error));
    const refused = Object.assign(new Error('connect refused'), { code: 'ECONNREFUSED' });
    expect((await failure(rejecting(new TypeError('fetch failed', { cause: refused })))).message).toBe('Could not reach huggingface.co: connect refused (ECONNREFUSED).');
    const named = Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' });
    expect((await failure(rejecting(new TypeError('fetch failed', { cause: named })))).message).toBe('Could not reach huggingface.co: getaddrinfo ENOTFOUND x.');
    expect((await failure(rejecting(new TypeError('Failed to fetch')))).message).toBe('Could not reach huggingface.co: Failed to fetch.');
    expect((await failure(rejecting('plain text')))).toMatchObject({ kind: 'network', message: 'Could not reach huggingface.co: plain text.' });
    expect((await failure(rejecting({ code: 'E1' }))).message).toBe('Could not reach huggingface.co: [object Object] (E1).');
    expect((await failure(rejecting(null))).message).toBe('Could not reach huggingface.co: null.');
  });

  it('names the endpoint as given when it is no URL', async () => {
    const error = await failure({ ...fakeFetch(() => Promise.reject(new TypeError('Invalid URL'))), endpoint: 'not a url' });
    expect(error.message).toBe('Could not reach not a url/api/daily_papers?date=2024-03-25: Invalid URL.');
  });
});
