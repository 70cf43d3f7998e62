/**
 * The `render` page of a digest full of XSS payloads, opened in a real browser (Debian's Chromium through
 * playwright-core): nothing runs, nothing navigates, nothing is requested but the page and https media,
 * even with every link and toggle clicked. The page is served from a loopback server; every request
 * leaving it is recorded and answered here, so the test never reaches the internet.
 */

import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStandalonePage } from '../../../src/cli/render-command';
import { consoleLogger, createDigestService } from '../../../src/core/digest-service';
import { digest, entry, REPO } from '../helpers';

const CHROMIUM = process.env.DAILY_PAPERS_CHROMIUM ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`browser XSS test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

/** Each payload, if it ran, would open a dialog, set a global, or navigate. */
const RUN = ['alert(1)', 'window.pwned=1', "location='https://evil.example/'"];
const PAYLOADS = RUN.flatMap((code) => [
  `<script>${code}</script>`,
  `<img src=x onerror="${code}">`,
  `<svg onload="${code}">`,
  `"><img src=x onerror=${code}>`,
  `' onmouseover='${code}' x='`,
  `" onfocus="${code}" autofocus="`,
  `</style><script>${code}</script>`,
  `<!--<script>${code}</script>-->`,
  `]]><script>${code}</script>`,
  `[click](javascript:${code})`,
  `[click](data:text/html,<script>${code}</script>)`,
  `<a href="javascript:${code}">click</a>`,
  `<details open ontoggle="${code}">`,
  `<iframe srcdoc="<script>${code}</script>">`,
  `<video><source onerror="${code}"></video>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${code}">`,
]);
const MEDIA = ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'x" onerror="window.pwned=1', 'https://cdn.example/a.png" onerror="window.pwned=1', '//evil.example/a.png'];

function hostileDigest(): string {
  const entries = PAYLOADS.map((payload, i) =>
    entry({
      heading: i % 3 === 0 ? `### [${payload}](https://arxiv.org/abs/2403.${15000 + i})` : `### [${payload}](javascript:window.pwned=1)`,
      media: i % 4 === 0 ? `[Watch Video](${MEDIA[i % MEDIA.length]})\n\n<div><video controls src="${MEDIA[i % MEDIA.length]}" muted="false"></video></div>` : `![](${MEDIA[i % MEDIA.length]})`,
      vote: `Vote: ${payload}`,
      authors: `Authors: ${Array.from({ length: 9 }, () => payload).join(', ')}, +`,
      summary: `- ${payload}\n- **${payload}**: ${payload}\n- https://example.org/${payload}`,
    }),
  );
  return digest(...entries);
}

describe.skipIf(!HAS_CHROMIUM)('the render page in a real browser', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  const html = renderStandalonePage(
    createDigestService({ logger: consoleLogger }),
    hostileDigest(),
    '<script>alert(1)</script>.md',
    ['theme.css', 'preview.css'].map((name) => readFileSync(join(REPO, 'media', name), 'utf8')).join('\n'),
  );

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/page.html') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('runs nothing, navigates nowhere, requests only https media, with every link and toggle clicked', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    const navigations: string[] = [];
    const pageErrors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url.startsWith(origin)) return route.continue();
      // A link followed gets 204 No Content, which leaves the page where it is; media are refused.
      return route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.abort('blockedbyclient');
    });
    await page.goto(`${origin}/page.html`);
    const cards = await page.locator('article.paper').count();
    expect(cards).toBe(PAYLOADS.length);

    const clickables = page.locator('a, summary, button, video');
    const count = await clickables.count();
    expect(count).toBeGreaterThan(PAYLOADS.length * 2);
    // Real mouse clicks on the first cards; then every link and toggle clicked, hovered and focused from the page.
    for (let i = 0; i < Math.min(count, 24); i++) {
      await clickables.nth(i).click({ noWaitAfter: true, force: true, timeout: 2000 });
      expect(page.url()).toBe(`${origin}/page.html`);
    }
    // A string, as this runs in the page (the project's TypeScript has no DOM types).
    const touched = await page.evaluate<number>(`(() => {
      const all = [...document.querySelectorAll('body *')];
      for (const element of all) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle']) element.dispatchEvent(new Event(type, { bubbles: true }));
        if (element.matches('a, summary, button')) element.click();
      }
      return all.length;
    })()`);
    expect(touched).toBeGreaterThan(PAYLOADS.length * 10);
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${origin}/page.html`);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);

    expect(dialogs).toEqual([]);
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
    expect(await page.title()).toBe('<script>alert(1)</script>.md – Daily Papers');
    expect(await page.locator('script, iframe, object, embed').count()).toBe(0);
    expect(navigations.filter((url) => url !== `${origin}/page.html`)).toEqual([]);
    const outside = requests.filter((url) => !url.startsWith(`${origin}/page.html`));
    expect(outside.filter((url) => !url.startsWith('https://'))).toEqual([]);
    // The https requests are the thumbnails and the links clicked (refused here), never javascript: or data:.
    expect(outside.some((url) => url.startsWith('https://arxiv.org/abs/'))).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
