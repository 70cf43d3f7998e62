import { describe, expect, it } from 'vitest';
import { foldForSearch, MatchedField } from '../../../src/core/workspace/search';
import { WorkspaceIndex } from '../../../src/core/workspace/workspace-index';
import { digest, MemoryFileSystem, paper } from './memory-file-system';

async function searchable(): Promise<WorkspaceIndex> {
  const fs = new MemoryFileSystem();
  fs.write(
    '2024/03/25.md',
    digest(
      '2024-03-25',
      paper({ id: '2403.15371', title: 'Can large language models explore in-context?', votes: 16, authors: ['Dylan J. Foster', 'Keegan Harris'] }),
      paper({ id: '2403.15042', title: 'LLM2LLM: Boosting LLMs', votes: 14, authors: ['Sehoon Kim', 'Language Lab'] }),
      paper({ id: '2403.14781', title: 'Champ: human image animation', votes: 40, authors: ['José Müller'] }),
    ),
  );
  fs.write('2024/03/26.md', digest('2024-03-26', paper({ id: '2403.99999', title: 'Languages of the world', votes: 3, authors: ['Ann Other'] })));
  const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0 });
  await index.build();
  return index;
}

describe('search', () => {
  it('ranks a title match above an author match above an id match', async () => {
    const index = await searchable();
    const hits = index.search('language');
    expect(hits.map((hit) => hit.paper.title)).toEqual([
      'Can large language models explore in-context?',
      'Languages of the world',
      'LLM2LLM: Boosting LLMs',
    ]);
    expect(hits.map((hit) => hit.fields)).toEqual([MatchedField.Title, MatchedField.Title, MatchedField.Author]);
    expect(index.search('14781').map((hit) => [hit.paper.title, hit.fields])).toEqual([['Champ: human image animation', MatchedField.Id]]);
  });

  it('ranks a word start above a match inside a word, then by votes', async () => {
    const index = await searchable();
    expect(index.search('llm').map((hit) => hit.paper.title)).toEqual(['LLM2LLM: Boosting LLMs']);
    expect(index.search('anim').map((hit) => hit.paper.title)).toEqual(['Champ: human image animation']);
    const equal = index.search('a').map((hit) => hit.paper.votes);
    expect(equal.slice(0, 2)).toEqual([40, 16]);
  });

  it('requires every word to match somewhere', async () => {
    const index = await searchable();
    expect(index.search('language foster').map((hit) => hit.paper.id)).toEqual(['2403.15371']);
    expect(index.search('language nobody')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });

  it('ignores case and accents on both sides', async () => {
    const index = await searchable();
    expect(index.search('JOSE MULLER').map((hit) => hit.paper.id)).toEqual(['2403.14781']);
    expect(index.search('josé müller').map((hit) => hit.paper.id)).toEqual(['2403.14781']);
    expect(foldForSearch('Ångström’s ÉCOLE')).toBe("angstrom's ecole");
  });

  it('limits the number of hits', async () => {
    const index = await searchable();
    expect(index.search('a', 2)).toHaveLength(2);
  });
});
