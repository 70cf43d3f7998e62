import type { FileFilter } from '../../../src/core/workspace/file-filter';
import type { WorkspaceFileSystem } from '../../../src/core/workspace/file-system';

/** An in-memory workspace for index tests; records which files were read. */
export class MemoryFileSystem implements WorkspaceFileSystem {
  private readonly files = new Map<string, string>();
  readonly reads: string[] = [];

  constructor(private readonly roots: readonly string[] = ['mem:/ws']) {}

  /** Writes a file under the first root (or under an absolute `mem:` URI) and returns its URI. */
  write(path: string, text: string): string {
    const uri = this.uriOf(path);
    this.files.set(uri, text);
    return uri;
  }

  remove(path: string): string {
    const uri = this.uriOf(path);
    for (const each of [...this.files.keys()]) if (each === uri || each.startsWith(`${uri}/`)) this.files.delete(each);
    return uri;
  }

  move(from: string, to: string): { from: string; to: string } {
    const source = this.uriOf(from);
    const target = this.uriOf(to);
    for (const [uri, text] of [...this.files]) {
      if (uri === source || uri.startsWith(`${source}/`)) {
        this.files.delete(uri);
        this.files.set(target + uri.slice(source.length), text);
      }
    }
    return { from: source, to: target };
  }

  uriOf(path: string): string {
    return path.includes(':') ? path : `${this.roots[0]}/${path}`;
  }

  findFiles(filter: FileFilter, under?: string): Promise<string[]> {
    const found = [...this.files.keys()]
      .filter((uri) => under === undefined || uri.startsWith(`${under}/`))
      .filter((uri) => {
        const path = this.relativePath(uri);
        return path !== null && filter.matches(path);
      })
      .sort();
    return Promise.resolve(found);
  }

  readFile(uri: string): Promise<Uint8Array> {
    this.reads.push(uri);
    const text = this.files.get(uri);
    if (text === undefined) return Promise.reject(new Error(`ENOENT: ${uri}`));
    return Promise.resolve(new TextEncoder().encode(text));
  }

  relativePath(uri: string): string | null {
    const root = this.roots.find((each) => uri.startsWith(`${each}/`));
    return root ? uri.slice(root.length + 1) : null;
  }
}

export function digest(date: string, ...papers: string[]): string {
  return `## Daily Papers (${date})\n\n${papers.join('\n')}`;
}

export interface PaperText {
  id: string;
  title: string;
  votes?: number;
  authors?: string[];
  video?: boolean;
  bullets?: string[];
}

export function paper({ id, title, votes = 1, authors = ['Ada Lovelace'], video = false, bullets = ['A summary.'] }: PaperText): string {
  const media = video
    ? `[Watch Video](https://cdn.example/${id}.mp4)\n<div><video controls src="https://cdn.example/${id}.mp4" muted="false"></video></div>`
    : `![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png)`;
  return [
    `### [${title}](https://arxiv.org/abs/${id})`,
    '',
    media,
    '',
    `Vote: ${votes}`,
    '',
    `Authors: ${authors.join(', ')}`,
    '',
    ...bullets.map((bullet) => `- ${bullet}`),
    '',
  ].join('\n');
}
