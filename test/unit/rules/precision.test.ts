/** Correct entries that look suspicious to a naive checker: no rule may report them. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';
import { digest, entry } from '../helpers';
import { ALL_RULES } from './rule-helpers';

const title = (text: string) => `### [${text}](https://arxiv.org/abs/2403.15371)`;

describe('no false positives on correct entries', () => {
  it.each([
    ['HTML-looking text in a title', entry({ heading: title('<think> Before You Speak: Reasoning Tokens') })],
    ['HTML-looking text in bullets', entry({ summary: '- the model emits <EOS> and <pad>\n- a <video> tag is text here' })],
    ['math and LaTeX', entry({ heading: title('M$^{2}$UGen: $\\times$ and \\lambda'), summary: '- improves by $\\times 2$ with \\lambda = 0.5' })],
    ['brackets, asterisks and parentheses in titles', entry({ heading: title('[IDK] Tokens: A* (and B*) for `code` > 80%') })],
    ['A* and 1120*1120 in bullets', entry({ summary: '- A* search on 1120*1120 images\n- ***What\'s New***: ok' })],
    ['bare URLs glued to Korean text', entry({ summary: '- 코드는 https://github.com/x/y에서 공개됩니다.' })],
    ['Vote: 0', entry({ vote: 'Vote: 0' })],
    ['a huge author list', entry({ authors: `Authors: ${Array.from({ length: 663 }, (_, i) => `Author ${i}`).join(', ')}` })],
    ['keys with a curly apostrophe', entry({ summary: '- **What’s New**: a\n- **Technical Details**: b' })],
    ['blank lines between bullets', entry({ summary: '- one\n\n- two\n\n- three' })],
    ['a thumbnail on another CDN', entry({ media: '![](https://cdn-uploads.huggingface.co/production/uploads/abc.png)' })],
  ])('%s', (_name, text) => {
    expect(lint(digest(text), { rules: ALL_RULES }).map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });

  it('a wrapper README around a correct day section', () => {
    const text = `# Daily Papers\n\n## Project Description\n\nTranslates [papers](https://huggingface.co/papers).\n\n${digest(entry())}\n## License\n\nCC BY-NC 4.0\n\n## Citation\n\n\`\`\`bibtex\n@misc{x,\n\ttitle = {\\textit{y}}\n}\n\`\`\`\n`;
    expect(lint(text, { rules: ALL_RULES })).toEqual([]);
  });
});
