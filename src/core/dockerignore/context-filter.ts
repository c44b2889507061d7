/**
 * Which entries of a build context Docker sends, decided exactly as BuildKit's file walker does
 * (tonistiigi/fsutil filter.go, `filterFS.Walk` with ExcludePatterns):
 *
 * - every entry is matched with `MatchesUsingParentResults`, seeded with its parent directory's
 *   match information (so `!` exceptions inside an excluded folder re-include files);
 * - an excluded directory is not descended into when no `!` exception could reach inside it
 *   (only when all exceptions are plain paths; otherwise the walk goes on and only files that an
 *   exception re-includes come back);
 * - an excluded directory is still sent when something inside it is re-included (it is needed to
 *   hold that file), emitted just before its first included descendant.
 *
 * Pure: the caller walks the file system in depth-first, name-sorted order and asks `visit` about
 * each entry below the root.
 */
import { emptyMatchInfo, PatternMatcher, type MatchInfo, type Pattern } from './pattern-matcher.js';

export type Visit =
  /** Send this entry (and `parents` first: excluded directories that hold it and were not sent yet). */
  | { action: 'include'; parents: string[] }
  /** Do not send this entry; if it is a directory, still look inside. */
  | { action: 'skip' }
  /** Do not send this directory and do not look inside. */
  | { action: 'prune' };

interface VisitedDir {
  pathWithSep: string;
  path: string;
  info: MatchInfo;
  sent: boolean;
}

const PATTERN_CHARS = /[*[\]?^\\]/;

/** The answer for most entries, shared: a visit per file of a 100,000-file context adds up. */
const INCLUDE: Visit = Object.freeze({ action: 'include', parents: Object.freeze([]) as unknown as string[] });

/** fsutil's patternWithoutTrailingGlob: `dir/**` and `dir/*` reach the same folders as `dir`. */
function withoutTrailingGlob(pattern: Pattern): string {
  let text = pattern.toString();
  if (text.endsWith('/**')) text = text.slice(0, -3);
  if (text.endsWith('/*')) text = text.slice(0, -2);
  return text;
}

export class ContextFilter {
  private readonly matcher: PatternMatcher | undefined;
  private readonly onlyPrefixExceptions: boolean;
  private readonly stack: VisitedDir[] = [];
  /**
   * When every pattern is a plain path and none is an exception: the folders that hold a path a
   * pattern names. Such a pattern matches that one path (and, through its parent's result, what is
   * below it), so the files directly in any other sent folder are all sent.
   */
  private readonly plainPatternFolders: Set<string> | undefined;

  /** `patterns` as read by readIgnorePatterns; throws on a lone `!` or a malformed pattern. */
  constructor(patterns: readonly string[]) {
    this.matcher = patterns.length > 0 ? new PatternMatcher(patterns) : undefined;
    const all = this.matcher?.patterns ?? [];
    this.onlyPrefixExceptions = !all.some((p) => p.exclusion && PATTERN_CHARS.test(withoutTrailingGlob(p)));
    if (!this.matcher?.exclusions && !all.some((p) => PATTERN_CHARS.test(p.toString()))) {
      this.plainPatternFolders = new Set(all.map((p) => p.toString().slice(0, Math.max(0, p.toString().lastIndexOf('/')))));
    }
  }

  /**
   * Is every file directly in `folder` (relative, '' for the root; a folder visit() sent) sent with
   * nothing before it, so that a caller may leave their visits out? Answered yes only when sure.
   */
  filesAllSentIn(folder: string): boolean {
    if (!this.matcher) return true;
    return this.plainPatternFolders !== undefined && !this.plainPatternFolders.has(folder);
  }

  /** `relativePath` is `/`-separated, relative to the context root. May throw BadPatternError. */
  visit(relativePath: string, isDir: boolean): Visit {
    if (!this.matcher) return INCLUDE;
    while (this.stack.length > 0 && !relativePath.startsWith((this.stack[this.stack.length - 1] as VisitedDir).pathWithSep)) {
      this.stack.pop();
    }
    const parent = this.stack[this.stack.length - 1];
    const { matched, info } = this.matcher.matchesUsingParentResults(relativePath, parent?.info ?? emptyMatchInfo, isDir);

    if (matched && isDir && this.onlyPrefixExceptions && !this.exceptionCouldReachInside(relativePath)) {
      return { action: 'prune' };
    }
    const dir: VisitedDir | undefined = isDir ? { pathWithSep: `${relativePath}/`, path: relativePath, info, sent: false } : undefined;
    if (dir) this.stack.push(dir);
    if (matched) return { action: 'skip' };

    let parents: string[] | undefined;
    // Indexed: a for-of allocates an iterator result per step until V8 optimizes the loop.
    for (let i = 0; i < this.stack.length; i++) {
      const visited = this.stack[i] as VisitedDir;
      if (visited === dir || visited.sent) continue;
      visited.sent = true;
      (parents ??= []).push(visited.path);
    }
    if (dir) dir.sent = true;
    return parents ? { action: 'include', parents } : INCLUDE;
  }

  private exceptionCouldReachInside(dirPath: string): boolean {
    if (!this.matcher?.exclusions) return false;
    const dirSlash = `${dirPath}/`;
    return this.matcher.patterns.some((p) => p.exclusion && `${withoutTrailingGlob(p)}/`.startsWith(dirSlash));
  }
}
