import assert from 'node:assert/strict';

export const title = 'Developer: Show Running Extensions lists the installed Daily Papers as activated';

export async function run({ workbench, page }) {
  await workbench.runCommand('Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row').filter({
    has: page.locator('.name', { hasText: /^Daily Papers$/ }),
  });
  await row.waitFor();
  assert.match(await row.locator('.version').innerText(), /^\d+\.\d+\.\d+$/);
  // Only activated extensions show an activation time.
  assert.match(await row.locator('.activation-time').innerText(), /Activation: \d+ms/);
  await workbench.screenshot('extension-running');
  await workbench.runCommand('View: Close Editor');
}
