/**
 * The shape of the Authors view, computed lazily from the archive stats: the first authors in sort order
 * (a page at a time, then a "show more" node), each expanding to the dated entries that list them. Nodes
 * are cached until the next reset, so `TreeView.reveal` gets the same objects back. No `vscode` here.
 */

import { type ArchiveStats, authorComparator, type AuthorFigures, type AuthorSort, foldForSearch, type IndexedPaper, queryWords } from '../../core/digest-service';

export interface AuthorNode {
  readonly kind: 'author';
  readonly id: string;
  readonly author: AuthorFigures;
}

export interface AuthorPaperNode {
  readonly kind: 'paper';
  readonly id: string;
  readonly parent: AuthorNode;
  readonly paper: IndexedPaper;
}

export interface MoreAuthorsNode {
  readonly kind: 'more';
  readonly id: string;
  readonly shown: number;
  readonly total: number;
}

export type AuthorTreeNode = AuthorNode | AuthorPaperNode | MoreAuthorsNode;

export interface AuthorTreeOptions {
  sort: AuthorSort;
  /** Words that an author's name must all contain (case and accents ignored); empty for every author. */
  filter: string;
}

/** Authors shown at first, and added by each "show more". */
export const AUTHORS_PAGE = 200;

export class AuthorTreeModel {
  private limit = AUTHORS_PAGE;
  private roots: AuthorTreeNode[] | null = null;
  private readonly authorNodes = new Map<string, AuthorNode>();
  private readonly paperNodes = new Map<string, AuthorPaperNode[]>();
  private matchCount: number | null = null;

  constructor(
    private readonly stats: ArchiveStats,
    private options: AuthorTreeOptions,
  ) {}

  get treeOptions(): Readonly<AuthorTreeOptions> {
    return this.options;
  }

  /** Forgets every node (after the stats change); a new sort or filter starts again from the first page. */
  reset(options: AuthorTreeOptions = this.options): void {
    if (options.sort !== this.options.sort || options.filter !== this.options.filter) this.limit = AUTHORS_PAGE;
    this.options = options;
    this.roots = null;
    this.authorNodes.clear();
    this.paperNodes.clear();
    this.matchCount = null;
  }

  /** Shows another page of authors. */
  showMore(): void {
    this.limit += AUTHORS_PAGE;
    this.reset();
  }

  /** How many authors the filter lets through (every author without a filter). */
  matchingCount(): number {
    if (this.matchCount === null) {
      const accept = this.acceptor();
      this.matchCount = accept ? this.stats.authors({ accept, limit: Infinity }).length : this.stats.authorCount;
    }
    return this.matchCount;
  }

  children(node?: AuthorTreeNode): AuthorTreeNode[] {
    if (!node) return this.rootNodes();
    if (node.kind !== 'author') return [];
    let papers = this.paperNodes.get(node.author.name);
    if (!papers) {
      papers = this.stats.papersOf(node.author.name).map((paper) => ({
        kind: 'paper' as const,
        id: `${node.id}/${paper.day.file.uri}#${paper.line}`,
        parent: node,
        paper,
      }));
      this.paperNodes.set(node.author.name, papers);
    }
    return papers;
  }

  parent(node: AuthorTreeNode): AuthorTreeNode | undefined {
    return node.kind === 'paper' ? node.parent : undefined;
  }

  /**
   * The node of an author (the name as counted), showing as many pages as needed to reach it;
   * undefined when the author is unknown or the filter hides them.
   */
  authorNode(name: string): AuthorNode | undefined {
    const figures = this.stats.author(name);
    if (!figures) return undefined;
    const accept = this.acceptor();
    if (accept && !accept(figures.name)) return undefined;
    const existing = this.authorNodes.get(figures.name);
    if (existing) return existing;
    const compare = authorComparator(this.options.sort);
    const before = this.stats.authors({ accept: (each) => (!accept || accept(each)) && compare(this.figuresOf(each), figures) < 0 }).length;
    this.limit = Math.max(this.limit, Math.ceil((before + 1) / AUTHORS_PAGE) * AUTHORS_PAGE);
    this.reset();
    this.rootNodes();
    return this.authorNodes.get(figures.name);
  }

  private figuresOf(name: string): AuthorFigures {
    return this.stats.author(name) ?? { name, papers: 0, votes: 0 };
  }

  private rootNodes(): AuthorTreeNode[] {
    if (!this.roots) {
      const authors = this.stats.authors({ sort: this.options.sort, limit: this.limit, accept: this.acceptor() });
      const roots: AuthorTreeNode[] = authors.map((author) => {
        const node: AuthorNode = { kind: 'author', id: `author:${author.name}`, author };
        this.authorNodes.set(author.name, node);
        return node;
      });
      if (authors.length === this.limit) {
        const total = this.matchingCount();
        if (total > authors.length) roots.push({ kind: 'more', id: `more:${this.limit}`, shown: authors.length, total });
      }
      this.roots = roots;
    }
    return this.roots;
  }

  private acceptor(): ((name: string) => boolean) | undefined {
    const words = queryWords(this.options.filter);
    if (!words.length) return undefined;
    return (name) => {
      const folded = foldForSearch(name);
      return words.every((word) => folded.includes(word));
    };
  }
}
