import { describe, expect, it } from 'vitest';
import { createInMemoryFacts } from '../../../src/core/in-memory-facts';
import { lint } from '../../../src/core/lint';
import { parseDigest } from '../../../src/core/parser/parser';
import { digest, entry, textAt } from '../helpers';
import { expectFix, findings, fixedBy } from './rule-helpers';

const paper = entry();
const other = entry({ heading: '### [LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement](https://arxiv.org/abs/2403.15042)', vote: 'Vote: 14' });

describe('DP001 day-heading-missing', () => {
  it('reports each paper entry above the first day heading, as an error on its heading', () => {
    const text = `# Reading list\n\n${paper}\n\n## Daily Papers (2024-03-26)\n\n${other}\n`;
    const found = findings(text, 'DP001');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].range.start.line).toBe(2);
  });

  it('is silent when every paper is inside a day', () => {
    expect(findings(digest(paper, other), 'DP001')).toEqual([]);
  });
});

describe('DP002 day-date-invalid', () => {
  it('rewrites a near-miss heading into the standard form', () => {
    expectFix(`## Daily papers 2024-3-5\n\n${paper}\n`, 'DP002', `## Daily Papers (2024-03-05)\n\n${paper}\n`);
    expectFix(`# Daily Papers (2024-03-05)\n\n${paper}\n`, 'DP002', `## Daily Papers (2024-03-05)\n\n${paper}\n`);
  });

  it('reports an impossible date on the date itself, without a fix', () => {
    const text = `## Daily Papers (2024-02-30)\n\n${paper}\n`;
    const [found] = findings(text, 'DP002');
    expect(textAt(text, found.range)).toBe('2024-02-30');
    expect(found.message).toContain('not a calendar date');
    expect(found.fix).toBeUndefined();
  });

  it('does not rewrite a heading that holds more than the date', () => {
    const [found] = findings(`## Daily papers 2024-03-05, second run\n\n${paper}\n`, 'DP002');
    expect(found.message).toContain('## Daily Papers (2024-03-05)');
    expect(found.fix).toBeUndefined();
  });

  it('keeps CRLF line endings when it rewrites', () => {
    const text = `## Daily papers 2024-3-5\r\n\r\n${paper.replace(/\n/g, '\r\n')}\r\n`;
    expect(fixedBy(text, 'DP002')).toBe(`## Daily Papers (2024-03-05)\r\n\r\n${paper.replace(/\n/g, '\r\n')}\r\n`);
  });
});

describe('DP003 day-empty', () => {
  it('reports a day heading followed directly by another section', () => {
    const text = '# Daily Papers\n\n## Daily Papers (2023-11-22)\n\n\n\n## License\n\nCC BY-NC\n';
    const [found] = findings(text, 'DP003');
    expect(found.range.start.line).toBe(2);
    expect(found.severity).toBe('warning');
  });

  it('is silent on a day with papers', () => {
    expect(findings(digest(paper), 'DP003')).toEqual([]);
  });
});

describe('DP004 day-duplicate', () => {
  const twice = `## Daily Papers (2024-10-18)\n\n${paper}\n\n## Daily Papers (2024-10-18)\n\n${other}\n`;

  it('reports the second section of a date, pointing at the first', () => {
    const found = findings(twice, 'DP004', { uri: 'file:///a.md' });
    expect(found).toHaveLength(1);
    expect(found[0].range.start.line).toBe(findSectionLine(twice, 1));
    expect(found[0].message).toContain('first at line 1');
    expect(found[0].related).toEqual([{ uri: 'file:///a.md', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 28 } }, message: '2024-10-18 also appears here' }]);
  });

  it('reports a date that another file of the workspace also has', () => {
    const a = digest(paper);
    const b = digest(other);
    const facts = createInMemoryFacts([
      { uri: 'file:///a.md', digest: parseDigest(a) },
      { uri: 'file:///b.md', digest: parseDigest(b) },
    ]);
    const [found] = findings(a, 'DP004', { uri: 'file:///a.md', workspaceFacts: facts });
    expect(found.message).toContain('another file');
    expect(found.related.map((related) => related.uri)).toEqual(['file:///b.md']);
  });

  it('is silent on distinct dates', () => {
    expect(findings(`## Daily Papers (2024-10-18)\n\n${paper}\n\n## Daily Papers (2024-10-19)\n\n${other}\n`, 'DP004')).toEqual([]);
  });
});

describe('DP005 day-unsorted', () => {
  const unsorted = digest(entry({ vote: 'Vote: 3' }), other);

  it('is off unless configured', () => {
    expect(lint(unsorted).filter((d) => d.code === 'DP005')).toEqual([]);
    expect(lint(unsorted, { rules: { 'day-unsorted': 'warning' } }).filter((d) => d.code === 'DP005')).toHaveLength(1);
  });

  it('sorts whole entries by votes, keeping each entry intact', () => {
    expectFix(unsorted, 'DP005', digest(other, entry({ vote: 'Vote: 3' })));
  });

  it('leaves entries without a number where they are', () => {
    const dash = entry({ heading: '### [Champ](https://arxiv.org/abs/2403.14781)', vote: 'Vote: -' });
    expectFix(digest(entry({ vote: 'Vote: 3' }), dash, other), 'DP005', digest(other, dash, entry({ vote: 'Vote: 3' })));
  });

  it('offers no fix when something that belongs to no entry (a multi-line comment) separates two entries', () => {
    const [found] = findings(digest(entry({ vote: 'Vote: 3' }), '<!--\na note\n-->', other), 'DP005');
    expect(found.fix).toBeUndefined();
  });
});

function findSectionLine(text: string, index: number): number {
  const lines = text.split('\n');
  return lines.map((line, i) => (line.startsWith('## Daily') ? i : -1)).filter((i) => i >= 0)[index];
}
