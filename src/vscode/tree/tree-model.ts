/**
 * The shape of the papers tree, computed lazily from the index: years → months → days → papers (or days
 * at the top), with sorting and a text filter. Nodes are cached so that the same element object comes
 * back for the same node until the next refresh, which `TreeView.reveal` relies on. No `vscode` here.
 */

import type { IndexedDay, IndexedPaper, WorkspaceIndex } from '../../core/digest-service';

export type PaperSort = 'votes' | 'digest' | 'title';

export interface TreeOptions {
  groupByMonth: boolean;
  newestFirst: boolean;
  sortPapers: PaperSort;
  /** Words that papers must match in title, authors or id; empty for no filter. */
  filter: string;
}

export interface GroupNode {
  readonly kind: 'year' | 'month' | 'undated';
  readonly id: string;
  /** `2024`, `03`, or empty for the undated group. */
  readonly key: string;
  readonly parent: GroupNode | undefined;
  readonly days: readonly IndexedDay[];
  readonly paperCount: number;
  readonly expanded: boolean;
}

export interface DayNode {
  readonly kind: 'day';
  readonly id: string;
  readonly parent: GroupNode | undefined;
  readonly day: IndexedDay;
  /** The papers shown, filtered and sorted. */
  readonly papers: readonly IndexedPaper[];
  /** Another day section has the same date, so the file name is worth showing. */
  readonly sharesDate: boolean;
  readonly expanded: boolean;
}

export interface PaperNode {
  readonly kind: 'paper';
  readonly id: string;
  readonly parent: DayNode;
  readonly paper: IndexedPaper;
}

export type TreeNode = GroupNode | DayNode | PaperNode;

/** Under a filter with at most this many matching papers, every group and day starts expanded. */
const EXPAND_FILTERED_UP_TO = 50;

const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export class PaperTreeModel {
  private rootNodes: TreeNode[] | null = null;
  private readonly childNodes = new Map<string, TreeNode[]>();
  private matches: Set<IndexedPaper> | null = null;
  private dateCounts = new Map<string, number>();

  constructor(
    private readonly index: WorkspaceIndex,
    private options: TreeOptions,
  ) {}

  get treeOptions(): Readonly<TreeOptions> {
    return this.options;
  }

  /** Forgets every node: call after the index or the options change. */
  reset(options: TreeOptions = this.options): void {
    this.options = options;
    this.rootNodes = null;
    this.childNodes.clear();
    this.matches = null;
  }

  /** How many papers the filter lets through (all papers without a filter). */
  shownPaperCount(): number {
    this.roots();
    return this.matches ? this.matches.size : this.index.counts().papers;
  }

  roots(): TreeNode[] {
    if (this.rootNodes) return this.rootNodes;
    const { groupByMonth } = this.options;
    const days = this.visibleDays();
    if (!groupByMonth) return (this.rootNodes = days.map((day) => this.dayNode(day, undefined)));
    const roots: TreeNode[] = [];
    const undated: IndexedDay[] = [];
    for (const [year, yearDays] of groupBy(days, (day) => yearMonthOf(day)?.year ?? null)) {
      if (year === null) undated.push(...yearDays);
      else roots.push(this.groupNode('year', year, undefined, yearDays, roots.length === 0));
    }
    if (undated.length) roots.push(this.groupNode('undated', '', undefined, undated, false));
    return (this.rootNodes = roots);
  }

  children(node: TreeNode | undefined): TreeNode[] {
    if (!node) return this.roots();
    if (node.kind === 'paper') return [];
    let children = this.childNodes.get(node.id);
    if (!children) {
      children = this.computeChildren(node);
      this.childNodes.set(node.id, children);
    }
    return children;
  }

  parent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  /** The node showing this paper, or undefined when the filter hides it. Same object as `children` returns. */
  paperNode(paper: IndexedPaper): PaperNode | undefined {
    const dayNode = this.dayNodeOf(paper.day);
    return dayNode && (this.children(dayNode) as PaperNode[]).find((node) => node.paper === paper);
  }

  dayNodeOf(day: IndexedDay): DayNode | undefined {
    let nodes = this.roots();
    for (;;) {
      const dayNode = nodes.find((node): node is DayNode => node.kind === 'day' && node.day === day);
      if (dayNode) return dayNode;
      const group = nodes.find((node): node is GroupNode => node.kind !== 'day' && node.kind !== 'paper' && node.days.includes(day));
      if (!group) return undefined;
      nodes = this.children(group);
    }
  }

  private computeChildren(node: GroupNode | DayNode): TreeNode[] {
    if (node.kind === 'day') return node.papers.map((paper, i) => this.paperNodeAt(node, paper, i));
    if (node.kind === 'year') {
      const months = [...groupBy(node.days, (day) => yearMonthOf(day)!.month)];
      return months.map(([month, days], i) => this.groupNode('month', month, node, days, node.expanded && i === 0));
    }
    return node.days.map((day) => this.dayNode(day, node));
  }

  private visibleDays(): IndexedDay[] {
    const all = this.index.days();
    this.dateCounts = new Map();
    for (const day of all) if (day.dateText !== null) this.dateCounts.set(day.dateText, (this.dateCounts.get(day.dateText) ?? 0) + 1);
    const filter = this.options.filter.trim();
    this.matches = filter ? new Set(this.index.search(filter).map((hit) => hit.paper)) : null;
    const matches = this.matches;
    const days = matches ? all.filter((day) => day.papers.some((paper) => matches.has(paper))) : [...all];
    if (this.options.newestFirst) {
      const dated = days.filter((day) => day.dateText !== null).reverse();
      return [...dated, ...days.filter((day) => day.dateText === null)];
    }
    return days;
  }

  private get expandAll(): boolean {
    return this.matches !== null && this.matches.size <= EXPAND_FILTERED_UP_TO;
  }

  private idPrefix(): string {
    return this.options.filter.trim() ? 'filtered:' : '';
  }

  private groupNode(kind: GroupNode['kind'], key: string, parent: GroupNode | undefined, days: IndexedDay[], expanded: boolean): GroupNode {
    const id = kind === 'month' ? `${this.idPrefix()}month:${parent!.key}-${key}` : `${this.idPrefix()}${kind}:${key}`;
    const paperCount = days.reduce((sum, day) => sum + this.papersShown(day).length, 0);
    return { kind, id, key, parent, days, paperCount, expanded: this.expandAll || expanded };
  }

  private dayNode(day: IndexedDay, parent: GroupNode | undefined): DayNode {
    const id = `${this.idPrefix()}day:${day.file.uri}#${day.dateText ?? ''}#${day.ordinal}`;
    const sharesDate = day.dateText !== null && (this.dateCounts.get(day.dateText) ?? 0) > 1;
    return { kind: 'day', id, parent, day, papers: this.sortPapers(this.papersShown(day)), sharesDate, expanded: this.expandAll };
  }

  private paperNodeAt(parent: DayNode, paper: IndexedPaper, position: number): PaperNode {
    const key = paper.id ?? `title:${paper.title}`;
    const sameKeyBefore = parent.papers.slice(0, position).filter((each) => (each.id ?? `title:${each.title}`) === key).length;
    return { kind: 'paper', id: `${parent.id}/${key}#${sameKeyBefore}`, parent, paper };
  }

  private papersShown(day: IndexedDay): readonly IndexedPaper[] {
    const matches = this.matches;
    return matches ? day.papers.filter((paper) => matches.has(paper)) : day.papers;
  }

  private sortPapers(papers: readonly IndexedPaper[]): IndexedPaper[] {
    const sorted = [...papers];
    switch (this.options.sortPapers) {
      case 'votes':
        return sorted.sort((a, b) => (b.votes ?? -1) - (a.votes ?? -1) || a.order - b.order);
      case 'title':
        return sorted.sort((a, b) => titleCollator.compare(a.title, b.title) || a.order - b.order);
      case 'digest':
        return sorted.sort((a, b) => a.order - b.order);
    }
  }
}

/** Year and month of a day whose date reads `YYYY-MM…`, else null (undated). */
export function yearMonthOf(day: IndexedDay): { year: string; month: string } | null {
  const match = day.dateText === null ? null : /^(\d{4})-(\d{2})/.exec(day.dateText);
  return match ? { year: match[1], month: match[2] } : null;
}

/** Groups items by key, keys in first-seen order. */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
