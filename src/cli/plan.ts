/**
 * `image-actions plan --file images.yaml [--insecure-registries host:port,…]`: which images of a
 * monorepo must be built. Prints one JSON object on stdout, `{"include":[…],"reused":[…]}`, ready
 * for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`; logs go to stderr.
 * Registry credentials come from Docker's config.json (docker/login-action), as in every action.
 */
import path from 'node:path';
import { parseFlags, UsageError } from './action-command.js';
import { makeRegistryClient } from '../registry/login.js';
import { splitList } from '../core/lists.js';
import { errorMessage } from '../core/errors.js';
import { isInside, workspaceRoot } from '../runtime/workspace.js';
import { readImagesFile } from '../plan/images-file.js';
import { planImages } from '../plan/plan.js';

export const planUsage = '--file images.yaml [--insecure-registries host:port,…] — a GitHub matrix of the images whose hash tag is missing';

export async function planCommand(args: string[]): Promise<number> {
  let flags: Record<string, string>;
  try {
    const parsed = parseFlags('plan', args, ['file', 'insecure-registries']);
    if (parsed.help) {
      process.stdout.write(`Usage: image-actions plan ${planUsage}\n`);
      return 0;
    }
    flags = parsed.flags;
    if (!flags.file) throw new UsageError('plan: --file is required');
  } catch (error) {
    process.stderr.write(`image-actions ${errorMessage(error)}\nUsage: image-actions plan ${planUsage}\n`);
    return 2;
  }
  try {
    const workspace = workspaceRoot();
    const file = path.resolve(workspace, flags.file);
    if (!isInside(workspace, file)) throw new Error(`--file ${flags.file} resolves to ${file}, outside the workspace ${workspace}`);
    const entries = readImagesFile(file, workspace);
    const client = makeRegistryClient(undefined, splitList(flags['insecure-registries'] ?? ''), { log: () => {}, mask: () => {} });
    const plan = await planImages(entries, {
      workspace,
      client,
      log: (line) => process.stderr.write(`${line}\n`),
      warn: (line) => process.stderr.write(`warning: ${line}\n`),
    });
    process.stderr.write(`${plan.include.length} to build, ${plan.reused.length} reused\n`);
    process.stdout.write(`${JSON.stringify(plan)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`image-actions plan: ${errorMessage(error)}\n`);
    return 1;
  }
}
