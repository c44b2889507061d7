import { readFileSync } from 'node:fs';
import { parseManifest } from '../core/build-definition.js';
import { explainDifference } from '../core/explain.js';
import { errorMessage } from '../core/errors.js';

/**
 * `image-actions explain A.json B.json`: why the build described by B differs from A (two files
 * written by the hash action's `manifest-file`). Prints plain sentences; exit 0 whether or not
 * they differ, 2 for wrong usage, 1 when a file cannot be read.
 */
const usage = "Usage: image-actions explain A.json B.json (files written by the hash action's manifest-file)";

export async function explainCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (args.length !== 2 || args.some((a) => a.startsWith('-'))) {
    process.stderr.write(
      `image-actions explain: ${args.find((a) => a.startsWith('-')) ? `unknown flag '${args.find((a) => a.startsWith('-'))}'` : `expected two files, got ${args.length}`}\n${usage}\n`,
    );
    return 2;
  }
  const [fileA, fileB] = args as [string, string];
  let manifests;
  try {
    manifests = [fileA, fileB].map((file) => parseManifest(readFileSync(file, 'utf8'), file));
  } catch (error) {
    process.stderr.write(`image-actions explain: ${errorMessage(error)}\n`);
    return 1;
  }
  const [a, b] = manifests as [ReturnType<typeof parseManifest>, ReturnType<typeof parseManifest>];
  const explanation = explainDifference(a, b);
  const lines = [`${a.tag}  ${fileA}`, `${b.tag}  ${fileB}`, '', explanation.summary];
  if (explanation.details.length > 0) lines.push('', ...explanation.details.map((detail) => `- ${detail}`));
  for (const warning of explanation.warnings) lines.push(`warning: ${warning}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
