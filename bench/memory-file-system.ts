import type { FileFilter, WorkspaceFileSystem } from '../src/core/digest-service';
import type { Sample } from './samples';

const ROOT = 'mem:/bench/';

/**
 * The samples copied in memory until there are `minFiles` files (no disk: the sections using it measure
 * the index's consumers, not reading). `textOf` may vary a copy's text, e.g. its author names.
 */
export class MemoryFileSystem implements WorkspaceFileSystem {
  readonly files = new Map<string, Uint8Array>();

  constructor(samples: Sample[], minFiles: number, textOf: (text: string, copy: number) => string = (text) => text) {
    const encoder = new TextEncoder();
    for (let copy = 0; this.files.size < minFiles; copy++) {
      samples.forEach((sample, i) => this.files.set(`${ROOT}${copy}/${i}.md`, encoder.encode(textOf(sample.text, copy))));
    }
  }

  findFiles(filter: FileFilter): Promise<string[]> {
    return Promise.resolve([...this.files.keys()].filter((uri) => filter.matches(uri.slice(ROOT.length))));
  }

  readFile(uri: string): Promise<Uint8Array> {
    const bytes = this.files.get(uri);
    return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`no file ${uri}`));
  }

  relativePath(uri: string): string | null {
    return uri.startsWith(ROOT) ? uri.slice(ROOT.length) : null;
  }
}
