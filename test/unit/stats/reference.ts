/**
 * The definitions of the archive figures, computed the plain way from the reference reader's
 * `expected.json` (not from the index), for the stats tests to compare against.
 */

export interface ExpectedFile {
  file: string;
  days: { date: string | null; line: number; papers: { id: string | null; line: number; votes: number | null; authors: string[] | null }[] }[];
}

export interface ReferencePaper {
  file: string;
  date: string;
  line: number;
  id: string | null;
  votes: number;
}

export function referenceFigures(files: ExpectedFile[]) {
  const dates = new Set<string>();
  const months = new Map<string, { dates: Set<string>; papers: number; votes: number }>();
  const authors = new Map<string, { papers: number; votes: number }>();
  const papers: ReferencePaper[] = [];
  let votes = 0;
  for (const file of files) {
    for (const day of file.days) {
      if (!day.date || !/^\d{4}-\d{2}-\d{2}$/.test(day.date)) continue;
      dates.add(day.date);
      const month = day.date.slice(0, 7);
      if (!months.has(month)) months.set(month, { dates: new Set(), papers: 0, votes: 0 });
      const figures = months.get(month)!;
      figures.dates.add(day.date);
      for (const paper of day.papers) {
        const paperVotes = paper.votes ?? 0;
        figures.papers += 1;
        figures.votes += paperVotes;
        votes += paperVotes;
        papers.push({ file: file.file, date: day.date, line: paper.line, id: paper.id, votes: paperVotes });
        const names = new Set((paper.authors ?? []).map((name) => name.normalize('NFC').split(/\s+/).filter(Boolean).join(' ')).filter(Boolean));
        for (const name of names) {
          const author = authors.get(name) ?? { papers: 0, votes: 0 };
          author.papers += 1;
          author.votes += paperVotes;
          authors.set(name, author);
        }
      }
    }
  }
  return {
    days: dates.size,
    papers: papers.length,
    votes,
    months: [...months.keys()].sort().map((month) => ({ month, days: months.get(month)!.dates.size, papers: months.get(month)!.papers, votes: months.get(month)!.votes })),
    authors: [...authors]
      .map(([name, figures]) => ({ name, ...figures }))
      .sort((a, b) => b.papers - a.papers || b.votes - a.votes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    /** Most votes, then newest date, then file and line. */
    top: papers.sort((a, b) => b.votes - a.votes || (a.date === b.date ? 0 : a.date < b.date ? 1 : -1) || (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1)),
  };
}
