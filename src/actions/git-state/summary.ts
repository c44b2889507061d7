import * as core from '@actions/core';
import { displayPath, type GitState } from '../../git/state.js';

const listedInSummary = 50;

/** A small job-summary table: the commit the image will record and whether the tree matches it. */
export async function writeGitStateSummary(state: GitState): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return; // run outside a runner: nothing to write to
  const code = (text: string) => (text ? `<code>${escapeHtml(text)}</code>` : '—');
  const rows = [
    [{ data: 'Field', header: true }, { data: 'Value', header: true }],
    ['Commit', code(state.commit)],
    ...(state.headCommit !== state.commit ? [['HEAD (checked out)', code(state.headCommit)]] : []),
    ['Ref', code(state.ref)],
    ['Branch', code(state.branch)],
    ['Tag', code(state.tag)],
    ['Committed', `${new Date(state.commitTime * 1000).toISOString()} (${state.commitTime})`],
    ['Working tree', state.clean ? 'clean' : `dirty: ${state.dirty.length} path(s)`],
  ];
  const summary = core.summary.addHeading('Git state', 3).addTable(rows);
  if (!state.clean) {
    const items = state.dirty
      .slice(0, listedInSummary)
      .map((entry) => `${code(displayPath(entry.path))} ${entry.detail ? `submodule: ${entry.detail}` : entry.change}`);
    if (state.dirty.length > listedInSummary) items.push(`… and ${state.dirty.length - listedInSummary} more (see the log)`);
    summary.addList(items);
  }
  await summary.write();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
