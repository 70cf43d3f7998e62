import { describe, expect, it } from 'vitest';
import { readManifest } from '../helpers';

const manifest = readManifest();
const ANYWHERE = ['openOnArxiv', 'openPdf', 'openOnHuggingFace', 'copyArxivId', 'copyBibtex'].map((name) => `dailyPapers.paper.${name}`).concat('dailyPapers.goToPaper');

describe('paper commands in the manifest', () => {
  it('lists the paper commands in the command palette of every window (no when clause hides them)', () => {
    const commands = manifest.contributes.commands.map((command) => command.command);
    for (const command of ANYWHERE) expect(commands).toContain(command);
    const palette = manifest.contributes.menus.commandPalette.map((entry) => entry.command);
    for (const command of ANYWHERE) expect(palette).not.toContain(command);
  });

  it('offers Copy BibTeX in the Papers and Authors views and the editor context menus', () => {
    const inView = manifest.contributes.menus['view/item/context'].filter((entry) => entry.command === 'dailyPapers.paper.copyBibtex');
    expect(inView.map((entry) => entry.when)).toEqual([
      'view == dailyPapers.papers && viewItem == paper.arxiv',
      'view == dailyPapers.authors && viewItem == paper.arxiv',
    ]);
    expect(manifest.contributes.menus['editor/context'].map((entry) => entry.command)).toContain('dailyPapers.paper.copyBibtex');
  });
});
