import { describe, expect, it } from 'vitest';
import { createDigestService, SymbolKind, type DocumentSymbol } from '../../../src/core/digest-service';
import { recordingLogger } from '../helpers';

const core = createDigestService({ logger: recordingLogger() });

const TEXT = [
  '### [Before any day](https://arxiv.org/abs/2403.00001)', // 0: an entry outside a day
  'Vote: 1',
  '',
  '## Daily Papers (2024-03-25)', // 3
  '',
  '### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)', // 5
  'Vote: 16',
  'Authors: Dylan J. Foster, Keegan Harris, Dylan J. Foster',
  '- a bullet',
  '',
  '### [](https://arxiv.org/abs/2403.15042)', // 10: no title
  '',
  '## Daily Papers (2024-02-30)', // 12: not a real date
  '',
  '### [Lone](https://arxiv.org/abs/2402.00002)', // 14
  'Authors: Ann Other',
  '',
].join('\n');

/** Name, detail, kind, the lines of the range (which ends at the last line that is not blank) and the heading's range, children nested: what the Outline view shows. */
function shape(symbol: DocumentSymbol): unknown {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: symbol.kind,
    lines: [symbol.range.start.line, symbol.range.end.line],
    heading: [symbol.selectionRange.start, symbol.selectionRange.end],
    children: symbol.children.map(shape),
  };
}

describe('document symbols', () => {
  it('are the days with their papers, then the papers outside any day, with LSP kinds and ranges', () => {
    const symbols = core.documentSymbols(core.parse(TEXT));
    expect(symbols.map(shape)).toEqual([
      {
        name: '2024-03-25 (Mon)',
        detail: '2 papers',
        kind: SymbolKind.Namespace,
        lines: [3, 10],
        heading: [{ line: 3, character: 0 }, { line: 3, character: 28 }],
        children: [
          {
            name: 'Can large language models explore in-context?',
            detail: '▲16 · Foster et al.',
            kind: SymbolKind.Object,
            lines: [5, 8],
            heading: [{ line: 5, character: 0 }, { line: 5, character: 85 }],
            children: [],
          },
          {
            name: '(untitled entry)',
            detail: '',
            kind: SymbolKind.Object,
            lines: [10, 10],
            heading: [{ line: 10, character: 0 }, { line: 10, character: 40 }],
            children: [],
          },
        ],
      },
      {
        name: '2024-02-30',
        detail: '1 paper',
        kind: SymbolKind.Namespace,
        lines: [12, 15],
        heading: [{ line: 12, character: 0 }, { line: 12, character: 28 }],
        children: [{ name: 'Lone', detail: 'Other', kind: SymbolKind.Object, lines: [14, 15], heading: [{ line: 14, character: 0 }, { line: 14, character: 44 }], children: [] }],
      },
      { name: 'Before any day', detail: '▲1', kind: SymbolKind.Object, lines: [0, 1], heading: [{ line: 0, character: 0 }, { line: 0, character: 54 }], children: [] },
    ]);
  });

  it('use the numbers of the Language Server Protocol', () => {
    expect(SymbolKind).toEqual({ Namespace: 3, Object: 19 });
  });

  it('are empty for a document without days or papers', () => {
    expect(core.documentSymbols(core.parse('# Notes\n\nNothing here.\n'))).toEqual([]);
  });
});

describe('document symbols in the display language', () => {
  it('name the day and count its papers in Korean when the locale is Korean, in English otherwise', () => {
    const [day] = core.documentSymbols(core.parse(TEXT), { locale: 'ko' });
    expect(day.name).toMatch(/^2024-03-25 \(.*[\uac00-\ud7a3].*\)$/);
    expect(day.detail).toBe('논문 2편');
    expect(core.documentSymbols(core.parse(TEXT), { locale: 'en-US' })[0].detail).toBe('2 papers');
  });
});
