import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/fix';
import { lint } from '../../../src/core/lint';
import { digest, entry, textAt } from '../helpers';

const broken = digest(entry({ vote: 'Vote: -', heading: '### [Title](https://arxiv.org/pdf/2403.15371)' }));

describe('lint', () => {
  it('returns code, name, severity, message, range, related and fix, sorted by position', () => {
    const diagnostics = lint(broken, { uri: 'file:///x.md' });
    expect(diagnostics.map((d) => d.code)).toEqual(['DP012', 'DP031']);
    expect(diagnostics[0]).toEqual({
      code: 'DP012',
      name: 'paper-url-not-canonical',
      severity: 'warning',
      message: '`https://arxiv.org/pdf/2403.15371` is a PDF link; expected `https://arxiv.org/abs/2403.15371`.',
      range: { start: { line: 2, character: 12 }, end: { line: 2, character: 44 } },
      related: [],
      fix: { description: 'Replace with https://arxiv.org/abs/2403.15371', edits: [{ range: diagnostics[0].range, newText: 'https://arxiv.org/abs/2403.15371' }] },
    });
  });

  it('applies configured severities by code or name, and turns rules off', () => {
    const byCode = lint(broken, { rules: { DP012: 'error', 'vote-invalid': 'off' } });
    expect(byCode.map((d) => [d.code, d.severity])).toEqual([['DP012', 'error']]);
    expect(lint(broken, { rules: { dp012: 'hint' } })[0].severity).toBe('hint');
  });

  it('counts positions after a byte order mark, as editors do', () => {
    const [found] = lint(`\uFEFF${broken}`);
    expect(found.range.start).toEqual({ line: 2, character: 12 });
    expect(applyEdits(`\uFEFF${broken}`, found.fix!.edits)).toBe(`\uFEFF${broken.replace('/pdf/', '/abs/')}`);
  });

  it('gives the same ranges for CRLF text, and fixes keep CRLF', () => {
    const crlf = broken.replace(/\n/g, '\r\n');
    const [found] = lint(crlf);
    expect(found.range).toEqual(lint(broken)[0].range);
    expect(textAt(crlf, found.range)).toBe('https://arxiv.org/pdf/2403.15371');
    expect(applyEdits(crlf, found.fix!.edits)).toBe(crlf.replace('/pdf/', '/abs/'));
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\n', '\r', '###', '## Daily Papers (2024-01-01)\n###', '### [', '- ***', 'Authors: [', '<video', '\u0000\uFFFF']) {
      expect(() => lint(text, { rules: { DP005: 'warning' } })).not.toThrow();
    }
  });
});
