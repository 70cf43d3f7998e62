import MarkdownIt from 'markdown-it';
import { consoleLogger, createDigestService, type RenderDiagnostic } from '../src/core/digest-service';
import { bestTimesInterleaved, type Target } from './measure';
import type { Sample } from './samples';

const core = createDigestService({ logger: consoleLogger });

/** A frame at 60 Hz: the preview's update after a keystroke should fit in one. */
const FRAME_MS = 16;

/**
 * The preview on the largest sample: a full render (parse included) against markdown-it's `render` of
 * the same file, and the live update after a one-character edit (parse, render with the card cache,
 * the message serialised as postMessage does) against one frame.
 */
export function benchPreview(samples: Sample[], log: (line: string) => void): Target[] {
  const largest = samples.reduce((best, sample) => (sample.text.length > best.text.length ? sample : best));
  const text = largest.text;
  const markdownIt = new MarkdownIt();
  const [renderSeconds, markdownItSeconds] = bestTimesInterleaved(20, [
    () => core.renderDigestHtml(core.parse(text)),
    () => markdownIt.render(text),
  ]);

  const diagnostics: RenderDiagnostic[] = core.lint(text).map(({ code, message, severity, range }) => ({ code, message, severity, line: range.start.line }));
  const voteAt = text.search(/Vote: \d/) + 'Vote: '.length;
  const edits = ['1', '2'].map((digit) => text.slice(0, voteAt) + digit + text.slice(voteAt + 1));
  const cache = core.createCardCache();
  core.renderDigestParts(core.parse(text), { diagnostics, cache });
  let turn = 0;
  const [updateSeconds] = bestTimesInterleaved(40, [
    () => {
      const edited = edits[turn++ % 2];
      JSON.stringify({ type: 'update', version: turn, ...core.renderDigestParts(core.parse(edited), { diagnostics, cache }) });
    },
  ]);

  const name = largest.file.split(/[\\/]/).slice(-3).join('/');
  log(`preview: ${name} (${(Buffer.byteLength(text) / 1e3).toFixed(0)} KB)`);
  log(`  renderDigestHtml (with parse)   ${(renderSeconds * 1e3).toFixed(2)} ms`);
  log(`  markdown-it render              ${(markdownItSeconds * 1e3).toFixed(2)} ms`);
  log(`  update after a 1-char edit      ${(updateSeconds * 1e3).toFixed(2)} ms (parse, render with card cache, message)`);
  return [
    { name: 'preview render vs markdown-it render (time)', ratio: renderSeconds / markdownItSeconds, goal: 2, kind: 'max' },
    { name: `preview update after a 1-char edit vs a ${FRAME_MS} ms frame`, ratio: (updateSeconds * 1e3) / FRAME_MS, goal: 1, kind: 'max' },
  ];
}
