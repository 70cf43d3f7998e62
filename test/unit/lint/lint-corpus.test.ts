/**
 * Lint over the shared sample of real digests (../shared/corpus): no exception, and per-code counts
 * that follow from what each file contains (FORMAT.md lists the deviations; the comments say where).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type LintDiagnostic } from '../../../src/core/lint';
import { isDigest } from '../../../src/core/parser/parser';
import { CORPUS, HAS_CORPUS } from '../helpers';
import { ALL_RULES } from '../rules/rule-helpers';

if (!HAS_CORPUS) console.warn(`lint corpus counts skipped: ${CORPUS} not found (it sits beside the checkout as ../shared/corpus)`);

const EXPECTED_COUNTS: Record<string, number> = {
  // readme-history/6ce7d4c: `## Daily Papers (2023-11-22)` followed by `## License` ("day section with no papers").
  DP003: 1,
  // paper_logs/2024/10/18: two sections for 2024-10-18 ("several day sections in one file").
  DP004: 1,
  // Four days after the generator started sorting: 2024/10/18, 2024/10/29, 2024/12/12, 2025/01/06 (DP005 on).
  DP005: 4,
  // readme-history/bb91a58: `### [Title](/papers/2311.10982)` and `/papers/2311.11284` ("relative heading URL").
  DP012: 2,
  // 25 README entries that are heading plus bullets (a64f419: 11, bb91a58: 14), plus the `[](…png)` empty link of bb91a58.
  DP020: 26,
  // `![](/avatars/….svg)` in 2024/06/12 and 2024/10/16 ("relative thumbnail").
  DP021: 2,
  // 5 `[Watch Video]url` (2023/12/07), `.webm` and `.mp4` inside `![]()` (2023/12/12, 2023/12/15),
  // one `<video src=…>` (2023/11/21) and `[](…mp4)` (bb91a58).
  DP023: 9,
  // No Vote line: all 16 entries of 2023/11/21 and the 27 README entries (a64f419: 11, bb91a58: 16).
  DP030: 43,
  // `Vote: -`: 4 in 2023/12/12, 1 in 2024/10/16.
  DP031: 5,
  // No Authors line: the README entries that are heading plus bullets (11 + 14).
  DP040: 25,
  // `Authors: ['…', '…']`: every entry of 2024/10/18 (7 + 2).
  DP041: 9,
  // Repeated names (`A, A, B, B`): every one of the 21 entries of 2023/12/15, one finding per Authors line.
  DP042: 21,
  // `***Technical Details*:` in 2025/03/12.
  DP051: 1,
  // Two U+0008 (`\benchbench`) on one line of 2024/07/19.
  DP052: 2,
  // One U+00A0 in 2025/03/12.
  DP053: 1,
  // Image line directly followed by `Authors:`: 15 entries of 2023/11/21 (the 16th is a `<video>` then a blank
  // line) and the two `[](…)` links of bb91a58.
  DP061: 17,
};

describe.skipIf(!HAS_CORPUS)('lint on the shared corpus', () => {
  const files = HAS_CORPUS ? (JSON.parse(readFileSync(resolve(CORPUS, 'expected.json'), 'utf8')) as { file: string }[]).map((f) => f.file) : [];
  const results = new Map<string, LintDiagnostic[]>();
  for (const file of files) {
    const text = readFileSync(resolve(CORPUS, file), 'utf8');
    if (isDigest(text)) results.set(file, lint(text, { rules: ALL_RULES, uri: file }));
  }

  it('lints every digest of the corpus', () => {
    expect(results.size).toBe(files.length);
  });

  it('finds each kind of deviation as often as the files contain it', () => {
    const counts: Record<string, number> = {};
    for (const diagnostics of results.values()) for (const d of diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
    expect(counts).toEqual(EXPECTED_COUNTS);
  });

  it('reports nothing but the vote order on files written without deviations', () => {
    for (const file of ['paper_logs/2024/03/04.md', 'paper_logs/2024/12/12.md', 'paper_logs/2025/04/11.md']) {
      expect(results.get(file)!.filter((d) => d.code !== 'DP005')).toEqual([]);
    }
  });

  it('reports DP042 with the first repeated name of its line', () => {
    const first = results.get('paper_logs/2023/12/15.md')!.find((d) => d.code === 'DP042')!;
    expect(first.range.start.line + 1).toBe(10);
    expect(first.message).toContain('Julian D. Parker');
  });
});
