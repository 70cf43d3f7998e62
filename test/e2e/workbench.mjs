// What a person does in the VS Code workbench, as Playwright steps. UI checks receive a
// Workbench; add helpers here when a check needs a new gesture.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const TIMEOUT_MS = 20_000;

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, screenshotDir) {
    this.page = page;
    this.screenshotDir = screenshotDir;
  }

  /** Waits until the workbench shows the workspace's files in the Explorer. */
  async ready() {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  /** Runs a command from the Command Palette by its label, e.g. 'View: Close All Editors'. */
  async runCommand(label) {
    // A palette opened while a webview had the focus can stay hidden for a moment: open it again until
    // the command's row shows (nothing has run until the row is clicked).
    for (let attempt = 1; ; attempt++) {
      await this.#openQuickInput('F1');
      await this.page.keyboard.type(label);
      try {
        await this.#quickInputRow(label).waitFor({ timeout: 5000 });
        break;
      } catch (error) {
        if (attempt === 4) throw error;
      }
    }
    await this.#pickQuickInputRow(label);
  }

  /** Opens a workspace file with Quick Open (Ctrl+P), as a person would, and waits for its tab. */
  async openFile(fileName) {
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      await this.#openQuickInput('Control+P');
      await this.page.keyboard.type(fileName);
      try {
        await this.#quickInputRow(fileName).waitFor({ timeout: 3000 });
        break;
      } catch (error) {
        // Quick Open may not list a file created a moment ago yet: ask again.
        if (Date.now() > deadline) throw error;
      }
    }
    await this.#pickQuickInputRow(fileName);
    await this.activeTab(fileName).waitFor({ timeout: TIMEOUT_MS });
  }

  /** The active editor tab, optionally only if it is labelled `fileName`. */
  activeTab(fileName) {
    const tab = this.page.locator('.part.editor:not(.modal-editor-part) > .content .editor-group-container.active .tab.active');
    return fileName ? tab.filter({ hasText: fileName }) : tab;
  }

  /** The text lines the active editor currently renders (Monaco renders the visible ones only). */
  activeEditorLines() {
    return this.page.locator('.part.editor:not(.modal-editor-part) > .content .editor-group-container.active .monaco-editor .view-lines');
  }

  /** The rendered text of the active editor, with Monaco's non-breaking spaces made plain. */
  async activeEditorText() {
    return (await this.activeEditorLines().innerText()).replaceAll('\u00a0', ' ');
  }

  /**
   * Picks a colour theme with "Preferences: Color Theme", as a person would. The command opens a second
   * picker, and a palette opened while a webview had the focus can be inert for a moment, so the steps
   * are tried again from the start rather than failing on the first slow frame.
   */
  async chooseColorTheme(name) {
    const input = this.page.locator('.quick-input-widget input');
    const row = (text) => this.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
    for (let attempt = 1; ; attempt++) {
      try {
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('F1');
        await input.fill('>Preferences: Color Theme', { timeout: 5000 });
        await row('Preferences: Color Theme').click({ timeout: 5000 });
        await this.page.locator('.quick-input-widget input[placeholder^="Select Color Theme"]').waitFor({ timeout: 5000 });
        await input.fill(name, { timeout: 5000 });
        await row(name).click({ timeout: 5000 });
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5000 });
        return;
      } catch (error) {
        if (attempt === 4) throw error;
      }
    }
  }

  /** Rests the mouse on `target` until `card` shows, up to 10 tries; the target is measured anew each try (Monaco redraws lines). */
  async hoverUntilShown(target, card) {
    for (let attempt = 1; ; attempt++) {
      await target.waitFor();
      const box = await target.boundingBox();
      if (!box && attempt < 10) continue;
      await this.page.mouse.move(5, 450);
      await this.page.mouse.move(box.x + 60, box.y + box.height / 2);
      await this.page.mouse.move(box.x + 80, box.y + box.height / 2);
      try {
        await card.waitFor({ timeout: 3_000 });
        return;
      } catch (error) {
        if (attempt === 10) throw error;
      }
    }
  }

  async screenshot(name) {
    mkdirSync(this.screenshotDir, { recursive: true });
    const file = path.join(this.screenshotDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async #openQuickInput(shortcut) {
    await this.page.keyboard.press('Escape'); // close whatever quick input or hover is open
    await this.page.keyboard.press(shortcut);
    await this.page.locator('.quick-input-widget input').waitFor({ timeout: TIMEOUT_MS });
  }

  #quickInputRow(text) {
    return this.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
  }

  async #pickQuickInputRow(text) {
    const row = this.#quickInputRow(text);
    await row.waitFor({ timeout: TIMEOUT_MS });
    await row.click();
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
  }
}
