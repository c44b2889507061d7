/**
 * Walks a build context the way BuildKit's sender does: depth first, never
 * following symlinks, asking the ContextFilter about every entry. Regular files are returned for
 * hashing; symlinks are read as their target string; directories are kept (empty ones too);
 * sockets, FIFOs and devices are reported and left out.
 */
import { lstatSync, readdirSync, readlinkSync, type Dirent } from 'node:fs';
import { ContextFilter } from '../core/dockerignore/context-filter.js';
import { BadPatternError } from '../core/dockerignore/go-glob.js';
import { InputError, StepError } from '../core/errors.js';

export interface WalkResult {
  /** Context-relative paths of the regular files Docker would send, with their size and exec bit. */
  files: string[];
  sizes: number[];
  executable: boolean[];
  symlinks: Array<{ path: string; target: string }>;
  dirs: string[];
  /** Sent by Docker but not hashable as file content: reported as warnings. */
  special: Array<{ path: string; kind: string }>;
  /** A `.gitattributes` was seen (sent or not): git may convert files, so the fast path must ask it. */
  sawGitattributes: boolean;
}

function kindOf(entry: Dirent): string {
  if (entry.isFIFO()) return 'FIFO';
  if (entry.isSocket()) return 'socket';
  if (entry.isBlockDevice()) return 'block device';
  if (entry.isCharacterDevice()) return 'character device';
  return 'special file';
}

function unreadable(relative: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new InputError('context', `cannot read '${relative}' (${code})`, 'Make it readable, or exclude it in .dockerignore');
}

/**
 * Node shows invalid UTF-8 bytes in a name as U+FFFD, but U+FFFD is also a valid character of its
 * own: the name is faithful only if some entry's raw bytes are exactly its UTF-8 encoding.
 */
function isValidUtf8Name(dir: string, name: string): boolean {
  const encoded = Buffer.from(name, 'utf8');
  return readdirSync(dir, { encoding: 'buffer' }).some((raw) => raw.equals(encoded));
}

export function walkContext(contextDir: string, filter: ContextFilter, ignoreFileLabel: string): WalkResult {
  const result: WalkResult = { files: [], sizes: [], executable: [], symlinks: [], dirs: [], special: [], sawGitattributes: false };

  const visit = (relative: string, isDir: boolean) => {
    try {
      return filter.visit(relative, isDir);
    } catch (error) {
      if (error instanceof BadPatternError) {
        throw new InputError('context', `${ignoreFileLabel}: ${error.message}`, 'Fix the pattern; docker build rejects it too');
      }
      throw error;
    }
  };

  const walkDir = (absolute: string, relativeDir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      throw unreadable(relativeDir || '.', error);
    }
    // No sorting: the order of siblings changes nothing (the filter only needs parents before
    // children, which depth-first gives) and the entries are sorted once at the end.
    for (const entry of entries) {
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      const isDir = entry.isDirectory();
      if (entry.name === '.gitattributes') result.sawGitattributes = true;
      const decision = visit(relative, isDir);
      if (decision.action === 'prune') continue;
      if (entry.name.includes('\uFFFD') && (decision.action === 'include' || isDir) && !isValidUtf8Name(absolute, entry.name)) {
        // Node decodes file names as UTF-8; a name that is not valid UTF-8 cannot be hashed faithfully.
        throw new InputError('context', `the name of '${relative}' is not valid UTF-8`, 'Rename it, or exclude it in .dockerignore');
      }
      if (decision.action === 'include') {
        result.dirs.push(...decision.parents);
        if (isDir) result.dirs.push(relative);
        else if (entry.isFile()) {
          let stats;
          try {
            stats = lstatSync(`${absolute}/${entry.name}`);
          } catch (error) {
            throw unreadable(relative, error);
          }
          if (!stats.isFile()) throw new StepError(`'${relative}' changed while the context was being read; run the step again`);
          result.files.push(relative);
          result.sizes.push(stats.size);
          // git's model: only the owner-execute bit counts.
          result.executable.push((stats.mode & 0o100) !== 0);
        } else if (entry.isSymbolicLink()) {
          try {
            result.symlinks.push({ path: relative, target: readlinkSync(`${absolute}/${entry.name}`) });
          } catch (error) {
            throw unreadable(relative, error);
          }
        } else result.special.push({ path: relative, kind: kindOf(entry) });
      }
      if (isDir) walkDir(`${absolute}/${entry.name}`, relative);
    }
  };

  walkDir(contextDir, '');
  return result;
}
