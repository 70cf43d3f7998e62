/** Hugging Face feed errors and the Papers view's and outline's labels in Korean. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { FeedError, fetchFeedDay, readAnswer } from '../../../src/core/huggingface';
import { translator } from '../../../src/core/l10n';
import { paperDescription, paperTitle } from '../../../src/core/labels';
import { parseDigest } from '../../../src/core/parser/parser';
import { documentSymbols } from '../../../src/core/symbols';
import { renderPage } from '../../../src/core/render';
import { digest, entry } from '../helpers';

const failure = async (run: () => Promise<unknown>): Promise<FeedError> => {
  try {
    await run();
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
};

describe('Hugging Face feed errors', () => {
  const ko = translator('ko');

  it('each answer that is not a list of papers is one Korean sentence with locale ko', () => {
    const sentence = (body: string) => {
      try {
        readAnswer(body, '2024-03-25', ko);
      } catch (error) {
        return (error as FeedError).message;
      }
    };
    expect(sentence('<!DOCTYPE html><html>')).toBe('Hugging Face가 논문 목록 대신 HTML 페이지로 응답했습니다.');
    expect(sentence('')).toBe('Hugging Face가 논문 목록 대신 빈 본문으로 응답했습니다.');
    expect(sentence('[{"paper":')).toBe('Hugging Face가 논문 목록 대신 JSON이 아닌 텍스트(중간에 끊겼을 수 있음)로 응답했습니다.');
    expect(sentence('{}')).toBe('Hugging Face가 논문 목록이 아닌 JSON으로 응답했습니다.');
    expect(sentence('[]')).toBe('Hugging Face에 아직 2024-03-25의 논문이 없습니다.');
    expect(sentence('[1, 2]')).toBe('Hugging Face에 아직 2024-03-25의 논문이 없습니다(형식이 다른 항목 2개는 건너뜀).');
    expect(() => readAnswer('[]', '2024-03-25')).toThrow('Hugging Face lists no papers for 2024-03-25 yet.');
  });

  it('HTTP errors and cancelling, from fetchFeedDay with locale ko', async () => {
    const answer = (status: number, statusText: string) => () => Promise.resolve(new Response('busy', { status, statusText }));
    const tooMany = await failure(() => fetchFeedDay('2024-03-25', { endpoint: 'https://hf.test', timeoutSeconds: 5, locale: 'ko', fetch: answer(429, 'Too Many Requests') }));
    expect([tooMany.kind, tooMany.status, tooMany.message]).toEqual(['http', 429, 'Hugging Face가 HTTP 429 Too Many Requests(으)로 응답했습니다(요청이 너무 많음: 나중에 다시 시도하세요).']);
    const english = await failure(() => fetchFeedDay('2024-03-25', { endpoint: 'https://hf.test', timeoutSeconds: 5, fetch: answer(500, 'Internal Server Error') }));
    expect(english.message).toBe('Hugging Face answered HTTP 500 Internal Server Error.');
    const cancelled = await failure(() => fetchFeedDay('2024-03-25', { endpoint: 'https://hf.test', timeoutSeconds: 5, locale: 'ko', signal: AbortSignal.abort() }));
    expect([cancelled.kind, cancelled.message]).toEqual(['cancelled', '취소했습니다.']);
  });

  it('daily-papers fetch --locale ko says in Korean that the feed could not be reached and nothing was written', async () => {
    let stderr = '';
    const code = await runCli(['fetch', '--date', '2024-03-25', '--endpoint', 'http://127.0.0.1:9', '--timeout', '5', '--locale', 'ko'], {
      cwd: process.cwd(),
      env: {},
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/127\.0\.0\.1:9에 연결할 수 없습니다: .*\. 아무것도 쓰지 않았습니다\./);
  });
});

describe('labels of the Papers view and the outline', () => {
  it('a paper is `▲16 · Foster 외` and an untitled one `(제목 없는 항목)` in Korean', () => {
    expect(paperDescription(16, ['Dylan J. Foster', 'Keegan Harris'], 'ko')).toBe('▲16 · Foster 외');
    expect(paperDescription(16, ['Dylan J. Foster', 'Keegan Harris'])).toBe('▲16 · Foster et al.');
    expect(paperTitle('  ', 'ko')).toBe('(제목 없는 항목)');
    const [day] = documentSymbols(parseDigest(digest(entry({}))), { locale: 'ko' });
    expect(day.children[0].detail).toBe('▲16 · Foster 외');
  });

  it('webview pages and the CLI page say their language in <html lang>', () => {
    const page = (locale?: string) => renderPage({ title: 't', csp: "default-src 'none'", bodyHtml: '', locale });
    expect(page('ko')).toContain('<html lang="ko">');
    expect(page('ko-KR')).toContain('<html lang="ko">');
    expect(page()).toContain('<html lang="en">');
  });
});
