import { actionRuns, extraCommands } from './commands.js';
import { actionHelp, parseFlags, runActionFromCli, UsageError } from './action-command.js';
import { actionMetadata } from '../generated/action-metadata.js';
import { errorMessage } from '../core/errors.js';
import { writeFd } from '../runtime/stdio.js';

function usage(): string {
  const lines = [
    'Usage: image-actions <command> [--<input> <value> ...]   (image-actions <command> --help for its inputs)',
    '',
    'Actions (outputs printed as JSON on stdout, logs on stderr):',
  ];
  for (const name of Object.keys(actionRuns).sort())
    lines.push(`  ${name.padEnd(16)} ${actionMetadata[name]?.description.split('. ')[0] ?? ''}`);
  lines.push('', 'Other commands:');
  for (const [name, command] of Object.entries(extraCommands).sort()) lines.push(`  ${name.padEnd(16)} ${command.usage}`);
  return lines.join('\n');
}

export async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === 'help') {
      process.stderr.write(`${usage()}\n`);
      process.exitCode = command ? 0 : 2;
      return;
    }
    const loadAction = actionRuns[command];
    if (loadAction) {
      // Flags are checked before the action's code loads: a typo fails at once.
      const { help, flags } = parseFlags(command, rest, Object.keys(actionMetadata[command]?.inputs ?? {}));
      if (help) {
        process.stdout.write(`${actionHelp(command)}\n`);
        process.exitCode = 0;
        return;
      }
      const result = await runActionFromCli(command, await loadAction(), flags);
      writeFd(1, `${JSON.stringify(result.outputs, null, 2)}\n`);
      process.exitCode = result.failed ? 1 : 0;
      return;
    }
    const extra = extraCommands[command];
    if (extra) {
      process.exitCode = await extra.run(rest);
      return;
    }
    throw new UsageError(`Unknown command '${command}'.\n${usage()}`);
  } catch (error) {
    process.stderr.write(`image-actions: ${errorMessage(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
