export const id = 278;
export const ids = [278];
export const modules = {

/***/ 278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readCommitFacts: () => (/* binding */ readCommitFacts)
});

// EXTERNAL MODULE: ./src/core/run-event.ts
var run_event = __webpack_require__(3427);
;// CONCATENATED MODULE: ./src/core/git/tag-choice.ts
/**
 * Chooses one tag among several that point at the same commit (pure): a semantic version wins
 * (`v1.2.3` or `1.2.3`, the highest by SemVer precedence, so a release beats its own `-rc`); without
 * one, the first of the list as git sorted it (newest first).
 */
const semverPattern = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/;
function parseSemVer(tag) {
    const match = semverPattern.exec(tag);
    if (!match)
        return undefined;
    return {
        core: [BigInt(match[1] ?? 0), BigInt(match[2] ?? 0), BigInt(match[3] ?? 0)],
        prerelease: match[4] ? match[4].split('.') : [],
    };
}
function compareIdentifiers(a, b) {
    const aNumeric = /^\d+$/.test(a);
    const bNumeric = /^\d+$/.test(b);
    if (aNumeric && bNumeric)
        return BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0;
    if (aNumeric)
        return -1; // numeric identifiers have lower precedence than alphanumeric ones
    if (bNumeric)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** SemVer 2.0.0 precedence (build metadata ignored). */
function compareSemVer(a, b) {
    for (let i = 0; i < 3; i++) {
        if (a.core[i] !== b.core[i])
            return a.core[i] < b.core[i] ? -1 : 1;
    }
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        return b.prerelease.length - a.prerelease.length; // a release outranks any of its pre-releases
    }
    for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
        const order = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
        if (order !== 0)
            return order;
    }
    return a.prerelease.length - b.prerelease.length;
}
function chooseTag(tags) {
    let best;
    for (const tag of tags) {
        const version = parseSemVer(tag);
        if (!version)
            continue;
        // Ties (v1.0.0 and 1.0.0, or differing build metadata) go to the name that sorts first.
        const order = best ? compareSemVer(version, best.version) : 1;
        if (order > 0 || (order === 0 && best && tag < best.tag))
            best = { tag, version };
    }
    return best?.tag ?? tags[0] ?? '';
}

;// CONCATENATED MODULE: ./src/core/git/status-porcelain.ts
/**
 * Parses `git status --porcelain=v2 -z` output (pure). Version 2 with NUL separators is the one
 * format git promises to keep stable for scripts and that never quotes or escapes paths, so names
 * with spaces, newlines or non-ASCII bytes come through exactly.
 */
/** The `XY` pair: X is the index against HEAD, Y the working tree against the index (`.` = unchanged). */
function changeOf(xy) {
    const [x = '.', y = '.'] = xy;
    if (x === 'D' || y === 'D')
        return 'deleted';
    if (x === 'A')
        return 'added';
    if (x === 'R' || x === 'C')
        return 'renamed';
    if (x === 'T' || y === 'T')
        return 'type changed';
    if (x !== '.' && y !== '.')
        return 'staged, modified';
    if (x !== '.')
        return 'staged';
    return 'modified';
}
/** The `sub` field: `N...` for a plain file, `S<c><m><u>` for a submodule. */
function submoduleDetail(sub) {
    if (!sub.startsWith('S'))
        return undefined;
    const parts = [];
    if (sub[1] === 'C')
        parts.push('new commits');
    if (sub[2] === 'M')
        parts.push('modified content');
    if (sub[3] === 'U')
        parts.push('untracked content');
    return parts.length > 0 ? parts.join(', ') : 'changed';
}
/** Splits off the first `count` space-separated fields and returns them with the rest (the path). */
function fields(record, count) {
    const head = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
        const space = record.indexOf(' ', at);
        if (space < 0)
            throw new Error(`Unexpected git status record: ${JSON.stringify(record)}`);
        head.push(record.slice(at, space));
        at = space + 1;
    }
    return { head, rest: record.slice(at) };
}
function parsePorcelainV2(output) {
    const records = output.split('\0');
    const entries = [];
    for (let i = 0; i < records.length; i++) {
        const record = records[i] ?? '';
        if (record === '' || record.startsWith('# '))
            continue;
        const kind = record[0];
        if (kind === '?') {
            entries.push({ path: record.slice(2), change: 'untracked' });
        }
        else if (kind === '!') {
            // Ignored files are only printed with --ignored; they are never dirty.
            continue;
        }
        else if (kind === '1') {
            // 1 XY sub mH mI mW hH hI path
            const { head, rest } = fields(record, 8);
            entries.push(entryFor(rest, head[1] ?? '..', head[2] ?? 'N...'));
        }
        else if (kind === '2') {
            // 2 XY sub mH mI mW hH hI Xscore path NUL origPath: both names differ from HEAD.
            const { head, rest } = fields(record, 9);
            entries.push(entryFor(rest, head[1] ?? '..', head[2] ?? 'N...'));
            const original = records[++i] ?? '';
            entries.push({ path: original, change: 'deleted' });
        }
        else if (kind === 'u') {
            // u XY sub m1 m2 m3 mW h1 h2 h3 path
            const { rest } = fields(record, 10);
            entries.push({ path: rest, change: 'conflict' });
        }
        else {
            throw new Error(`Unexpected git status record: ${JSON.stringify(record)}`);
        }
    }
    return entries;
}
function entryFor(path, xy, sub) {
    const detail = submoduleDetail(sub);
    if (detail !== undefined && !xy.includes('D') && !xy.includes('A'))
        return { path, change: 'submodule', detail };
    return { path, change: changeOf(xy) };
}

;// CONCATENATED MODULE: ./src/core/git/state.ts
/**
 * Decides the `git-state` outputs from facts read out of the repository and from the run's event
 * (pure: no git, no files, no environment). The reader in ./state-reader.ts gathers the facts.
 *
 * Where the outputs come from:
 * - pull request events: the pull request's head (commit, branch, `refs/pull/<n>/head`), because
 *   actions/checkout gives a temporary merge commit that exists nowhere else;
 * - other events: GITHUB_REF for branch/tag when it describes the checked-out commit (GITHUB_SHA is
 *   unset or equals HEAD), otherwise git itself (HEAD, its branch, the tags pointing at it).
 */



const shaPattern = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
/** The pull request of a pull request event, or a problem when the payload lacks a usable head. */
function pullRequestOf(context) {
    if (!(0,run_event/* isPullRequestEvent */.T5)(context.eventName))
        return {};
    const event = record(context.event);
    const pr = record(event?.pull_request);
    const head = record(pr?.head);
    const headSha = typeof head?.sha === 'string' ? head.sha.toLowerCase() : undefined;
    if (!headSha || !shaPattern.test(headSha)) {
        return { problem: `The ${context.eventName} event payload has no valid pull_request.head.sha; using the checked-out HEAD instead` };
    }
    const number = typeof pr?.number === 'number' ? pr.number : typeof event?.number === 'number' ? event.number : undefined;
    const mergeSha = typeof pr?.merge_commit_sha === 'string' ? pr.merge_commit_sha.toLowerCase() : undefined;
    return {
        pullRequest: { headSha, headRef: typeof head?.ref === 'string' ? head.ref : '', number, mergeSha },
    };
}
/** Commits besides HEAD the reader should look up (the pull request head, which may not be fetched). */
function commitsToRead(context) {
    const { pullRequest } = pullRequestOf(context);
    return pullRequest ? [pullRequest.headSha] : [];
}
function branchOf(ref) {
    return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '';
}
function decideGitState(facts, context) {
    // One entry per path (a renamed-away path can also reappear as untracked), sorted by code units.
    const byPath = new Map();
    for (const entry of parsePorcelainV2(facts.status))
        if (!byPath.has(entry.path))
            byPath.set(entry.path, entry);
    const dirty = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const dirtyFiles = dirty.map((entry) => entry.path);
    const warnings = [];
    const notes = [];
    const head = facts.head;
    const base = { root: facts.root, clean: dirtyFiles.length === 0, dirty, dirtyFiles, headCommit: head.sha, warnings, notes };
    const { pullRequest, problem } = pullRequestOf(context);
    if (problem)
        warnings.push(problem);
    if (pullRequest) {
        const prHead = pullRequest.headSha === head.sha ? head : facts.known[pullRequest.headSha];
        const isMergeOfHead = head.parents.includes(pullRequest.headSha) ||
            head.sha === pullRequest.mergeSha ||
            (context.eventName === 'pull_request' && head.sha === context.sha);
        if (pullRequest.headSha !== head.sha) {
            if (isMergeOfHead) {
                notes.push(`HEAD ${head.sha} is the pull request's merge commit; commit is the pull request head ${pullRequest.headSha}`);
            }
            else {
                warnings.push(`HEAD ${head.sha} is neither the pull request head ${pullRequest.headSha} nor a merge of it, so the checked-out tree ` +
                    `may not be the pull request's code (pull_request_target checks out the base branch unless told otherwise)`);
            }
        }
        if (!prHead) {
            notes.push(`The pull request head is not in the local clone (shallow fetch); commit-time is HEAD's committer date`);
        }
        return {
            ...base,
            commit: pullRequest.headSha,
            shortCommit: pullRequest.headSha.slice(0, 7),
            ref: pullRequest.number !== undefined ? `refs/pull/${pullRequest.number}/head` : '',
            branch: pullRequest.headRef,
            tag: chooseTag(prHead?.tags ?? []),
            commitTime: (prHead ?? head).committerTime,
            source: 'pull request event',
        };
    }
    const common = { ...base, commit: head.sha, shortCommit: head.sha.slice(0, 7), commitTime: head.committerTime };
    const runRef = context.ref ?? '';
    const refDescribesHead = !context.sha || context.sha.toLowerCase() === head.sha;
    if (runRef.startsWith('refs/heads/') || runRef.startsWith('refs/tags/')) {
        if (refDescribesHead) {
            const tag = runRef.startsWith('refs/tags/') ? runRef.slice('refs/tags/'.length) : chooseTag(head.tags);
            return { ...common, ref: runRef, branch: branchOf(runRef) || branchOf(facts.headRef), tag, source: 'GITHUB_REF' };
        }
        notes.push(`GITHUB_REF ${runRef} names GITHUB_SHA ${context.sha}, but HEAD is ${head.sha}; reading branch and tag from git`);
    }
    const tag = chooseTag(head.tags);
    return {
        ...common,
        ref: facts.headRef ?? (tag ? `refs/tags/${tag}` : ''),
        branch: branchOf(facts.headRef),
        tag,
        source: 'git',
    };
}
/** The action's outputs, by their action.yml names. */
function gitStateOutputs(state) {
    return {
        clean: String(state.clean),
        commit: state.commit,
        'short-commit': state.shortCommit,
        ref: state.ref,
        branch: state.branch,
        tag: state.tag,
        'commit-time': String(state.commitTime),
        'dirty-files': JSON.stringify(state.dirtyFiles),
    };
}
/**
 * A path as it can be shown in a log line: JSON-quoted when it holds control characters (a newline
 * in a file name must not start a new log line, which the runner could read as a workflow command).
 */
function displayPath(path) {
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}
/** How one dirty entry reads in logs and messages: `<change>: <path>`, the path last. */
function describeDirtyEntry(entry) {
    return `${entry.detail ? `submodule (${entry.detail})` : entry.change}: ${displayPath(entry.path)}`;
}
/** The one-line failure for `require-clean: true` on a dirty tree; long lists are cut, the log has them all. */
function dirtyTreeMessage(state, limit = 20) {
    const shown = state.dirty.slice(0, limit).map(describeDirtyEntry);
    const more = state.dirty.length > limit ? `, and ${state.dirty.length - limit} more` : '';
    return (`The working tree at ${state.root} is not clean: ${state.dirty.length} changed path(s): ${shown.join('; ')}${more}. ` +
        `Commit or discard the changes (or list generated files in .gitignore), or set require-clean: false`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/git/commit-object.ts
/**
 * Reads the header of a raw commit object (`git cat-file commit <sha>`), pure. The raw object keeps
 * its `parent` lines even in a shallow clone, where git's own log pretends the history ends, so a
 * merge commit can still be recognised by its parents.
 */
function parseCommitObject(raw) {
    const parents = [];
    let committerTime;
    for (const line of raw.split('\n')) {
        if (line === '')
            break; // the header ends at the first empty line; the message follows
        if (line.startsWith(' '))
            continue; // continuation of a multi-line header (gpgsig, mergetag)
        if (line.startsWith('parent '))
            parents.push(line.slice('parent '.length).trim());
        const committer = /^committer .*> (-?\d+) [+-]\d{4}$/.exec(line);
        if (committer)
            committerTime = Number(committer[1]);
    }
    if (committerTime === undefined)
        throw new Error('The commit object has no committer line');
    return { parents, committerTime };
}

// EXTERNAL MODULE: ./src/git/git-command.ts
var git_command = __webpack_require__(5488);
// EXTERNAL MODULE: ./src/runtime/exec.ts
var exec = __webpack_require__(6107);
;// CONCATENATED MODULE: ./src/git/state-reader.ts
/**
 * Reads the facts `decideGitState` needs out of a real repository. Every git call goes through the
 * small `GitRunner` seam (argv in, stdout out), so the decisions stay pure and the
 * I/O is one short list of read-only commands.
 */






/** The path is not (inside) a git work tree, does not exist, or the repository has no commit yet. */
class NotARepositoryError extends Error {
    name = 'NotARepositoryError';
}
/** git's first `fatal:`/`error:` line, without the prefix, for messages that stay one line. */
function gitReason(error) {
    const text = (0,errors/* errorMessage */.gJ)(error).trim();
    const line = text.split('\n').find((l) => /^(fatal|error):/.test(l)) ?? text.split('\n')[0] ?? text;
    return line.replace(/^(fatal|error):\s*/, '');
}
async function readCommit(git, sha) {
    const [raw, tags] = await Promise.all([
        git.run(['cat-file', 'commit', sha]),
        git.run(['tag', '--points-at', sha, '--sort=-creatordate']),
    ]);
    const header = parseCommitObject(raw);
    return {
        sha,
        ...header,
        tags: tags
            .split('\n')
            .map((t) => t.trim())
            .filter((t) => t !== ''),
    };
}
/**
 * Everything about the repository containing `dir`: its root, HEAD (with parents, committer time and
 * tags), the branch HEAD is on, the porcelain status, and the `wanted` commits that exist locally.
 */
async function readRepositoryFacts(dir, wanted = [], makeRunner = git_command/* gitRunner */.XZ) {
    const stats = (0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false });
    if (!stats)
        throw new NotARepositoryError(`${dir} does not exist`);
    if (!stats.isDirectory())
        throw new NotARepositoryError(`${dir} is not a directory`);
    const git = makeRunner(dir);
    let root;
    try {
        root = external_node_path_default().resolve(dir, (await git.run(['rev-parse', '--show-toplevel'])).trim());
    }
    catch (error) {
        const reason = gitReason(error);
        if (error instanceof exec/* CommandNotFoundError */.v$)
            throw new errors/* StepError */.zg('git is not installed or not on PATH; install git on the runner');
        if (/not a git repository/i.test(reason))
            throw new NotARepositoryError(`${dir} is not inside a git repository`);
        if (/dubious ownership/i.test(reason)) {
            // Common in containers where the checkout belongs to another user than the step's.
            throw new errors/* StepError */.zg(`git refuses the repository at ${dir}: ${reason}. Trust it with: git config --global --add safe.directory <path>`);
        }
        throw new errors/* StepError */.zg(`git cannot read the repository at ${dir}: ${reason}`, { cause: error });
    }
    // An unborn HEAD (no commit yet) makes rev-parse fail; a success must still look like a SHA.
    const headSha = (await git.run(['rev-parse', '--verify', 'HEAD^{commit}']).catch(() => '')).trim();
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(headSha))
        throw new NotARepositoryError(`the repository at ${root} has no commit yet`);
    try {
        const [head, headRef, status, ...others] = await Promise.all([
            readCommit(git, headSha),
            git.run(['rev-parse', '--symbolic-full-name', 'HEAD']),
            // --no-optional-locks: never take index.lock, so a parallel step using git is not disturbed.
            // --untracked-files=all lists files inside untracked folders; --ignore-submodules=none makes a
            // submodule with changes (commits, modified or untracked content) dirty whatever the config says.
            git.run([
                '--no-optional-locks',
                'status',
                '--porcelain=v2',
                '-z',
                '--untracked-files=all',
                '--ignore-submodules=none',
                '--no-renames',
            ]),
            ...wanted.filter((sha) => sha !== headSha).map((sha) => readCommit(git, sha).catch(() => undefined)),
        ]);
        const known = {};
        for (const commit of others)
            if (commit)
                known[commit.sha] = commit;
        const ref = headRef.trim();
        return { root, head, headRef: ref.startsWith('refs/heads/') ? ref : undefined, status, known };
    }
    catch (error) {
        throw new errors/* StepError */.zg(`git cannot read the state of ${root}: ${gitReason(error)}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/git/commit-facts.ts
/**
 * The commit an image is built from (for its labels and its created time), and the repository's
 * default branch (for the cache policy), from git and the run's event \u2014 the same rules as the
 * git-state action: on pull requests the pull request head, not the temporary merge commit.
 */


async function readCommitFacts(dir, context) {
    try {
        const state = decideGitState(await readRepositoryFacts(dir, commitsToRead(context)), context);
        return { commit: state.commit, commitTime: state.commitTime, gitTag: state.tag, clean: state.clean, warnings: state.warnings };
    }
    catch (error) {
        if (!(error instanceof NotARepositoryError))
            throw error;
        const epoch = Number(process.env.SOURCE_DATE_EPOCH);
        return {
            commit: '',
            ...(Number.isInteger(epoch) && epoch >= 0 ? { commitTime: epoch } : {}),
            gitTag: '',
            clean: true,
            warnings: [
                `${error.message}: the image gets no revision label${Number.isInteger(epoch) ? '' : ' and no fixed created time (set SOURCE_DATE_EPOCH for one)'}`,
            ],
        };
    }
}


/***/ })

};
