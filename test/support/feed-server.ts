/**
 * A loopback stand-in for huggingface.co: replays the recorded answers of ../shared/hf-api and serves
 * the failure cases. The endpoint's first path segment picks the behaviour, so a test sets
 * `dailyPapers.huggingFace.endpoint` (or `--endpoint`) to `${url}/<case>`:
 * `replay` (also with no case segment), `slow`, `429`, `500`, `truncated`, `html`, `empty`, `object`, `reset`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface FeedServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  /** Requests received, as paths with query (`/replay/api/daily_papers?date=2024-03-25`). */
  requests: string[];
  close(): Promise<void>;
}

export const FEED_CASES = ['replay', 'slow', '429', '500', 'truncated', 'html', 'empty', 'object', 'reset'] as const;

/** `answersDir` holds `YYYY-MM-DD.json` files; `slowMs` is how long the `slow` case waits. */
export async function startFeedServer(answersDir: string, slowMs = 5000): Promise<FeedServer> {
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    serve(request, response, answersDir, slowMs, timers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function serve(request: IncomingMessage, response: ServerResponse, dir: string, slowMs: number, timers: Set<NodeJS.Timeout>): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  // No case segment (`${url}/api/daily_papers`) replays, like huggingface.co itself.
  const [, behaviour, ...rest] = url.pathname.startsWith('/api/') ? ['', 'replay', ...url.pathname.split('/').slice(1)] : url.pathname.split('/');
  const date = url.searchParams.get('date') ?? '';
  if (rest.join('/') !== 'api/daily_papers' || !/^[\w-]+$/.test(date)) return send(response, 404, 'text/plain', 'not found');
  // `2024-04-01` is answered from `2024-04-01.json`, else from a variant such as `2024-04-01-hostile.json`.
  const name = existsSync(join(dir, `${date}.json`)) ? `${date}.json` : readdirSync(dir).find((file) => file.startsWith(`${date}-`) && file.endsWith('.json'));
  const answer = name ? readFileSync(join(dir, name), 'utf8') : '[]';
  switch (behaviour) {
    case 'replay':
      return send(response, 200, 'application/json', answer);
    case 'slow': {
      const timer = setTimeout(() => send(response, 200, 'application/json', answer), slowMs);
      timers.add(timer);
      return;
    }
    case '429':
      return send(response, 429, 'application/json', '{"error":"rate limited"}');
    case '500':
      return send(response, 500, 'text/plain', 'Internal Server Error');
    case 'truncated':
      return send(response, 200, 'application/json', answer.slice(0, Math.floor(answer.length / 2)));
    case 'html':
      return send(response, 200, 'text/html', '<!doctype html><html><body><h1>We are down for maintenance</h1></body></html>');
    case 'empty':
      return send(response, 200, 'application/json', '[]');
    case 'object':
      return send(response, 200, 'application/json', '{"error":"Invalid date"}');
    case 'reset':
      request.socket.destroy();
      return;
    default:
      return send(response, 404, 'text/plain', 'unknown case');
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
