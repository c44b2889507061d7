/**
 * Reads the header of a raw commit object (`git cat-file commit <sha>`), pure. The raw object keeps
 * its `parent` lines even in a shallow clone, where git's own log pretends the history ends, so a
 * merge commit can still be recognised by its parents.
 */

export interface CommitHeader {
  parents: string[];
  /** Unix seconds of the committer date (what SOURCE_DATE_EPOCH wants). */
  committerTime: number;
}

export function parseCommitObject(raw: string): CommitHeader {
  const parents: string[] = [];
  let committerTime: number | undefined;
  for (const line of raw.split('\n')) {
    if (line === '') break; // the header ends at the first empty line; the message follows
    if (line.startsWith(' ')) continue; // continuation of a multi-line header (gpgsig, mergetag)
    if (line.startsWith('parent ')) parents.push(line.slice('parent '.length).trim());
    const committer = /^committer .*> (-?\d+) [+-]\d{4}$/.exec(line);
    if (committer) committerTime = Number(committer[1]);
  }
  if (committerTime === undefined) throw new Error('The commit object has no committer line');
  return { parents, committerTime };
}
