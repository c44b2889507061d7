export const id = 134;
export const ids = [134];
export const modules = {

/***/ 3134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/runtime/actions-core.ts
var actions_core = __webpack_require__(9247);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/runtime/run-action.ts
var run_action = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/core/git/state.ts + 1 modules
var git_state = __webpack_require__(836);
// EXTERNAL MODULE: ./src/git/state-reader.ts + 1 modules
var state_reader = __webpack_require__(2100);
// EXTERNAL MODULE: ./src/runtime/run-context.ts
var run_context = __webpack_require__(9087);
// EXTERNAL MODULE: ./src/git/git-command.ts
var git_command = __webpack_require__(5488);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var inputs = __webpack_require__(2291);
// EXTERNAL MODULE: ./src/runtime/workspace.ts
var workspace = __webpack_require__(9333);
;// CONCATENATED MODULE: ./src/actions/git-state/inputs.ts


function readGitStateInputs() {
    return {
        path: (0,workspace/* resolveInWorkspace */.z1)('path', (0,inputs/* readString */.E3)('path') || '.'),
        requireClean: (0,inputs/* readBoolean */.Vf)('require-clean'),
    };
}

// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(2935);
;// CONCATENATED MODULE: ./src/actions/git-state/summary.ts


const listedInSummary = 50;
/** A small job-summary table: the commit the image will record and whether the tree matches it. */
async function writeGitStateSummary(state) {
    const fields = [
        ['Commit', (0,github_summary/* code */.aY)(state.commit)],
        ...(state.headCommit !== state.commit ? [['HEAD (checked out)', (0,github_summary/* code */.aY)(state.headCommit)]] : []),
        ['Ref', (0,github_summary/* code */.aY)(state.ref)],
        ['Branch', (0,github_summary/* code */.aY)(state.branch)],
        ['Tag', (0,github_summary/* code */.aY)(state.tag)],
        ['Committed', `${new Date(state.commitTime * 1000).toISOString()} (${state.commitTime})`],
        ['Working tree', state.clean ? 'clean' : `dirty: ${state.dirty.length} path(s)`],
    ];
    await (0,github_summary/* writeSummary */.Sy)('Git state', fields, (summary) => {
        if (state.clean)
            return;
        const items = state.dirty
            .slice(0, listedInSummary)
            .map((entry) => `${(0,github_summary/* code */.aY)((0,git_state/* displayPath */.Gt)(entry.path))} ${entry.detail ? `submodule: ${entry.detail}` : entry.change}`);
        if (state.dirty.length > listedInSummary)
            items.push(`\u2026 and ${state.dirty.length - listedInSummary} more (see the log)`);
        summary.addList(items);
    });
}

;// CONCATENATED MODULE: ./src/actions/git-state/main.ts









async function run(seams = {}) {
    const { git = git_command/* gitRunner */.XZ } = seams;
    await (0,run_action/* runAction */.Cs)(async () => {
        const inputs = readGitStateInputs();
        const { context, problem } = (0,run_context/* readRunContext */.$)();
        if (problem)
            actions_core/* warning */.$e(problem);
        const { value: state } = await (0,run_action/* timedGroup */.RD)(`Read git state of ${inputs.path}`, async () => {
            const facts = await (0,state_reader/* readRepositoryFacts */.m)(inputs.path, (0,git_state/* commitsToRead */.Gy)(context), git).catch((error) => {
                if (error instanceof state_reader/* NotARepositoryError */.l) {
                    throw new errors/* InputError */.dz('path', error.message, 'Check the repository out first (actions/checkout) or point path at a folder inside it');
                }
                throw error;
            });
            const decided = (0,git_state/* decideGitState */.Qj)(facts, context);
            for (const note of decided.notes)
                actions_core/* info */.pq(note);
            actions_core/* info */.pq(`${decided.commit} (${decided.ref || 'detached HEAD'}) from ${decided.source}; working tree ${decided.clean ? 'clean' : 'dirty'}`);
            return decided;
        });
        for (const warning of state.warnings)
            actions_core/* warning */.$e(warning);
        if (!state.clean) {
            actions_core/* startGroup */.Oh(`Dirty: ${state.dirty.length} path(s)`);
            for (const entry of state.dirty)
                actions_core/* info */.pq((0,git_state/* describeDirtyEntry */.m0)(entry));
            actions_core/* endGroup */.N4();
        }
        (0,run_action/* setOutputs */.n0)((0,git_state/* gitStateOutputs */.i$)(state));
        await writeGitStateSummary(state);
        if (inputs.requireClean && !state.clean)
            throw new errors/* StepError */.zg((0,git_state/* dirtyTreeMessage */.wQ)(state));
    });
}


/***/ }),

/***/ 836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gy: () => (/* binding */ commitsToRead),
  Qj: () => (/* binding */ decideGitState),
  m0: () => (/* binding */ describeDirtyEntry),
  wQ: () => (/* binding */ dirtyTreeMessage),
  Gt: () => (/* binding */ displayPath),
  i$: () => (/* binding */ gitStateOutputs)
});

// UNUSED EXPORTS: pullRequestOf

// EXTERNAL MODULE: ./src/core/run-event.ts
var run_event = __webpack_require__(3427);
// EXTERNAL MODULE: ./src/core/git/tag-choice.ts
var tag_choice = __webpack_require__(2862);
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
            tag: (0,tag_choice/* chooseTag */.u6)(prHead?.tags ?? []),
            commitTime: (prHead ?? head).committerTime,
            source: 'pull request event',
        };
    }
    const common = { ...base, commit: head.sha, shortCommit: head.sha.slice(0, 7), commitTime: head.committerTime };
    const runRef = context.ref ?? '';
    const refDescribesHead = !context.sha || context.sha.toLowerCase() === head.sha;
    if (runRef.startsWith('refs/heads/') || runRef.startsWith('refs/tags/')) {
        if (refDescribesHead) {
            const tag = runRef.startsWith('refs/tags/') ? runRef.slice('refs/tags/'.length) : (0,tag_choice/* chooseTag */.u6)(head.tags);
            return { ...common, ref: runRef, branch: branchOf(runRef) || branchOf(facts.headRef), tag, source: 'GITHUB_REF' };
        }
        notes.push(`GITHUB_REF ${runRef} names GITHUB_SHA ${context.sha}, but HEAD is ${head.sha}; reading branch and tag from git`);
    }
    const tag = (0,tag_choice/* chooseTag */.u6)(head.tags);
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


/***/ }),

/***/ 2862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ parseSemVer),
/* harmony export */   u6: () => (/* binding */ chooseTag)
/* harmony export */ });
/* unused harmony export compareSemVer */
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


/***/ }),

/***/ 3427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ isPullRequestEvent),
/* harmony export */   dV: () => (/* binding */ defaultBranchOf)
/* harmony export */ });
/* unused harmony export PULL_REQUEST_EVENTS */
/**
 * What the runner tells a step about the run it belongs to (GITHUB_EVENT_NAME, the event payload,
 * GITHUB_REF, GITHUB_SHA), and the questions every step asks of it. Pure: runtime/run-context.ts
 * reads it from the environment.
 */
/** Events whose payload describes a pull request (its head is the code under test). */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
function isPullRequestEvent(eventName) {
    return PULL_REQUEST_EVENTS.has(eventName);
}
/** `repository.default_branch` of the event payload; empty when unknown (a CLI run). */
function defaultBranchOf(context) {
    const event = context.event;
    const branch = event?.repository?.default_branch;
    return typeof branch === 'string' ? branch : '';
}


/***/ }),

/***/ 5488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XZ: () => (/* binding */ gitRunner),
/* harmony export */   iR: () => (/* binding */ GitCommandError),
/* harmony export */   t1: () => (/* binding */ streamGit)
/* harmony export */ });
/* harmony import */ var _runtime_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6107);
/**
 * How the toolkit runs git: through the one exec seam (runtime/exec.ts), quietly, in the folder
 * asked about, with the caller's GIT_DIR-style overrides removed (a hook's GIT_DIR would point
 * elsewhere) and git's messages in English for parsing.
 */

class GitCommandError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(stderr.trim() || `git ${args.join(' ')} exited with ${exitCode}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitCommandError';
    }
}
const GIT_ENV = {
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
    GIT_DIR: undefined,
    GIT_WORK_TREE: undefined,
    GIT_INDEX_FILE: undefined,
    GIT_PREFIX: undefined,
    GIT_COMMON_DIR: undefined,
};
function gitRunner(dir, exec = new _runtime_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .SpawnRunner */ .yL()) {
    return {
        run: async (args, input, options = {}) => {
            const result = await exec.run('git', args, {
                cwd: dir,
                env: GIT_ENV,
                quiet: true,
                ...(input !== undefined ? { input } : {}),
                ...(options.background ? { background: true } : {}),
            });
            if (result.exitCode !== 0)
                throw new GitCommandError(args, result.exitCode, result.output);
            return result.stdout;
        },
    };
}
/**
 * Runs `git <args>` in `dir` handing stdout to `onChunk` as raw chunks as they arrive (nothing
 * is kept); throws GitCommandError on a non-zero exit.
 */
async function streamGit(dir, args, onChunk, exec = new _runtime_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .SpawnRunner */ .yL()) {
    const result = await exec.run('git', args, { cwd: dir, env: GIT_ENV, quiet: true, onStdout: onChunk });
    if (result.exitCode !== 0)
        throw new GitCommandError(args, result.exitCode, result.output);
}


/***/ }),

/***/ 2100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ NotARepositoryError),
  m: () => (/* binding */ readRepositoryFacts)
});

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


/***/ }),

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);
/**
 * The one job-summary helper: every action writes a heading, a Field/Value table and, where it has
 * more to say, further tables or lists. Values are HTML (the summary is Markdown with HTML tables),
 * so text from inputs, registries or git is escaped here and nowhere else.
 */

function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Text as inline code, or a dash when empty. */
function code(text) {
    return text ? `<code>${escapeHtml(text)}</code>` : '\u2014';
}
/** A table with a header row; cells are HTML (escape text with escapeHtml or code). */
function table(header, rows) {
    return [header.map((data) => ({ data, header: true })), ...rows.map((row) => [...row])];
}
/**
 * Appends a section to the job summary: `heading`, a Field/Value table of `fields`, then whatever
 * `more` adds. Outside a runner (no GITHUB_STEP_SUMMARY) there is nowhere to write: nothing happens.
 */
async function writeSummary(heading, fields, more) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const summary = _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading(heading, 3).addTable(table(['Field', 'Value'], fields));
    more?.(summary);
    await summary.write();
}


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n6: () => (/* binding */ commandFailed),
/* harmony export */   v$: () => (/* binding */ CommandNotFoundError),
/* harmony export */   yL: () => (/* binding */ SpawnRunner)
/* harmony export */ });
/* unused harmony exports BACKGROUND_PRIORITY, formatCommand, logTail */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _stdio_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9921);
/**
 * The one seam between the toolkit and the processes it starts (git, the builders, credential
 * helpers): an argv array in (never a shell string), exit code and the captured output back. Loud
 * commands stream their output to the log as it comes; quiet ones are captured whole for parsing.
 */


/** The nice value of a background command (see RunOptions.background). */
const BACKGROUND_PRIORITY = 10;
/** The command is not installed or not on PATH. */
class CommandNotFoundError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg {
    command;
    constructor(command, cause) {
        super(`Cannot run ${command}: '${command}' is not installed or not on PATH`, { cause });
        this.command = command;
        this.name = 'CommandNotFoundError';
    }
}
const DEFAULT_CAPTURE_LIMIT = 4 * 1024 * 1024;
/** Runs real processes; echoes `[command] \u2026` and streams their output to `sink` (stdout by default). */
class SpawnRunner {
    sink;
    captureLimit;
    constructor(sink = _stdio_js__WEBPACK_IMPORTED_MODULE_1__/* .writeLog */ .ur, captureLimit = DEFAULT_CAPTURE_LIMIT) {
        this.sink = sink;
        this.captureLimit = captureLimit;
    }
    run(command, args, options = {}) {
        if (!options.quiet)
            this.sink(`[command] ${formatCommand(command, args)}\n`);
        const env = { ...process.env };
        for (const [name, value] of Object.entries(options.env ?? {})) {
            if (value === undefined)
                delete env[name];
            else
                env[name] = value;
        }
        // Loaded at the first command, not at start: a hash of a plain folder starts no process at all.
        const { spawn } = process.getBuiltinModule('node:child_process');
        return new Promise((resolve, reject) => {
            const child = spawn(command, args, {
                cwd: options.cwd,
                env,
                stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            });
            if (options.background && child.pid !== undefined) {
                try {
                    process.getBuiltinModule('node:os').setPriority(child.pid, BACKGROUND_PRIORITY);
                }
                catch {
                    // Speed only: the command runs as well at the usual priority.
                }
            }
            let captured = '';
            const stdoutChunks = [];
            let stdoutTail = '';
            // Keep the tail: failures are explained by the last lines.
            const keepTail = (text) => (text.length > this.captureLimit ? text.slice(text.length - this.captureLimit) : text);
            // Decoded per stream, so a character split across chunks stays whole.
            if (!options.onStdout)
                child.stdout?.setEncoding('utf8');
            child.stderr?.setEncoding('utf8');
            if (options.onStdout)
                child.stdout?.on('data', options.onStdout);
            else
                child.stdout?.on('data', (text) => {
                    if (options.quiet) {
                        stdoutChunks.push(text);
                        return;
                    }
                    this.sink(text);
                    stdoutTail = keepTail(stdoutTail + text);
                    captured = keepTail(captured + text);
                });
            child.stderr?.on('data', (text) => {
                if (!options.quiet)
                    this.sink(text);
                captured = keepTail(captured + text);
            });
            if (options.input !== undefined) {
                child.stdin?.on('error', () => undefined); // a command that exits without reading its input
                child.stdin?.end(options.input);
            }
            let timedOut = false;
            const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), options.timeoutMs);
            child.once('error', (error) => {
                clearTimeout(timer);
                reject(error.code === 'ENOENT'
                    ? new CommandNotFoundError(command, error)
                    : new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`Cannot run ${command}: ${error.message}`, { cause: error }));
            });
            child.once('close', (code, signal) => {
                clearTimeout(timer);
                if (signal && !captured.endsWith('\n') && captured !== '')
                    captured += '\n';
                if (timedOut)
                    captured += `timed out after ${options.timeoutMs} ms\n`;
                else if (signal)
                    captured += `killed by ${signal}\n`;
                resolve({ exitCode: code ?? 128, output: captured, stdout: options.quiet ? stdoutChunks.join('') : stdoutTail });
            });
        });
    }
}
/** A command line for humans (quoted where needed); argv itself never goes through a shell. */
function formatCommand(command, args) {
    return [command, ...args].map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replaceAll("'", `'\\''`)}'`)).join(' ');
}
/** The last `count` non-empty lines of a log. */
function logTail(log, count = 30) {
    const lines = log.split('\n').filter((line) => line.trim() !== '');
    return lines.slice(-count).join('\n');
}
/** A failure that names the command and shows the tail of what it printed. */
function commandFailed(what, result, lines = 30) {
    const tail = logTail(result.output, lines);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`${what} failed (exit code ${result.exitCode}).${tail ? ` Last lines of its output:\n${tail}` : ''}`);
}


/***/ }),

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   RD: () => (/* binding */ timedGroup),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** The one top-level catch of every action: a failure becomes one clear `core.setFailed` line. */
async function runAction(body) {
    try {
        await body();
    }
    catch (error) {
        _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
        if (error instanceof Error && error.stack && _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o())
            _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
    }
}
/** Runs `work` inside a collapsible log group and returns its result with the elapsed time. */
async function timedGroup(title, work) {
    // process.hrtime, not performance.now: the `performance` global loads perf_hooks at first use (a start cost).
    const started = process.hrtime.bigint();
    const value = await _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, work);
    return { value, ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6) };
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, String(value));
}


/***/ }),

/***/ 9087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext),
/* harmony export */   K: () => (/* binding */ sourceUrlFromEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Reads what the runner tells every step about the run: GITHUB_EVENT_NAME, the event payload at
 * GITHUB_EVENT_PATH, GITHUB_REF and GITHUB_SHA. Outside Actions (the CLI) all of them may be absent.
 */

function readRunContext(env = process.env) {
    const context = {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF || undefined,
        sha: env.GITHUB_SHA || undefined,
    };
    const eventPath = env.GITHUB_EVENT_PATH;
    if (!eventPath)
        return { context };
    try {
        context.event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
        return { context };
    }
    catch (error) {
        return { context, problem: `Cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${error.message}` };
    }
}
/** `https://github.com/acme/images` from the runner's variables; empty outside Actions. */
function sourceUrlFromEnv(env = process.env) {
    const server = (env.GITHUB_SERVER_URL || '').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || '';
    return server && repository ? `${server}/${repository}` : '';
}


/***/ }),

/***/ 9333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** The folder the runner checked out into; paths from inputs must stay inside it. */
function workspaceRoot() {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
}
/** Resolves a path input against the workspace and rejects one that escapes it. */
function resolveInWorkspace(input, value, root = workspaceRoot()) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root, value);
    if (!isInside(root, resolved)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${value}' resolves to ${resolved}, outside the workspace ${root}`, 'Give a path inside the checked-out repository');
    }
    return resolved;
}


/***/ })

};
