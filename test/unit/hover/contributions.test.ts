import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers';

const manifest = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8'));
const ANYWHERE = ['openOnArxiv', 'openPdf', 'openOnHuggingFace', 'copyArxivId', 'copyBibtex'].map((name) => `dailyPapers.paper.${name}`).concat('dailyPapers.goToPaper');

describe('paper commands in the manifest', () => {
  it('lists the paper commands in the command palette of every window (no when clause hides them)', () => {
    const commands = manifest.contributes.commands.map((command: { command: string }) => command.command);
    for (const command of ANYWHERE) expect(commands).toContain(command);
    const palette = manifest.contributes.menus.commandPalette.map((entry: { command: string }) => entry.command);
    for (const command of ANYWHERE) expect(palette).not.toContain(command);
  });

  it('offers Copy BibTeX in the Papers and Authors views and the editor context menus', () => {
    const inView = manifest.contributes.menus['view/item/context'].filter((entry: { command: string }) => entry.command === 'dailyPapers.paper.copyBibtex');
    expect(inView.map((entry: { when: string }) => entry.when)).toEqual([
      'view == dailyPapers.papers && viewItem == paper.arxiv',
      'view == dailyPapers.authors && viewItem == paper.arxiv',
    ]);
    expect(manifest.contributes.menus['editor/context'].map((entry: { command: string }) => entry.command)).toContain('dailyPapers.paper.copyBibtex');
  });
});
