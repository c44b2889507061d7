import * as core from '../../runtime/actions-core.js';
import { InputError, StepError } from '../../core/errors.js';
import { runAction, setOutputs, timedGroup } from '../../runtime/run-action.js';
import { commitsToRead, decideGitState, describeDirtyEntry, dirtyTreeMessage, gitStateOutputs } from '../../core/git/state.js';
import { NotARepositoryError, readRepositoryFacts } from '../../git/state-reader.js';
import { readRunContext } from '../../runtime/run-context.js';
import { gitRunner, type GitRunner } from '../../git/git-command.js';
import { readGitStateInputs } from './inputs.js';
import { writeGitStateSummary } from './summary.js';

/**
 * Records which commit is being built and whether the working tree matches it. Outputs are always
 * written, also when `require-clean` then fails the step, so later `if: always()` steps can report them.
 */
export interface GitStateSeams {
  /** How git is asked (tests may script its answers). */
  git: (dir: string) => GitRunner;
}

export async function run(seams: Partial<GitStateSeams> = {}): Promise<void> {
  const { git = gitRunner } = seams;
  await runAction(async () => {
    const inputs = readGitStateInputs();
    const { context, problem } = readRunContext();
    if (problem) core.warning(problem);

    const { value: state } = await timedGroup(`Read git state of ${inputs.path}`, async () => {
      const facts = await readRepositoryFacts(inputs.path, commitsToRead(context), git).catch((error: unknown) => {
        if (error instanceof NotARepositoryError) {
          throw new InputError(
            'path',
            error.message,
            'Check the repository out first (actions/checkout) or point path at a folder inside it',
          );
        }
        throw error;
      });
      const decided = decideGitState(facts, context);
      for (const note of decided.notes) core.info(note);
      core.info(
        `${decided.commit} (${decided.ref || 'detached HEAD'}) from ${decided.source}; working tree ${decided.clean ? 'clean' : 'dirty'}`,
      );
      return decided;
    });
    for (const warning of state.warnings) core.warning(warning);

    if (!state.clean) {
      core.startGroup(`Dirty: ${state.dirty.length} path(s)`);
      for (const entry of state.dirty) core.info(describeDirtyEntry(entry));
      core.endGroup();
    }

    setOutputs(gitStateOutputs(state));
    await writeGitStateSummary(state);

    if (inputs.requireClean && !state.clean) throw new StepError(dirtyTreeMessage(state));
  });
}
