/** Every way the feed can fail gives one clear FeedError; nothing else is thrown. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedError, fetchFeedDay, type FetchDayOptions } from '../../../src/core/huggingface';
import { startFeedServer, type FeedServer } from '../../support/feed-server';
import { HAS_HF_API, HF_API } from './feed-helpers';

let server: FeedServer;
beforeAll(async () => {
  if (!HAS_HF_API) return;
  server = await startFeedServer(HF_API, 3000);
});
afterAll(() => server?.close());

async function failure(endpoint: string, options: Partial<FetchDayOptions> = {}, date = '2024-03-25'): Promise<FeedError> {
  const error = await fetchFeedDay(date, { endpoint, timeoutSeconds: 5, ...options }).then(
    () => new Error('expected a failure'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FeedError);
  return error as FeedError;
}

describe.skipIf(!HAS_HF_API)('fetchFeedDay', () => {
  it('asks for the day at {endpoint}/api/daily_papers?date=…', async () => {
    const day = await fetchFeedDay('2024-02-05', { endpoint: `${server.url}/replay/`, timeoutSeconds: 5 });
    expect(day.papers.map((paper) => paper.id)).toContain('2402.01566');
    expect(server.requests.at(-1)).toBe('/replay/api/daily_papers?date=2024-02-05');
  });

  it.each([
    ['429', 'http', /HTTP 429 .*too many requests/],
    ['500', 'http', /HTTP 500/],
    ['truncated', 'not-json', /not JSON \(perhaps cut off\)/],
    ['html', 'not-json', /an HTML page/],
    ['object', 'not-array', /not a list of papers/],
    ['empty', 'empty', /no papers for 2024-03-25 yet/],
    ['reset', 'network', /Could not reach 127\.0\.0\.1:\d+/],
  ])('%s gives a %s error', async (behaviour, kind, message) => {
    const error = await failure(`${server.url}/${behaviour}`);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it('says the status of an HTTP error', async () => {
    expect((await failure(`${server.url}/429`)).status).toBe(429);
  });

  it('gives up after the timeout', async () => {
    const started = Date.now();
    const error = await failure(`${server.url}/slow`, { timeoutSeconds: 1 });
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/did not answer within 1 s/);
    expect(Date.now() - started).toBeLessThan(2900);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await failure(`${server.url}/slow`, { signal: controller.signal });
    expect(error.kind).toBe('cancelled');
  });

  it('reports a refused connection (offline) with its cause', async () => {
    const closed = await startFeedServer(HF_API);
    await closed.close();
    const error = await failure(`${closed.url}/replay`);
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it('reports a name that does not resolve with its cause', async () => {
    const dnsFailure: typeof fetch = () => {
      const cause = Object.assign(new Error('getaddrinfo ENOTFOUND huggingface.example'), { code: 'ENOTFOUND' });
      return Promise.reject(new TypeError('fetch failed', { cause }));
    };
    const error = await failure('https://huggingface.example', { fetch: dnsFailure });
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Could not reach huggingface.example: getaddrinfo ENOTFOUND huggingface.example.');
  });
});
