/** DP023 for each malformed video form and DP051 for each way a key's marks go wrong, as users see them. */
import { describe, expect, it } from 'vitest';
import { digest, entry } from '../helpers';
import { fixedBy } from './rule-helpers';
import { shown } from './as-shown';

const CLIP = 'https://cdn-uploads.huggingface.co/production/uploads/clip.mp4';
const PLAYER = `<div><video controls src="${CLIP}" muted="false"></video></div>`;
const CANONICAL = `[Watch Video](${CLIP})\n${PLAYER}`;
const withMedia = (media: string) => digest(entry({ media }));

describe('DP023 media-video-malformed, each form', () => {
  it.each([
    ['a bare [Watch Video]', `[Watch Video]${CLIP}`],
    ['a video in image syntax', `![](${CLIP})`],
    ['a raw <video> element', `<video controls src="${CLIP}"></video>`],
    ['a raw <iframe>', `<iframe src="${CLIP}"></iframe>`],
    ['a self-closing <iframe>', `<iframe src="${CLIP}" />`],
    ['an empty link to a video', `[](${CLIP})`],
    ['image syntax followed by its player line', `![](${CLIP})\n${PLAYER}`],
  ])('%s', (_, media) => {
    const text = withMedia(media);
    expect({ findings: shown(text, 'DP023'), fixed: fixedBy(text, 'DP023') }).toMatchSnapshot();
  });

  it('offers no rewrite when the player plays another file, the URL is unsafe, or the media shares its line', () => {
    for (const media of [
      `![](${CLIP})\n<div><video controls src="https://cdn-uploads.huggingface.co/other.mp4" muted="false"></video></div>`,
      `![](https://cdn-uploads.huggingface.co/a"b.mp4)`,
      `![](${CLIP}) here`,
      `<video controls src="${CLIP}"></video> and text`,
      `<iframe src="${CLIP}"></iframe> text`,
      `<iframe src="https://www.youtube.com/embed/x"></iframe>`,
    ]) {
      const [found] = shown(withMedia(media), 'DP023');
      expect(found, media).toBeDefined();
      expect(fixedBy(withMedia(media), 'DP023'), media).toBe(withMedia(media));
    }
  });

  it('is silent on the canonical block, images and empty image links', () => {
    for (const media of [CANONICAL, '![](https://cdn.example.org/a.png)', '[](https://cdn.example.org/a.png)']) {
      expect(shown(withMedia(media), 'DP023'), media).toEqual([]);
    }
  });
});

describe('DP051 summary-emphasis-unbalanced, each way', () => {
  const summary = (bullets: string) => digest(entry({ summary: bullets }));

  it.each([
    ['more opening marks, siblings with three', "- ***What's New***: a.\n- ***Technical Details*: b.\n- ***Results***: c."],
    ['more closing marks, siblings with two', "- **What's New**: a.\n- **Technical Details***: b.\n- **Results**: c."],
    ['the colon inside the marks', "- **What's New:**: a.\n- ***Technical Details:*: b."],
    ['no sibling to follow: the larger count wins', '- *Key***: b.'],
    ['no closing marks and no later star', '- **Key: body without stars'],
  ])('%s', (_, bullets) => {
    const text = summary(bullets);
    expect({ findings: shown(text, 'DP051'), fixed: fixedBy(text, 'DP051') }).toMatchSnapshot();
  });

  it('is silent on balanced keys, a star that closes later in the bullet, and marks followed by a space', () => {
    for (const bullets of ['- ***Key***: a.', '- **Key**: a.', '- *Note: the rest*', '- ** not a key**: x', '- * item']) {
      expect(shown(summary(bullets), 'DP051'), bullets).toEqual([]);
    }
  });
});
