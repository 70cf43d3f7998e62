/** Loads the benchmark text: the bundled seeds plus ../shared/corpus when it is beside the checkout. */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Sample {
  file: string;
  text: string;
}

export const ROOT = resolve(__dirname, '..');
export const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');

export function loadSamples(): Sample[] {
  const files = [...markdownFiles(join(ROOT, 'seeds')), ...(existsSync(CORPUS) ? markdownFiles(CORPUS) : [])];
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

function markdownFiles(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...markdownFiles(path));
    else if (name.endsWith('.md')) found.push(path);
  }
  return found;
}

/** Concatenates samples (as separate texts) until at least `minBytes` of UTF-8 is reached. */
export function repeatToSize(samples: Sample[], minBytes: number): string[] {
  const texts: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const sample of samples) {
      texts.push(sample.text);
      bytes += Buffer.byteLength(sample.text);
    }
  }
  return texts;
}

export function byteLength(texts: string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
}
