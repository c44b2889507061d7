/**
 * What the rules need to know about a build context on disk: the ignore file Docker would use (its
 * patterns, for CopyIgnoredFile) and, when there is none, whether `.git` is in it and how big it
 * is (counting stops past the limit: only "over 100 MB" matters).
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContextFacts } from '../core/lint/context.js';
import { ignoreFileCandidates, readIgnorePatterns } from '../core/dockerignore/ignore-file.js';

const SIZE_LIMIT = 100 * 1024 * 1024;
/** Ignore files read, by content (a repository repeats a few). */
const PATTERNS = new Map<string, string[]>();
const ENTRY_LIMIT = 200_000;

function contextBytes(dir: string): number {
  let bytes = 0;
  let entries = 0;
  const stack = [dir];
  while (stack.length > 0 && bytes <= SIZE_LIMIT && entries < ENTRY_LIMIT) {
    const current = stack.pop() as string;
    let list;
    try {
      list = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of list) {
      entries++;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) {
        try {
          bytes += lstatSync(full).size;
        } catch {
          // gone: nothing to send
        }
      }
    }
  }
  return bytes;
}

/**
 * `isFile` answers from the workspace listing when the caller has one (no system call per
 * candidate); without it the file system is asked.
 */
export function contextFacts(
  contextDir: string,
  dockerfile: string,
  isFile: (file: string) => boolean = (file) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  },
): { facts: ContextFacts; ignorePatterns: string[] | null } {
  for (const candidate of ignoreFileCandidates(contextDir, dockerfile)) {
    if (!isFile(candidate.file)) continue;
    let text: string;
    try {
      text = readFileSync(candidate.file, 'utf8');
    } catch {
      continue;
    }
    let patterns = PATTERNS.get(text);
    if (!patterns) {
      if (PATTERNS.size > 1000) PATTERNS.clear();
      PATTERNS.set(text, (patterns = readIgnorePatterns(text)));
    }
    return { facts: { hasIgnoreFile: true, hasGit: false, bytes: 0 }, ignorePatterns: patterns };
  }
  let hasGit: boolean;
  try {
    lstatSync(path.join(contextDir, '.git'));
    hasGit = true;
  } catch {
    hasGit = false;
  }
  return { facts: { hasIgnoreFile: false, hasGit, bytes: contextBytes(contextDir) }, ignorePatterns: null };
}
