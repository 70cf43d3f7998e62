/** The emphasised key at the start of a summary bullet: which spellings are keys, the key's marks, range and body. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { textAt } from '../helpers';

/** The first bullet of an entry whose summary line is `line` (line 3 of the digest). */
function bulletOf(line: string) {
  const text = ['## Daily Papers (2024-03-25)', '', '### [A](https://arxiv.org/abs/2403.15371)', line].join('\n');
  const bullet = parseDigest(text).days[0].papers[0].summary[0];
  return {
    text: bullet.text,
    body: bullet.body,
    key: bullet.key && { text: bullet.key.text, normalized: bullet.key.normalized, open: bullet.key.openMarks, close: bullet.key.closeMarks, shown: textAt(text, bullet.key.range), line: bullet.key.range.start.line },
  };
}

describe('keyed bullets', () => {
  it.each([
    ['- **Key**: body', 'Key', 2, 2, '**Key**:', 'body'],
    ['- **Key**:body', 'Key', 2, 2, '**Key**:', 'body'],
    ['- **Key** : body', 'Key', 2, 2, '**Key** :', 'body'],
    ['- **Key**:   body  ', 'Key', 2, 2, '**Key**:', 'body'],
    ['- **Key:** body', 'Key', 2, 2, '**Key:**', 'body'],
    ['- **Key:**body', 'Key', 2, 2, '**Key:**', 'body'],
    ['- **Key: ** body', 'Key', 2, 2, '**Key: **', 'body'],
    ['- *Key*: body', 'Key', 1, 1, '*Key*:', 'body'],
    ['- ***Key*: body', 'Key', 3, 1, '***Key*:', 'body'],
    ['- ***Key***: body', 'Key', 3, 3, '***Key***:', 'body'],
    ['- **Key: body', 'Key', 2, 0, '**Key:', 'body'],
    ['- ** Spaced Key **: body', 'Spaced Key', 2, 2, '** Spaced Key **:', 'body'],
    ['- **Key**:', 'Key', 2, 2, '**Key**:', ''],
  ])('%j: key %j, marks %i and %i, shown as %j, body %j', (line, key, open, close, shown, body) => {
    expect(bulletOf(line)).toEqual({ text: line.slice(2).trim(), body, key: { text: key, normalized: key, open, close, shown, line: 3 } });
  });

  it('an indented bullet: the key range moves with the text', () => {
    const text = ['## Daily Papers (2024-03-25)', '', '### [A](https://arxiv.org/abs/2403.15371)', '   -  **Key**: body'].join('\n');
    const key = parseDigest(text).days[0].papers[0].summary[0].key!;
    expect(key.range).toEqual({ start: { line: 3, character: 6 }, end: { line: 3, character: 14 } });
  });

  it('a key of exactly 80 characters is a key; 81 is not', () => {
    const eighty = 'k'.repeat(80);
    expect(bulletOf(`- **${eighty}**: body`).key?.text).toBe(eighty);
    expect(bulletOf(`- **${eighty}k**: body`).key).toBeNull();
    expect(bulletOf(`- **${eighty}k: body`).key).toBeNull();
  });

  it('every typographic apostrophe is folded in the normalised key, and only there', () => {
    expect(bulletOf('- **‘What’s’ Newʼs**: body').key).toMatchObject({ text: '‘What’s’ Newʼs', normalized: "'What's' New's" });
  });
});

describe('bullets without a key', () => {
  it.each([
    '- ****Key****: body',
    '- **Key****: body',
    '- **Key**** : body',
    '- **Key** body: more',
    '- **Key**',
    '- **Key',
    '- **: body',
    '- ** **: body',
    '- **:** body',
    '- Key: body',
    '- **Key:**** body',
    '- *',
  ])('%j', (line) => {
    const bullet = bulletOf(line);
    expect(bullet.key).toBeNull();
    expect(bullet.body).toBe(bullet.text);
    expect(bullet.text).toBe(line.slice(2));
  });
});
