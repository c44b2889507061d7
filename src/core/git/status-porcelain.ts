/**
 * Parses `git status --porcelain=v2 -z` output (pure). Version 2 with NUL separators is the one
 * format git promises to keep stable for scripts and that never quotes or escapes paths, so names
 * with spaces, newlines or non-ASCII bytes come through exactly.
 */

export type DirtyChange =
  'staged' | 'modified' | 'staged, modified' | 'added' | 'deleted' | 'renamed' | 'type changed' | 'conflict' | 'untracked' | 'submodule';

export interface DirtyEntry {
  /** Relative to the repository root, `/`-separated (as git prints it). */
  path: string;
  change: DirtyChange;
  /** For a submodule: what git reports about it (new commits, modified content, untracked content). */
  detail?: string;
}

/** The `XY` pair: X is the index against HEAD, Y the working tree against the index (`.` = unchanged). */
function changeOf(xy: string): DirtyChange {
  const [x = '.', y = '.'] = xy;
  if (x === 'D' || y === 'D') return 'deleted';
  if (x === 'A') return 'added';
  if (x === 'R' || x === 'C') return 'renamed';
  if (x === 'T' || y === 'T') return 'type changed';
  if (x !== '.' && y !== '.') return 'staged, modified';
  if (x !== '.') return 'staged';
  return 'modified';
}

/** The `sub` field: `N...` for a plain file, `S<c><m><u>` for a submodule. */
function submoduleDetail(sub: string): string | undefined {
  if (!sub.startsWith('S')) return undefined;
  const parts: string[] = [];
  if (sub[1] === 'C') parts.push('new commits');
  if (sub[2] === 'M') parts.push('modified content');
  if (sub[3] === 'U') parts.push('untracked content');
  return parts.length > 0 ? parts.join(', ') : 'changed';
}

/** Splits off the first `count` space-separated fields and returns them with the rest (the path). */
function fields(record: string, count: number): { head: string[]; rest: string } {
  const head: string[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const space = record.indexOf(' ', at);
    if (space < 0) throw new Error(`Unexpected git status record: ${JSON.stringify(record)}`);
    head.push(record.slice(at, space));
    at = space + 1;
  }
  return { head, rest: record.slice(at) };
}

export function parsePorcelainV2(output: string): DirtyEntry[] {
  const records = output.split('\0');
  const entries: DirtyEntry[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i] ?? '';
    if (record === '' || record.startsWith('# ')) continue;
    const kind = record[0];
    if (kind === '?') {
      entries.push({ path: record.slice(2), change: 'untracked' });
    } else if (kind === '!') {
      // Ignored files are only printed with --ignored; they are never dirty.
      continue;
    } else if (kind === '1') {
      // 1 XY sub mH mI mW hH hI path
      const { head, rest } = fields(record, 8);
      entries.push(entryFor(rest, head[1] ?? '..', head[2] ?? 'N...'));
    } else if (kind === '2') {
      // 2 XY sub mH mI mW hH hI Xscore path NUL origPath: both names differ from HEAD.
      const { head, rest } = fields(record, 9);
      entries.push(entryFor(rest, head[1] ?? '..', head[2] ?? 'N...'));
      const original = records[++i] ?? '';
      entries.push({ path: original, change: 'deleted' });
    } else if (kind === 'u') {
      // u XY sub m1 m2 m3 mW h1 h2 h3 path
      const { rest } = fields(record, 10);
      entries.push({ path: rest, change: 'conflict' });
    } else {
      throw new Error(`Unexpected git status record: ${JSON.stringify(record)}`);
    }
  }
  return entries;
}

function entryFor(path: string, xy: string, sub: string): DirtyEntry {
  const detail = submoduleDetail(sub);
  if (detail !== undefined && !xy.includes('D') && !xy.includes('A')) return { path, change: 'submodule', detail };
  return { path, change: changeOf(xy) };
}
