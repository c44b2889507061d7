/**
 * Git listings shared by many hashes in one process (the monorepo plan): the folder that holds
 * every context is listed once, and each context takes its part of that listing instead of
 * starting git processes of its own. A context the shared listing cannot speak for (outside it,
 * untracked, inside a submodule) is listed by itself.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { readGitWorkTree, subtree, type GitWorkTreeResult } from '../git/index-blobs.js';

export class GitListings {
  private root: string | undefined | null = null;
  private whole: Promise<GitWorkTreeResult> | undefined;

  /** `folder` holds the contexts (the plan passes the deepest folder that holds them all). */
  constructor(private readonly folder: string) {}

  /** Git's view of `contextDir` (a real path). */
  async forContext(contextDir: string): Promise<GitWorkTreeResult> {
    if (this.root === null) {
      try {
        this.root = realpathSync(this.folder);
      } catch {
        this.root = undefined; // each context then speaks for itself (and reports its own problem)
      }
    }
    const relative = this.root === undefined ? '..' : path.relative(this.root, contextDir);
    if (this.root !== undefined && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)) {
      this.whole ??= readGitWorkTree(this.root);
      const whole = await this.whole;
      const part = whole.available ? subtree(whole.tree, contextDir) : undefined;
      if (part) return { available: true, tree: part };
    }
    return readGitWorkTree(contextDir);
  }
}

/** The deepest folder that holds every one of `folders` (absolute paths). */
export function commonFolder(folders: readonly string[]): string {
  const split = folders.map((folder) => path.resolve(folder).split(path.sep));
  const first = split[0] ?? [path.sep];
  let length = first.length;
  for (const parts of split) {
    let same = 0;
    while (same < length && parts[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length).join(path.sep) || path.sep;
}
