import MarkdownIt from 'markdown-it';
import { consoleLogger, createDigestService } from '../src/core/digest-service';
import { bestTimesBalanced, megabytesPerSecond, type Target } from './measure';
import { byteLength, repeatToSize, type Sample } from './samples';

const core = createDigestService({ logger: consoleLogger });

/**
 * parseDigest against markdown-it's tokenizer (`parse`, no rendering) on the same texts. The model is
 * complete but partly lazy: author names, and a summary bullet's text and key, are read from the source
 * on first access. Lint, below, reads all of them for every entry and has its own target.
 */
export function benchParse(samples: Sample[], log: (line: string) => void): Target[] {
  const texts = repeatToSize(samples, 5_000_000);
  const bytes = byteLength(texts);
  const markdownIt = new MarkdownIt();
  const [parserSeconds, markdownItSeconds] = bestTimesBalanced(8, [
    () => {
      for (const text of texts) core.parse(text);
    },
    () => {
      for (const text of texts) markdownIt.parse(text, {});
    },
  ]);
  const parser = megabytesPerSecond(bytes, parserSeconds);
  const baseline = megabytesPerSecond(bytes, markdownItSeconds);
  log(`parse: ${(bytes / 1e6).toFixed(1)} MB in ${texts.length} texts`);
  log(`  parseDigest        ${parser.toFixed(1)} MB/s (author names, bullet texts and keys read on first access)`);
  log(`  markdown-it parse  ${baseline.toFixed(1)} MB/s`);
  return [
    {
      name: 'parse: parseDigest vs markdown-it parse',
      ratio: parser / baseline,
      goal: 10,
      kind: 'min',
      figure: `${parser.toFixed(0)} MB/s`,
      baseline: `markdown-it parse ${baseline.toFixed(1)} MB/s`,
    },
  ];
}
