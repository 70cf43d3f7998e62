/**
 * For each rule, a digest with the deviation at least twice (two entries outside a day, a second
 * `Authors:` line, a second media line, a repeated field…). occurrences.test.ts asserts the exact
 * range of every finding and the text it covers; the expected lists were generated once and checked
 * by hand against the Markdown.
 */
import { entry } from '../helpers';

const A = '### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)';
const B = '### [LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement](https://arxiv.org/abs/2403.15042)';
const C = '### [Exponentially Faster Language Modelling](https://arxiv.org/abs/2311.10770)';
const a = entry();
const b = entry({ heading: B, vote: 'Vote: 14' });
const c = entry({ heading: C, vote: 'Vote: 3' });
const day = (date: string, ...entries: string[]) => [`## Daily Papers (${date})`, ...entries].join('\n\n');
const doc = (...parts: string[]) => parts.join('\n\n') + '\n';

export const OCCURRENCE_CASES: Record<string, string> = {
  DP001: doc('# Reading list', a, b, day('2024-03-26', c)),
  DP002: doc(`## Daily papers 2024-3-5`, a, '## Daily Papers (2024-02-30)', b),
  DP003: doc('## Daily Papers (2023-11-22)', '## Daily Papers (2023-11-23)', day('2023-11-24', a)),
  DP004: doc(day('2024-10-18', a), day('2024-10-18', b), day('2024-10-18', c)),
  DP005: doc(day('2024-03-25', c, b, a), day('2024-03-26', b, a)),
  DP010: doc(day('2024-03-25', entry({ heading: '### Can large language models explore in-context?' }), entry({ heading: '### LLM2LLM: Boosting LLMs' }))),
  DP011: doc(day('2024-03-25', entry({ heading: '### [](https://arxiv.org/abs/2403.15371)' }), entry({ heading: '### [  ](https://arxiv.org/abs/2403.15042)' }))),
  DP012: doc(day('2024-03-25', entry({ heading: '### [Can large language models explore in-context?](https://arxiv.org/pdf/2403.15371v2)' }), entry({ heading: '### [LLM2LLM](http://arxiv.org/abs/2403.15042)' }))),
  DP013: doc(day('2024-03-25', entry({ heading: '### [Can large language models explore in-context?](https://arxiv.org/abs/2403.1537)' }), entry({ heading: '### [LLM2LLM](https://arxiv.org/abs/2403.150420)' }))),
  DP014: doc(day('2024-03-25', a, entry({ heading: '### [Can LLMs explore in-context?](https://arxiv.org/abs/2403.15371)' }), b, entry({ heading: '### [LLM2LLM again](https://arxiv.org/abs/2403.15042)' }))),
  DP020: doc(day('2024-03-25', entry({ media: null }), entry({ heading: B, media: null }), entry({ heading: C, media: '[](https://cdn.example.org/c.png)' }))),
  DP021: doc(day('2024-03-25', entry({ media: '![](/avatars/e4f630616a16a7fc691b5275bb62f2aa.svg)' }), entry({ heading: B, media: '![](/avatars/x.png)\n\n![](/avatars/y.png)' }))),
  DP022: doc(day('2024-03-25', entry({ media: '![](http://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png)' }), entry({ heading: B, media: '<video controls src="http://cdn-uploads.huggingface.co/production/uploads/clip.mp4"></video>' }))),
  DP023: doc(day('2023-12-07', entry({ media: '![](https://cdn-uploads.huggingface.co/production/uploads/clip.mp4)' }), entry({ heading: B, media: '![](https://cdn-uploads.huggingface.co/production/uploads/other.mp4)' }))),
  DP030: doc(day('2024-03-25', entry({ vote: null }), entry({ heading: B, vote: null }))),
  DP031: doc(day('2024-03-25', entry({ vote: 'Vote: -' }), entry({ heading: B, vote: 'Vote: 1.5k' }))),
  DP040: doc(day('2024-03-25', entry({ authors: null }), entry({ heading: B, authors: null }))),
  DP041: doc(day('2024-10-18', entry({ authors: "Authors: ['Dylan J. Foster', 'Keegan Harris']" }), entry({ heading: B, authors: "Authors: ['Nicholas Lee', 'Thanakul Wattanawong']" }))),
  DP042: doc(day('2023-12-15', entry({ authors: 'Authors: Dylan J. Foster, Dylan J. Foster, Keegan Harris, Keegan Harris' }), entry({ heading: B, authors: 'Authors: Nicholas Lee, Nicholas Lee' }))),
  DP043: doc(day('2024-03-25', entry({ authors: 'Authors: Dylan J. Foster, , Keegan Harris,' }), entry({ heading: B, authors: 'Authors: , Nicholas Lee' }))),
  DP050: doc(day('2024-03-25', entry({ summary: null }), entry({ heading: B, summary: null }))),
  DP051: doc(day('2025-03-12', entry({ summary: "- ***What's New***: a new class.\n- ***Technical Details*: built on interpolants.\n- **Results***: better." }), entry({ heading: B, summary: '- ***Key*: value' }))),
  DP052: doc(day('2024-07-19', entry({ summary: '- in the package \benchbench and \textit{x}.' }), entry({ heading: B, summary: '- a \frac{1}{2} here' }))),
  DP053: doc(day('2025-03-12', entry({ heading: '### [Can large\u00a0language models explore in-context?](https://arxiv.org/abs/2403.15371)', summary: '- evaluated on 19/63\u00a0tasks, x\u2062y.' }), entry({ heading: B, media: '![](https://cdn.example.org/a\u200bb.png)' }))),
  DP054: doc(day('2024-04-01', entry({ summary: "- **What's New**:\n- a written bullet." }), entry({ heading: B, summary: '- **Technical Details**:\n-' }))),
  DP060: doc(day('2024-03-25', [A, 'Authors: Dylan J. Foster, Keegan Harris', 'Vote: 16', '- summary'].join('\n\n'), [B, 'Vote: 14', '![](https://cdn.example.org/b.png)', 'Authors: Nicholas Lee', 'Authors: Nicholas Lee', '- summary'].join('\n\n'))),
  DP061: doc(day('2023-11-21', [C, '![](https://cdn-uploads.huggingface.co/production/uploads/x.png)', 'Authors: Peter Belcak, Roger Wattenhofer'].join('\n'), [B, 'Vote: 14\nAuthors: Nicholas Lee', '- summary'].join('\n\n'))),
};
