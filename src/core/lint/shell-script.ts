/**
 * Just enough of a POSIX shell reader for the RUN rules: the simple commands of a script (words
 * unquoted, leading `NAME=value` assignments set aside) and whether a pipe joins two of them.
 * Operators (`&&`, `||`, `;`, `|`, `&`, new lines) and grouping (`( )`, `{ }`) separate commands;
 * `$( … )` and backquotes stay inside their word; `#` at the start of a word is a comment.
 * Pure and linear in the script's length: it runs on every RUN of every Dockerfile validated.
 */

export interface ShellCommand {
  /** The command word as written (`apt-get`, `/databricks/python3/bin/pip`). */
  name: string;
  /** The words after it, unquoted. */
  args: string[];
  /** `NAME=value` words before the command. */
  assignments: string[];
}

export interface ShellScript {
  commands: ShellCommand[];
  /** A `|` (not `||`) joins two commands. */
  hasPipe: boolean;
}

const SEPARATORS = new Set([';', '&', '|', '\n', '(', ')']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Reserved words that open or close compound commands: the command is the word after them. */
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time']);

export function readShellScript(script: string): ShellScript {
  const commands: ShellCommand[] = [];
  let hasPipe = false;
  let words: string[] = [];
  let word = '';
  let inWord = false;

  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    let start = 0;
    const assignments: string[] = [];
    while (start < words.length && (RESERVED.has(words[start] as string) || ASSIGNMENT.test(words[start] as string))) {
      if (ASSIGNMENT.test(words[start] as string)) assignments.push(words[start] as string);
      start++;
    }
    // `for x in a b; do` and `case … in` are not commands.
    if (start < words.length && words[start] !== 'for' && words[start] !== 'case') {
      commands.push({ name: words[start] as string, args: words.slice(start + 1), assignments });
    }
    words = [];
  };

  for (let i = 0; i < script.length; i++) {
    const ch = script[i] as string;
    if (ch === '\\') {
      const next = script[i + 1];
      if (next === '\n') {
        i++;
        continue;
      }
      if (next !== undefined) {
        word += next;
        inWord = true;
        i++;
      }
      continue;
    }
    if (ch === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end === -1 ? script.length : end;
      word += script.slice(i + 1, stop);
      inWord = true;
      i = stop;
      continue;
    }
    if (ch === '"') {
      inWord = true;
      i++;
      for (; i < script.length && script[i] !== '"'; i++) {
        if (script[i] === '\\' && i + 1 < script.length && '"\\$`\n'.includes(script[i + 1] as string)) i++;
        word += script[i];
      }
      continue;
    }
    if (ch === '$' && script[i + 1] === '(') {
      // Command substitution: kept in the word, balanced by parentheses.
      let depth = 0;
      const start = i;
      for (; i < script.length; i++) {
        if (script[i] === '(') depth++;
        else if (script[i] === ')' && --depth === 0) break;
      }
      word += script.slice(start, i + 1);
      inWord = true;
      continue;
    }
    if (ch === '`') {
      const end = script.indexOf('`', i + 1);
      const stop = end === -1 ? script.length : end;
      word += script.slice(i, stop + 1);
      inWord = true;
      i = stop;
      continue;
    }
    if (ch === '#' && !inWord) {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end - 1;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      endWord();
      continue;
    }
    if (ch === '&' && (script[i + 1] === '>' || script[i - 1] === '>' || script[i - 1] === '<')) {
      // `&>file`, `2>&1`: a redirection, not a separator
      word += '&';
      inWord = true;
      continue;
    }
    if (SEPARATORS.has(ch)) {
      if (ch === '|' && script[i + 1] !== '|') hasPipe = true;
      if ((ch === '&' || ch === '|') && script[i + 1] === ch) i++;
      endCommand();
      continue;
    }
    word += ch;
    inWord = true;
  }
  endCommand();
  return { commands, hasPipe };
}

/** The last path segment of a command word (`/usr/bin/pip3` → `pip3`). */
export function commandBase(name: string): string {
  const slash = name.lastIndexOf('/');
  return slash === -1 ? name : name.slice(slash + 1);
}

/** `cmd` is `name` (by base name) with `sub` among its words before any other non-flag word (`apt-get -y install`). */
export function isSubcommand(command: ShellCommand, names: readonly string[], sub: string): boolean {
  if (!names.includes(commandBase(command.name))) return false;
  return command.args.includes(sub);
}

/** Words that are not flags, after dropping the values of the given flags (`-t buster`, `--target-release=x`). */
export function operands(args: readonly string[], flagsWithValue: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('-')) {
      const name = arg.replace(/^-+/, '');
      if (!arg.includes('=') && flagsWithValue.includes(name)) i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}

export function hasFlag(args: readonly string[], ...names: string[]): boolean {
  return args.some((arg) => {
    if (!arg.startsWith('-')) return false;
    const name = arg.replace(/^-+/, '').split('=')[0] as string;
    if (names.includes(name)) return true;
    // Combined short flags: `-yq` holds `y` and `q`.
    return !arg.startsWith('--') && names.some((n) => n.length === 1 && name.includes(n));
  });
}

/** The arguments after `install` of a pip install (`pip`, `pip3.12`, `python -m pip`), or undefined. */
export function pipInstallArgs(command: ShellCommand): string[] | undefined {
  const base = commandBase(command.name);
  let args = command.args;
  if (/^python[0-9.]*$/.test(base)) {
    const m = args.indexOf('-m');
    if (m === -1 || args[m + 1] !== 'pip') return undefined;
    args = args.slice(m + 2);
  } else if (!/^pip[0-9.]*$/.test(base)) {
    return undefined;
  }
  const install = args.indexOf('install');
  if (install === -1 || args.slice(0, install).some((a) => !a.startsWith('-'))) return undefined;
  return args.slice(install + 1);
}
