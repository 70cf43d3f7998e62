// An in-memory file system for tests: documents on a "virtual" scheme, like github.dev's
// vscode-vfs, that is neither file nor vscode-remote.
import * as vscode from 'vscode';

type Entry = { type: vscode.FileType.File; data: Uint8Array; mtime: number } | { type: vscode.FileType.Directory; mtime: number };

export class MemoryFileSystem implements vscode.FileSystemProvider {
  readonly #entries = new Map<string, Entry>([['/', { type: vscode.FileType.Directory, mtime: Date.now() }]]);
  readonly #changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.#changes.event;

  /** `files`: text by absolute path, e.g. `{ '/workspace/notes.md': '…' }`; their folders are created. */
  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/').slice(1, -1);
      parts.forEach((_, i) => this.#entries.set(`/${parts.slice(0, i + 1).join('/')}`, { type: vscode.FileType.Directory, mtime: Date.now() }));
      this.#entries.set(path, { type: vscode.FileType.File, data: new TextEncoder().encode(text), mtime: Date.now() });
    }
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const entry = this.#get(uri);
    return { type: entry.type, ctime: 0, mtime: entry.mtime, size: entry.type === vscode.FileType.File ? entry.data.byteLength : 0 };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
    return [...this.#entries]
      .filter(([path]) => path !== prefix && path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
      .map(([path, entry]) => [path.slice(prefix.length), entry.type]);
  }

  createDirectory(uri: vscode.Uri): void {
    this.#entries.set(uri.path, { type: vscode.FileType.Directory, mtime: Date.now() });
    this.#changes.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const entry = this.#get(uri);
    if (entry.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return entry.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    const existed = this.#entries.has(uri.path);
    this.#entries.set(uri.path, { type: vscode.FileType.File, data: content, mtime: Date.now() });
    this.#changes.fire([{ type: existed ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    this.#get(uri);
    for (const path of [...this.#entries.keys()]) if (path === uri.path || path.startsWith(`${uri.path}/`)) this.#entries.delete(path);
    this.#changes.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    this.writeFile(to, this.readFile(from));
    this.delete(from);
  }

  #get(uri: vscode.Uri): Entry {
    const entry = this.#entries.get(uri.path);
    if (!entry) throw vscode.FileSystemError.FileNotFound(uri);
    return entry;
  }
}
