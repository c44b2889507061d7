/**
 * The index file reader against git itself: on index files git wrote (versions 2, 3 and 4, a
 * merge conflict, assume-unchanged, skip-worktree, intent-to-add, a subfolder), the listing read
 * from the file equals the one `git ls-files -s --debug` prints, entry for entry; and a split
 * index, which this reader refuses, still gives the fast path's hash through git's listing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseIndexFile } from '../../src/core/git/index-file.js';
import { NOT_LOOKED_AT, parseLsFiles, type IndexListing } from '../../src/core/git/ls-files.js';
import { LS_TRACKED_ARGS } from '../../src/git/index-blobs.js';
import { definitionOf } from '../hash/support/context.js';
import { git, initRepo } from '../support/git-repo.js';

const parse = parseIndexFile;

const files = {
  Dockerfile: 'FROM scratch\nCOPY . /app\n',
  'README.md': '# readme\n',
  'bin/run.sh': '#!/bin/sh\necho run\n',
  'src/app.py': 'print("hello")\n',
  'src/lib/ünïcode.py': 'X = 1\n',
  'src/lib/deep/er/still.txt': 'deep\n',
  'docs/notes.md': '# notes\n',
};

/** What git lists for `folder` (without -m: which files differ is git's to say, not the file's). */
function gitListing(folder: string): IndexListing {
  const args = LS_TRACKED_ARGS.filter((arg) => arg !== '-m');
  return parseLsFiles(execFileSync('git', args, { cwd: folder, maxBuffer: 64 << 20 }));
}

function fileListing(repo: string, prefix: string): IndexListing {
  const result = parse(readFileSync(path.join(repo, '.git', 'index')), prefix);
  if (!('listing' in result)) throw new Error(result.unsupported);
  return result.listing;
}

describe('the index file as git wrote it', () => {
  test.each([2, 3, 4])('version %i: the same entries as git lists, in the root and in a subfolder', (version) => {
    const repo = initRepo(files);
    execFileSync('chmod', ['+x', path.join(repo, 'bin/run.sh')]);
    git(repo, ['add', '-A']);
    git(repo, ['update-index', '--index-version', String(version)]);
    if (version === 3) git(repo, ['update-index', '--skip-worktree', 'docs/notes.md']);
    git(repo, ['update-index', '--assume-unchanged', 'README.md']);
    expect(readFileSync(path.join(repo, '.git', 'index')).readUInt32BE(4)).toBe(version);
    expect(fileListing(repo, '')).toEqual(gitListing(repo));
    expect(fileListing(repo, 'src/')).toEqual(gitListing(path.join(repo, 'src')));
    expect(fileListing(repo, 'src/lib/deep/')).toEqual(gitListing(path.join(repo, 'src/lib/deep')));
  });

  test.each([2, 4])('version %i, 2,500 files: the same entries as git lists, in the root and in a subfolder', (version) => {
    const many: Record<string, string> = {};
    // Long names that differ at the end: version 4 stores a few bytes of each, so the expanded
    // names outgrow a buffer the size of the file.
    const deep = 'a-rather-long-folder-name/'.repeat(8);
    for (let i = 0; i < 2500; i++) many[`pkg${i % 7}/${deep}file-${i}.txt`] = `${i}\n`;
    const repo = initRepo(many);
    git(repo, ['update-index', '--index-version', String(version)]);
    if (version === 4) expect(statSync(path.join(repo, '.git', 'index')).size).toBeLessThan(2500 * deep.length);
    expect(fileListing(repo, '')).toEqual(gitListing(repo));
    expect(fileListing(repo, 'pkg3/')).toEqual(gitListing(path.join(repo, 'pkg3')));
  });

  test('a merge conflict: one path, mode 0, conflicted, as git lists it', () => {
    const repo = initRepo(files);
    git(repo, ['checkout', '-q', '-b', 'other']);
    writeFileSync(path.join(repo, 'src/app.py'), 'print("other")\n');
    git(repo, ['commit', '-q', '-am', 'other']);
    git(repo, ['checkout', '-q', 'main']);
    writeFileSync(path.join(repo, 'src/app.py'), 'print("main")\n');
    git(repo, ['commit', '-q', '-am', 'main']);
    expect(() => git(repo, ['merge', '-q', 'other'])).toThrow();
    const listing = fileListing(repo, '');
    expect(listing).toEqual(gitListing(repo));
    expect(listing.paths.filter((file) => file === 'src/app.py')).toHaveLength(1);
  });

  test('intent-to-add: the file is read (git calls it changed), everything else as git lists it', () => {
    const repo = initRepo(files);
    writeFileSync(path.join(repo, 'later.txt'), 'later\n');
    git(repo, ['add', '-N', 'later.txt']);
    const fromFile = fileListing(repo, '');
    const fromGit = gitListing(repo);
    const at = fromFile.paths.indexOf('later.txt');
    expect(fromFile.flags[at]).toBe(NOT_LOOKED_AT);
    expect({ ...fromFile, flags: fromFile.flags.map((flag, i) => (i === at ? 0 : flag)) }).toEqual(fromGit);
  });

  test('a split index is left to git, and the hash is the content path hash', async () => {
    const repo = initRepo({ ...files, '.dockerignore': '.git\n' });
    git(repo, ['update-index', '--split-index']);
    writeFileSync(path.join(repo, 'src/app.py'), 'print("changed")\n');
    git(repo, ['add', 'src/app.py']);
    expect(parse(readFileSync(path.join(repo, '.git', 'index')), '')).toHaveProperty('unsupported');
    const fast = await definitionOf(repo, { useGit: true, dockerfile: path.join(repo, 'Dockerfile') });
    const slow = await definitionOf(repo, { useGit: false, dockerfile: path.join(repo, 'Dockerfile') });
    expect(fast.fastPath).toEqual({ used: true, fromIndex: 8 });
    expect(fast.hash).toBe(slow.hash);
  });
});
