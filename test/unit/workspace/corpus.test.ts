import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NodeFileSystem } from '../../../src/cli/node-file-system';
import { WorkspaceIndex } from '../../../src/core/workspace/workspace-index';

const CORPUS = resolve(__dirname, '../../../../shared/corpus');

interface ExpectedFile {
  file: string;
  days: { date: string; papers: { id: string | null; votes: number | null }[] }[];
}

describe.skipIf(!existsSync(CORPUS))('index over the sample corpus (../shared/corpus, CC BY-NC 4.0, l-yohai/daily_papers_ko)', () => {
  it('indexes every day and paper the reference reader sees, through the Node file system', async () => {
    const expected = JSON.parse(readFileSync(resolve(CORPUS, 'expected.json'), 'utf8')) as ExpectedFile[];
    const index = new WorkspaceIndex({ fileSystem: new NodeFileSystem([CORPUS]) });
    await index.build();
    for (const file of expected) {
      const indexed = index.file(pathToFileURL(resolve(CORPUS, file.file)).href);
      const dated = indexed?.days.filter((day) => day.dateText !== null) ?? [];
      expect(dated.map((day) => day.dateText), file.file).toEqual(file.days.map((day) => day.date));
      expect(dated.map((day) => day.papers.map((paper) => [paper.id, paper.votes])), file.file).toEqual(
        file.days.map((day) => day.papers.map((paper) => [paper.id, paper.votes])),
      );
    }
    expect(index.file(pathToFileURL(resolve(CORPUS, 'README.md')).href)).toBeUndefined();
  });
});
