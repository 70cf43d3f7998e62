import { quote } from './helpers';
import type { Rule } from './rule';

export const mediaMissing: Rule = {
  code: 'DP020',
  name: 'media-missing',
  defaultSeverity: 'information',
  description: 'An entry should show a thumbnail image or a video below its heading.',
  anchor: 'dp020',
  fixable: true,
  check(context) {
    for (const paper of context.papers) {
      const media = paper.media;
      if (media === null) {
        context.report({
          range: paper.headingRange,
          message: 'No image or video in this entry; expected `![](thumbnail URL)` or a `[Watch Video](…)` block below the heading.',
        });
      } else if (media.form === 'empty-link' && media.kind === 'image' && media.url !== '') {
        const image = `![](${media.url})`;
        context.report({
          range: media.range,
          message: `${quote(`[](${media.url})`)} is an empty link and shows no image; expected ${quote(image)}.`,
          fix: { description: `Replace with ${image}`, edits: [{ range: media.range, newText: image }] },
        });
      }
    }
  },
};
