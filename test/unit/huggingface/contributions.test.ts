/** The settings' defaults are the core's, and the summary placeholders they write are what DP054 reports. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINT, DEFAULT_SUMMARY_TEMPLATE, DEFAULT_TIMEOUT_SECONDS, renderEntry } from '../../../src/core/huggingface';
import { digest, readManifest, REPO } from '../helpers';
import { findings } from '../rules/rule-helpers';

const manifest = readManifest();
const nls = JSON.parse(readFileSync(resolve(REPO, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** A `%key%` title as English users see it. */
const english = (value: string) => value.replace(/^%(.+)%$/, (_, key: string) => nls[key]);
const setting = (key: string) => manifest.contributes.configuration.properties[`dailyPapers.huggingFace.${key}`];
const paper = { id: '2403.15371', title: 'Can large language models explore in-context?', votes: 16, authors: ['Dylan J. Foster'], media: null };

describe('Hugging Face settings and placeholders', () => {
  it('the settings default to the core’s endpoint, timeout and template', () => {
    expect(setting('endpoint').default).toBe(DEFAULT_ENDPOINT);
    expect(setting('timeoutSeconds').default).toBe(DEFAULT_TIMEOUT_SECONDS);
    expect(setting('summaryTemplate').default).toEqual(DEFAULT_SUMMARY_TEMPLATE);
  });

  it('the commands are contributed, Refresh Votes only for digests in the palette', () => {
    const commands = manifest.contributes.commands.map((command) => [command.command, english(command.title)]);
    expect(commands).toContainEqual(['dailyPapers.huggingFace.newDigest', 'New Digest from Hugging Face…']);
    expect(commands).toContainEqual(['dailyPapers.huggingFace.refreshVotes', 'Refresh Votes from Hugging Face']);
    expect(manifest.contributes.menus.commandPalette).toContainEqual({ command: 'dailyPapers.huggingFace.refreshVotes', when: 'dailyPapers.isDigest' });
  });

  it('DP054 reports each placeholder of the default template, and bare bullets of a custom one', () => {
    expect(findings(digest(renderEntry(paper, { summaryTemplate: DEFAULT_SUMMARY_TEMPLATE })), 'DP054').map((found) => found.message)).toEqual([
      'The summary of "What\'s New" is still to be written.',
      'The summary of "Technical Details" is still to be written.',
      'The summary of "Performance Highlights" is still to be written.',
    ]);
    expect(findings(digest(renderEntry(paper, { summaryTemplate: ['-', '-'] })), 'DP054')).toHaveLength(2);
  });

  it('DP054 is silent once the summaries are written', () => {
    const written = ["- **What's New**: explores bandits in context.", '- ***Technical Details***: GPT-4 with summarised history.', '- plain bullet'];
    expect(findings(digest(renderEntry(paper, { summaryTemplate: written })), 'DP054')).toEqual([]);
  });
});
