/**
 * Every rule, every occurrence, exact positions: each case of occurrence-cases.ts holds its deviation
 * at least twice, and each finding's range (0-based line:character, start-end) and the text it covers
 * are compared exactly. A range one character short, a rule that stops after its first finding, or a
 * finding on the wrong line fails here. Fixing every case keeps each title byte for byte, and a rule
 * is `fixable` exactly when its findings carry fixes.
 */
import { describe, expect, it } from 'vitest';
import { fixAll } from '../../../src/core/fix';
import { parseDigest } from '../../../src/core/parser/parser';
import { findRule, RULES } from '../../../src/core/rules';
import { textAt } from '../helpers';
import { OCCURRENCE_CASES } from './occurrence-cases';
import { ALL_RULES, findings } from './rule-helpers';

const EXPECTED: Record<string, [range: string, text: string][]> = {
  DP001: [
    ["2:0-2:85", "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)"],
    ["13:0-13:100", "### [LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement](https://arxiv.org/abs/2403.15042)"],
  ],
  DP002: [
    ["0:0-0:24", "## Daily papers 2024-3-5"],
    ["13:17-13:27", "2024-02-30"],
  ],
  DP003: [
    ["0:0-0:28", "## Daily Papers (2023-11-22)"],
    ["2:0-2:28", "## Daily Papers (2023-11-23)"],
  ],
  DP004: [
    ["13:0-13:28", "## Daily Papers (2024-10-18)"],
    ["26:0-26:28", "## Daily Papers (2024-10-18)"],
  ],
  DP005: [
    ["17:0-17:8", "Vote: 14"],
    ["52:0-52:8", "Vote: 16"],
  ],
  DP010: [
    ["2:0-2:49", "### Can large language models explore in-context?"],
    ["13:0-13:26", "### LLM2LLM: Boosting LLMs"],
  ],
  DP011: [
    ["2:0-2:40", "### [](https://arxiv.org/abs/2403.15371)"],
    ["13:0-13:42", "### [  ](https://arxiv.org/abs/2403.15042)"],
  ],
  DP012: [
    ["2:52-2:86", "https://arxiv.org/pdf/2403.15371v2"],
    ["13:14-13:45", "http://arxiv.org/abs/2403.15042"],
  ],
  DP013: [
    ["2:52-2:83", "https://arxiv.org/abs/2403.1537"],
    ["13:14-13:47", "https://arxiv.org/abs/2403.150420"],
  ],
  DP014: [
    ["13:0-13:68", "### [Can LLMs explore in-context?](https://arxiv.org/abs/2403.15371)"],
    ["35:0-35:53", "### [LLM2LLM again](https://arxiv.org/abs/2403.15042)"],
  ],
  DP020: [
    ["2:0-2:85", "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)"],
    ["11:0-11:100", "### [LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement](https://arxiv.org/abs/2403.15042)"],
    ["22:0-22:33", "[](https://cdn.example.org/c.png)"],
  ],
  DP021: [
    ["4:4-4:49", "/avatars/e4f630616a16a7fc691b5275bb62f2aa.svg"],
    ["15:4-15:18", "/avatars/x.png"],
    ["17:4-17:18", "/avatars/y.png"],
  ],
  DP022: [
    ["4:4-4:80", "http://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png"],
    ["15:21-15:82", "http://cdn-uploads.huggingface.co/production/uploads/clip.mp4"],
  ],
  DP023: [
    ["4:0-4:67", "![](https://cdn-uploads.huggingface.co/production/uploads/clip.mp4)"],
    ["15:0-15:68", "![](https://cdn-uploads.huggingface.co/production/uploads/other.mp4)"],
  ],
  DP030: [
    ["2:0-2:85", "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)"],
    ["11:0-11:100", "### [LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement](https://arxiv.org/abs/2403.15042)"],
  ],
  DP031: [
    ["6:6-6:7", "-"],
    ["17:6-17:10", "1.5k"],
  ],
  DP040: [
    ["2:0-2:85", "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)"],
    ["11:0-11:100", "### [LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement](https://arxiv.org/abs/2403.15042)"],
  ],
  DP041: [
    ["8:9-8:45", "['Dylan J. Foster', 'Keegan Harris']"],
    ["19:9-19:49", "['Nicholas Lee', 'Thanakul Wattanawong']"],
  ],
  DP042: [
    ["8:9-8:71", "Dylan J. Foster, Dylan J. Foster, Keegan Harris, Keegan Harris"],
    ["19:9-19:35", "Nicholas Lee, Nicholas Lee"],
  ],
  DP043: [
    ["8:9-8:42", "Dylan J. Foster, , Keegan Harris,"],
    ["19:9-19:23", ", Nicholas Lee"],
  ],
  DP050: [
    ["2:0-2:85", "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)"],
    ["10:0-10:100", "### [LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement](https://arxiv.org/abs/2403.15042)"],
  ],
  DP051: [
    ["11:2-11:24", "***Technical Details*:"],
    ["12:2-12:15", "**Results***:"],
    ["22:2-22:10", "***Key*:"],
  ],
  DP052: [
    ["10:17-10:18", "\b"],
    ["10:32-10:33", "\t"],
    ["20:4-20:5", "\f"],
  ],
  DP053: [
    ["2:14-2:15", "\u00a0"],
    ["10:20-10:21", "\u00a0"],
    ["10:29-10:30", "\u2062"],
    ["14:29-14:30", "\u200b"],
  ],
  DP054: [
    ["10:0-10:17", "- **What's New**:"],
    ["21:0-21:24", "- **Technical Details**:"],
    ["22:0-22:1", "-"],
  ],
  DP060: [
    ["6:0-6:8", "Vote: 16"],
    ["14:0-14:34", "![](https://cdn.example.org/b.png)"],
    ["18:0-18:21", "Authors: Nicholas Lee"],
  ],
  DP061: [
    ["4:0-4:40", "Authors: Peter Belcak, Roger Wattenhofer"],
    ["9:0-9:21", "Authors: Nicholas Lee"],
  ],
};

const rangeOf = (range: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
  `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

const titles = (text: string) => {
  const digest = parseDigest(text);
  return [...digest.days.flatMap((day) => day.papers), ...digest.orphanPapers].map((paper) => paper.title);
};

describe('each rule reports every occurrence at its exact range', () => {
  it('has a case for every rule', () => {
    expect(Object.keys(OCCURRENCE_CASES).sort()).toEqual(RULES.map((rule) => rule.code).sort());
  });

  for (const [code, text] of Object.entries(OCCURRENCE_CASES)) {
    it(`${code} ${findRule(code)!.name}`, () => {
      const found = findings(text, code);
      expect(found.map((finding) => [rangeOf(finding.range), textAt(text, finding.range)])).toEqual(EXPECTED[code]);
      expect(found.length).toBeGreaterThanOrEqual(2);
    });
  }
});

describe('fixable matches what the findings carry', () => {
  for (const rule of RULES) {
    it(`${rule.code} is ${rule.fixable ? '' : 'not '}fixable`, () => {
      const fixes = findings(OCCURRENCE_CASES[rule.code], rule.code).filter((finding) => finding.fix !== undefined);
      if (rule.fixable) expect(fixes.length).toBeGreaterThan(0);
      else expect(fixes).toEqual([]);
    });
  }
});

describe('fixes keep each title byte for byte', () => {
  for (const [code, text] of Object.entries(OCCURRENCE_CASES)) {
    it(`fixing everything in the ${code} case`, () => {
      // The one repair a title may get: DP053 turns a no-break space into a plain space.
      const expected = titles(text).map((title) => title.replace(/\u00a0/g, ' '));
      expect(titles(fixAll(text, { rules: ALL_RULES }).text).sort()).toEqual(expected.sort());
    });
  }

  it('DP053 replaces a no-break space in a title with exactly one space', () => {
    const text = OCCURRENCE_CASES.DP053;
    expect(titles(fixAll(text, { rules: ALL_RULES }).text)).toContain('Can large language models explore in-context?');
  });
});
