import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DailyPapersApi } from '../../../src/extension';
import { waitFor } from '../helpers';
import { deleteIfPresent, papersApi, writeWorkspaceFile } from '../papers-helpers';

const JULY = ['## Daily Papers (2031-07-01)', '', '### [Overview test paper](https://arxiv.org/abs/2407.99001)', '', 'Vote: 500', '', 'Authors: Olive Overview', '', '- Summary.', ''].join('\n');

suite('Overview', () => {
  let api: DailyPapersApi;

  suiteSetup(async () => {
    api = await papersApi();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opens a webview with a strict CSP, a nonce, month bars and the top papers and authors', async () => {
    await vscode.commands.executeCommand('dailyPapers.showOverview');
    const panel = api.overview.panel;
    assert.ok(panel, 'the overview panel is open');
    assert.equal(panel.title, 'Daily Papers Overview');
    assert.equal(panel.webview.options.enableCommandUris, false);
    assert.deepEqual(panel.webview.options.localResourceRoots?.map((uri) => uri.path.split('/').pop()), ['media']);
    const html = panel.webview.html;
    const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
    assert.match(csp, /^default-src 'none'; /);
    const nonce = /script-src 'nonce-([A-Za-z0-9+/]{22}==)'/.exec(csp)?.[1];
    assert.ok(nonce, 'scripts need a nonce');
    assert.equal((html.match(/<script /g) ?? []).length, (html.match(new RegExp(`<script nonce="${nonce.replace(/[+/]/g, '\\$&')}"`, 'g')) ?? []).length);
    assert.match(html, /aria-label="2024-03: 13 papers"/);
    assert.match(html, /aria-label="2024-02: 150 votes"/);
    assert.match(html, /data-action="reveal-author" data-rank="\d+" title="Show in the Authors view">Qi Zhang<\/button> <span class="meta">2 papers · ▲31<\/span>/);
    assert.match(html, /data-month="2024-02" data-rank="0" title="Open the entry">StepCoder/);

    await vscode.commands.executeCommand('dailyPapers.showOverview');
    assert.equal(api.overview.panel, panel, 'a second Show Overview reveals the same panel');
  });

  test('is redrawn, with a fresh nonce, when a digest changes', async () => {
    await vscode.commands.executeCommand('dailyPapers.showOverview');
    const panel = api.overview.panel!;
    const before = api.overview.renders;
    const nonceOf = () => /nonce-([A-Za-z0-9+/=]+)/.exec(panel.webview.html)?.[1];
    const oldNonce = nonceOf();
    const uri = await writeWorkspaceFile('overview-july.md', JULY);
    try {
      await waitFor(async () => {
        await api.workspaceIndex.index.settle();
        return api.overview.renders > before && panel.webview.html.includes('aria-label="2031-07: 1 paper"');
      }, 'the overview to show the new month');
      assert.match(panel.webview.html, /Overview test paper<\/button> <span class="meta">▲500 · 2031-07-01/);
      assert.notEqual(nonceOf(), oldNonce);
    } finally {
      await deleteIfPresent(uri);
      await waitFor(async () => {
        await api.workspaceIndex.index.settle();
        return !panel.webview.html.includes('2031-07');
      }, 'the deleted digest to leave the overview');
    }
  });
});
