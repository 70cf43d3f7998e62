export function generateWorkspace(
  folder: string,
  options: { digests?: number; notes?: number; samples: string[] },
): { digests: number; notes: number; bytes: number; files: string[] };
