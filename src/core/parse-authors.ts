import type { AuthorName, Authors } from './model';
import { lineSpan } from './text';

/**
 * Reads the names after `Authors:`. `valueStart` is the offset just after the colon.
 * Both styles are read: `A, B, C` and the Python list `['A', "B'C"]` that some generators print.
 */
export function readAuthors(line: string, lineNumber: number, valueStart: number, indent: number): Authors {
  let start = valueStart;
  while (start < line.length && (line[start] === ' ' || line[start] === '\t')) start++;
  const raw = line.slice(start).trimEnd();
  const end = start + raw.length;
  const pythonList = raw.startsWith('[');
  const items = pythonList ? readPythonList(line, lineNumber, start + 1, end) : readCommaList(line, lineNumber, start, end);
  return {
    names: items.filter((item) => item.name !== '').map((item) => item.name),
    items,
    raw,
    rawRange: lineSpan(lineNumber, start, end),
    style: pythonList ? 'python-list' : 'comma',
    range: lineSpan(lineNumber, indent, end),
  };
}

function readCommaList(line: string, lineNumber: number, start: number, end: number): AuthorName[] {
  const items: AuthorName[] = [];
  if (start === end) return items;
  let segmentStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || line.charCodeAt(i) === 44 /* , */) {
      items.push(trimmedItem(line, lineNumber, segmentStart, i));
      segmentStart = i + 1;
    }
  }
  return items;
}

function readPythonList(line: string, lineNumber: number, start: number, end: number): AuthorName[] {
  const items: AuthorName[] = [];
  let close = end;
  if (line.charCodeAt(end - 1) === 93 /* ] */) close = end - 1;
  let i = start;
  while (i < close) {
    const code = line.charCodeAt(i);
    if (code === 32 || code === 9) {
      i++;
      continue;
    }
    if (code === 39 || code === 34 /* ' " */) {
      const quote = line[i];
      let j = i + 1;
      let name = '';
      while (j < close && line[j] !== quote) {
        if (line[j] === '\\' && j + 1 < close) j++;
        name += line[j];
        j++;
      }
      items.push({ name: name.trim(), range: lineSpan(lineNumber, i + 1, j) });
      i = j + 1;
      while (i < close && line.charCodeAt(i) !== 44) i++;
      i++;
      continue;
    }
    let j = i;
    while (j < close && line.charCodeAt(j) !== 44) j++;
    items.push(trimmedItem(line, lineNumber, i, j));
    i = j + 1;
  }
  return items;
}

function trimmedItem(line: string, lineNumber: number, from: number, to: number): AuthorName {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(line[a])) a++;
  while (b > a && /\s/.test(line[b - 1])) b--;
  return { name: line.slice(a, b), range: lineSpan(lineNumber, a, b) };
}
