// Helpers for the tests of the workspace index, the papers tree and the symbol providers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DailyPapersApi } from '../../src/extension';
import type { TreeNode } from '../../src/vscode/tree/tree-model';
import { activateByOpeningDigest, fixtureUri, waitFor } from './helpers';

/** Activates the extension, waits for the first indexing, and returns what `activate` returned. */
export async function papersApi(): Promise<DailyPapersApi> {
  const extension = await activateByOpeningDigest();
  const api = extension.exports as DailyPapersApi;
  assert.ok(api?.workspaceIndex && api.paperTree, 'activate() returns the workspace index and the papers tree');
  await api.workspaceIndex.ready;
  await api.workspaceIndex.index.settle();
  return api;
}

/** Label and description of a node as the tree shows it. */
export function shown(api: DailyPapersApi, node: TreeNode): { label: string; description: string } {
  const item = api.paperTree.provider.getTreeItem(node);
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  return { label, description: typeof item.description === 'string' ? item.description : '' };
}

export function labels(api: DailyPapersApi, nodes: readonly TreeNode[]): string[] {
  return nodes.map((node) => shown(api, node).label);
}

/** Every day node of the tree (under years and months, or at the top of a flat list). */
export function dayNodes(api: DailyPapersApi): TreeNode[] {
  const provider = api.paperTree.provider;
  const walk = (nodes: TreeNode[]): TreeNode[] => nodes.flatMap((node) => (node.kind === 'day' ? [node] : node.kind === 'paper' ? [] : walk(provider.getChildren(node))));
  return walk(provider.getChildren());
}

/** The day nodes of the seed digests of test/fixtures/workspace (other suites may leave files of their own). */
export function seedDayNodes(api: DailyPapersApi): TreeNode[] {
  const seeds = new Set(['2024-02-05.md', '2024-03-25.md'].map((name) => fixtureUri(name).toString()));
  return dayNodes(api).filter((node) => node.kind === 'day' && seeds.has(node.day.file.uri));
}

export function dayNode(api: DailyPapersApi, label: string): TreeNode | undefined {
  return dayNodes(api).find((node) => shown(api, node).label === label);
}

export function paperLabels(api: DailyPapersApi, dayLabel: string): string[] {
  const day = dayNode(api, dayLabel);
  return day ? labels(api, api.paperTree.provider.getChildren(day)) : [];
}

/** Waits until the tree shows what `check` looks for (the index applies changes after a short delay). */
export async function waitForTree(api: DailyPapersApi, check: () => boolean, description: string): Promise<void> {
  await waitFor(async () => {
    await api.workspaceIndex.index.settle();
    return check();
  }, description);
}

/** Writes a file into the test workspace (a temporary copy of test/fixtures/workspace). */
export async function writeWorkspaceFile(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = fixtureUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function deleteIfPresent(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

export async function setTreeSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('dailyPapers.tree').update(key, value, vscode.ConfigurationTarget.Global);
}

/** A one-day digest with papers given as [title, votes]. */
export function digestText(date: string, papers: [string, number][]): string {
  return [
    `## Daily Papers (${date})`,
    '',
    ...papers.flatMap(([title, votes], i) => [
      `### [${title}](https://arxiv.org/abs/2401.${String(10000 + i)})`,
      '',
      `Vote: ${votes}`,
      '',
      'Authors: Ada Lovelace, Alan Turing',
      '',
      `- Summary of ${title}.`,
      '',
    ]),
  ].join('\n');
}
