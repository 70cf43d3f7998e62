export const title = 'the window is in restricted mode: the folder is not trusted';
export const restricted = 'only';
export const hosts = ['node'];

export async function run({ workbench, page }) {
  // VS Code names restricted mode in the status bar while the folder is not trusted.
  await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
  await workbench.screenshot('restricted-mode');
}
