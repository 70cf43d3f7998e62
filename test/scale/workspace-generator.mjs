// Writes a workspace ten times the real archive (357 daily files, ~9.5 MB): digests named YYYY/MM/DD.md
// on consecutive days from 2023-11-20, each a sample digest moved to its own date with its own arXiv ids,
// plus Markdown files that are not digests. Used by generate-workspace.mjs and the benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FIRST_DAY = Date.UTC(2023, 10, 20);
const DAY_MS = 86_400_000;

/**
 * Writes `digests` digests and `notes` other Markdown files under `folder`; returns what it wrote.
 * The same arguments always give the same files.
 */
export function generateWorkspace(folder, { digests = 3_570, notes = 300, samples }) {
  let bytes = 0;
  const files = [];
  for (let i = 0; i < digests; i++) {
    const date = new Date(FIRST_DAY + i * DAY_MS).toISOString().slice(0, 10);
    const [year, month, day] = date.split('-');
    const text = moveToDay(samples[i % samples.length], date, i);
    const relative = `${year}/${month}/${day}.md`;
    write(folder, relative, text);
    files.push(relative);
    bytes += Buffer.byteLength(text);
  }
  for (let i = 0; i < notes; i++) {
    const text = noteText(i);
    write(folder, i % 3 === 0 ? `notes/reading-list-${i}.md` : `${2024 + (i % 3)}/notes-${i}.md`, text);
    bytes += Buffer.byteLength(text);
  }
  return { digests, notes, bytes, files };
}

/** The sample with its day headings set to `date` and every arXiv id replaced by one unique to this file. */
function moveToDay(sample, date, fileNumber) {
  const withDate = sample.replace(/^(#{1,2}[ \t][^\n]*?)\d{4}-\d{2}-\d{2}/gm, `$1${date}`);
  const yymm = `${date.slice(2, 4)}${date.slice(5, 7)}`;
  const ids = new Map();
  return withDate.replace(/\b\d{4}\.\d{4,5}\b/g, (id) => {
    if (!ids.has(id)) ids.set(id, `${yymm}.${String((fileNumber * 97 + ids.size) % 100_000).padStart(5, '0')}`);
    return ids.get(id);
  });
}

function noteText(i) {
  return [
    `# Reading notes ${i}`,
    '',
    'Plain Markdown that is not a digest: the extension must leave it alone.',
    '',
    `## Ideas for week ${i % 52}`,
    '',
    '- follow up on the attention papers',
    '- [a link](https://example.com/notes) and `code`',
    '',
    '### A third-level heading without a link',
    '',
    'Vote: this line only looks like a field.',
    '',
  ].join('\n');
}

function write(folder, relative, text) {
  const target = path.join(folder, relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
}

