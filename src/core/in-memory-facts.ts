/** `WorkspaceFacts` over a set of parsed digests held in memory: what the CLI knows about the files it lints. */

import type { Digest } from './model';
import type { DigestLocation, WorkspaceFacts } from './workspace-facts';

export interface DigestSource {
  uri: string;
  digest: Digest;
}

export function createInMemoryFacts(sources: readonly DigestSource[]): WorkspaceFacts {
  const days = new Map<string, DigestLocation[]>();
  const papers = new Map<string, DigestLocation[]>();
  const add = (map: Map<string, DigestLocation[]>, key: string, location: DigestLocation) => {
    const list = map.get(key);
    if (list) list.push(location);
    else map.set(key, [location]);
  };
  for (const { uri, digest } of sources) {
    for (const day of digest.days) {
      if (day.date !== null) add(days, day.date, { uri, range: day.headingRange, date: day.date });
      for (const paper of day.papers) if (paper.id !== null) add(papers, paper.id, { uri, range: paper.headingRange, date: day.date });
    }
    for (const paper of digest.orphanPapers) if (paper.id !== null) add(papers, paper.id, { uri, range: paper.headingRange, date: null });
  }
  const others = (list: DigestLocation[] | undefined, uri: string) => (list ?? []).filter((location) => location.uri !== uri);
  return {
    otherDays: (date, uri) => others(days.get(date), uri),
    otherPapers: (id, uri) => others(papers.get(id), uri),
  };
}
