/**
 * Why a pull request rebuilds an image: the build definition of each touched image computed at
 * the PR's base (a `git worktree` of the merge base) and at its head, and the difference put in
 * words by core/explain.ts ("rebuilds ml-runtime: `requirements.txt` changed"). Images are hashed
 * as written on both sides: resolving tags now would give both sides the same digests, so a moved
 * tag cannot show here (the build step sees it).
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { explainDifference } from '../core/explain.js';
import { errorMessage } from '../core/errors.js';
import { computeBuildDefinition, type BuildDefinitionOptions } from '../hash/compute-build-definition.js';
import type { GitRunner } from '../git/git-command.js';
import type { ValidationUnit } from './sources.js';

export interface Rebuild {
  name: string;
  file: string;
  outcome: 'rebuilds' | 'new' | 'same' | 'unknown';
  /** One sentence: `rebuilds ml-runtime: \`requirements.txt\` changed`. */
  summary: string;
  details: string[];
}

function definitionOptions(unit: ValidationUnit, root: string, workspace: string): BuildDefinitionOptions {
  const rebase = (file: string) => path.join(root, path.relative(workspace, file));
  return {
    contextDir: rebase(unit.context),
    dockerfile: rebase(unit.dockerfile),
    buildArgs: unit.build.buildArgs,
    target: unit.build.target,
    platforms: unit.build.platforms.length > 0 ? unit.build.platforms : ['linux/amd64'],
    secrets: unit.build.secrets,
    labels: unit.build.labels,
    workers: 1,
  };
}

/** Explains every unit; the worktree of `base` is made here and removed before returning. */
export async function explainRebuilds(
  units: readonly ValidationUnit[],
  git: GitRunner,
  base: string,
  workspace: string,
): Promise<Rebuild[]> {
  const hashable = units.filter((unit) => unit.hashable);
  if (hashable.length === 0) return [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'image-actions-base-'));
  const worktree = path.join(scratch, 'base');
  try {
    await git.run(['worktree', 'add', '--detach', '--quiet', worktree, base]);
    const out: Rebuild[] = [];
    for (const unit of hashable) {
      const headOptions = definitionOptions(unit, workspace, workspace);
      const baseOptions = definitionOptions(unit, worktree, workspace);
      try {
        if (!existsSync(baseOptions.dockerfile) || !existsSync(baseOptions.contextDir)) {
          out.push({
            name: unit.name,
            file: unit.file,
            outcome: 'new',
            summary: `builds ${unit.name} for the first time: its Dockerfile is new`,
            details: [],
          });
          continue;
        }
        const [before, after] = [await computeBuildDefinition(baseOptions), await computeBuildDefinition(headOptions)];
        const explanation = explainDifference(before.manifest, after.manifest);
        out.push({
          name: unit.name,
          file: unit.file,
          outcome: explanation.same ? 'same' : 'rebuilds',
          summary: explanation.same
            ? `${unit.name}: same build definition (${after.tag}), nothing to rebuild`
            : `rebuilds ${unit.name}: ${explanation.summary.replace(/^Rebuilt because /, '').replace(/\.$/, '')}`,
          details: explanation.details,
        });
      } catch (error) {
        out.push({
          name: unit.name,
          file: unit.file,
          outcome: 'unknown',
          summary: `${unit.name}: cannot tell (${errorMessage(error)})`,
          details: [],
        });
      }
    }
    return out;
  } finally {
    await git.run(['worktree', 'remove', '--force', worktree]).catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
    await git.run(['worktree', 'prune']).catch(() => undefined);
  }
}
