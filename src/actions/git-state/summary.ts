import { displayPath, type GitState } from '../../core/git/state.js';
import { code, writeSummary } from '../../github/summary.js';

const listedInSummary = 50;

/** A small job-summary table: the commit the image will record and whether the tree matches it. */
export async function writeGitStateSummary(state: GitState): Promise<void> {
  const fields: Array<[string, string]> = [
    ['Commit', code(state.commit)],
    ...(state.headCommit !== state.commit ? [['HEAD (checked out)', code(state.headCommit)] as [string, string]] : []),
    ['Ref', code(state.ref)],
    ['Branch', code(state.branch)],
    ['Tag', code(state.tag)],
    ['Committed', `${new Date(state.commitTime * 1000).toISOString()} (${state.commitTime})`],
    ['Working tree', state.clean ? 'clean' : `dirty: ${state.dirty.length} path(s)`],
  ];
  await writeSummary('Git state', fields, (summary) => {
    if (state.clean) return;
    const items = state.dirty
      .slice(0, listedInSummary)
      .map((entry) => `${code(displayPath(entry.path))} ${entry.detail ? `submodule: ${entry.detail}` : entry.change}`);
    if (state.dirty.length > listedInSummary) items.push(`… and ${state.dirty.length - listedInSummary} more (see the log)`);
    summary.addList(items);
  });
}
