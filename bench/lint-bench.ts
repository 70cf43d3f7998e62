import MarkdownIt from 'markdown-it';
import { consoleLogger, createDigestService } from '../src/core/digest-service';
import { bestTimesBalanced, megabytesPerSecond, type Target } from './measure';
import { byteLength, repeatToSize, type Sample } from './samples';

const core = createDigestService({ logger: consoleLogger });

type MarkdownlintSync = (options: { strings: Record<string, string> }) => unknown;

/**
 * lint (parse and every rule at its default) against markdown-it's tokenizer and against markdownlint
 * on the same texts; then the editing cost: linting the largest sample again after a one-character
 * change, as the extension does on a keystroke, against markdown-it parsing that file.
 */
export async function benchLint(samples: Sample[], log: (line: string) => void): Promise<Target[]> {
  const texts = repeatToSize(samples, 5_000_000);
  const bytes = byteLength(texts);
  const markdownIt = new MarkdownIt();
  const [lintSeconds, markdownItSeconds] = bestTimesBalanced(7, [
    () => {
      for (const text of texts) core.lint(text);
    },
    () => {
      for (const text of texts) markdownIt.parse(text, {});
    },
  ]);
  const lintSpeed = megabytesPerSecond(bytes, lintSeconds);
  const markdownItSpeed = megabytesPerSecond(bytes, markdownItSeconds);

  // markdownlint is slow enough that one copy of the samples gives a stable figure.
  const markdownlint = await loadMarkdownlint();
  const once = samples.map((sample) => sample.text);
  const onceBytes = byteLength(once);
  const strings = Object.fromEntries(samples.map((sample, i) => [`${i}-${sample.file}`, sample.text]));
  const [lintOnceSeconds, markdownlintSeconds] = bestTimesBalanced(3, [
    () => {
      for (const text of once) core.lint(text);
    },
    () => void markdownlint({ strings }),
  ]);
  const markdownlintSpeed = megabytesPerSecond(onceBytes, markdownlintSeconds);

  const largest = samples.reduce((a, b) => (Buffer.byteLength(b.text) > Buffer.byteLength(a.text) ? b : a));
  const edited = [largest.text, oneCharacterEdit(largest.text)];
  let turn = 0;
  const [relintSeconds, parseLargestSeconds] = bestTimesBalanced(30, [
    () => void core.lint(edited[turn++ % 2]),
    () => void markdownIt.parse(largest.text, {}),
  ]);

  log(`lint: ${(bytes / 1e6).toFixed(1)} MB in ${texts.length} texts (markdownlint: ${(onceBytes / 1e6).toFixed(2)} MB)`);
  log(`  lint (parse + rules)  ${lintSpeed.toFixed(1)} MB/s`);
  log(`  markdown-it parse     ${markdownItSpeed.toFixed(1)} MB/s`);
  log(`  markdownlint          ${markdownlintSpeed.toFixed(2)} MB/s`);
  log(
    `  re-lint ${largest.file.split('/').slice(-3).join('/')} (${(Buffer.byteLength(largest.text) / 1e3).toFixed(0)} KB) after a one-character edit: ` +
      `${(relintSeconds * 1e3).toFixed(2)} ms, ${(relintSeconds / parseLargestSeconds).toFixed(2)} of markdown-it parsing it (${(parseLargestSeconds * 1e3).toFixed(2)} ms)`,
  );
  const onceSpeed = megabytesPerSecond(onceBytes, lintOnceSeconds);
  return [
    {
      name: 'lint vs markdown-it parse',
      ratio: lintSpeed / markdownItSpeed,
      goal: 5,
      kind: 'min',
      figure: `${lintSpeed.toFixed(0)} MB/s`,
      baseline: `markdown-it parse ${markdownItSpeed.toFixed(1)} MB/s`,
    },
    {
      name: 'lint vs markdownlint',
      ratio: markdownlintSeconds / lintOnceSeconds,
      goal: 100,
      kind: 'min',
      figure: `${onceSpeed.toFixed(0)} MB/s`,
      baseline: `markdownlint ${markdownlintSpeed.toFixed(2)} MB/s`,
    },
    {
      // A keystroke must cost less than tokenizing the file once; the ratio is time over time.
      name: 're-lint the largest sample after a keystroke vs markdown-it parsing it',
      ratio: relintSeconds / parseLargestSeconds,
      goal: 1,
      kind: 'max',
      figure: `${(relintSeconds * 1e3).toFixed(2)} ms (${(Buffer.byteLength(largest.text) / 1e3).toFixed(0)} KB)`,
      baseline: `markdown-it parse ${(parseLargestSeconds * 1e3).toFixed(2)} ms`,
    },
  ];
}

async function loadMarkdownlint(): Promise<MarkdownlintSync> {
  // markdownlint 0.38 is an ES module; its synchronous entry point is `markdownlint/sync`.
  const module = (await import('markdownlint/sync')) as { lint: MarkdownlintSync };
  return module.lint;
}

/** The text with one digit of its first `Vote:` line changed (or one letter, when it has none). */
function oneCharacterEdit(text: string): string {
  const vote = /^Vote: (\d)/m.exec(text);
  const at = vote ? vote.index + 6 : Math.floor(text.length / 2);
  const replacement = text[at] === '9' || text[at] === 'x' ? '8' : vote ? '9' : 'x';
  return text.slice(0, at) + replacement + text.slice(at + 1);
}
