import assert from 'node:assert/strict';

export const title = 'Developer: Show Running Extensions lists the installed Daily Papers as activated, in the expected extension host';
export const restricted = 'also';

export async function run({ workbench, page, host }) {
  await workbench.runCommand('Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row').filter({
    has: page.locator('.name', { hasText: /^Daily Papers$/ }),
  });
  await row.waitFor();
  assert.match(await row.locator('.version').innerText(), /^\d+\.\d+\.\d+$/);
  // Only activated extensions show an activation time.
  assert.match(await row.locator('.activation-time').innerText(), /Activation: \d+ms/);
  // The row names where it runs: the server's address for the Node host, "web worker" in the browser.
  const where = (await row.innerText()).replace(/\s+/g, ' ');
  assert.match(where, host === 'web' ? /web worker/i : /127\.0\.0\.1:\d+/);
  await row.scrollIntoViewIfNeeded();
  await workbench.screenshot('extension-running');
  await workbench.runCommand('View: Close Editor');
}
