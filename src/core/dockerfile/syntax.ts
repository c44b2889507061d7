/**
 * A Dockerfile read the way BuildKit reads it: this is BuildKit's parser (moby/buildkit
 * frontend/dockerfile/parser: parser.go, directives.go, split_command.go, line_parsers.go) and the
 * argument checks of its instructions package, written anew in TypeScript. Both the hash
 * (dockerfile-images.ts) and validate (core/lint) start here, so they see the file as `docker
 * build` does: the same line joining, comment handling, heredocs, flags and words.
 *
 * What `docker build` refuses is collected in `problems`, in the order BuildKit reports it — the
 * whole-file parser first (it stops at its first error), then instruction by instruction — each
 * with its line: an unknown instruction, an unterminated heredoc, a flag the instruction does not
 * take, a wrong number of arguments, an invalid stage name, an instruction before the first FROM,
 * `COPY --from` or `RUN --mount=from=` with a variable. Stage resolution is in stages.ts.
 */

/** Something `docker build` refuses, with the (1-based) line BuildKit names; 0 when it names none. */
export interface DockerfileProblem {
  line: number;
  message: string;
}

/** The first problem of a Dockerfile, thrown by the functions that need a buildable one. */
export class DockerfileError extends Error {
  readonly line: number;
  readonly problem: string;
  constructor(problem: DockerfileProblem) {
    super(problem.line > 0 ? `line ${problem.line}: ${problem.message}` : problem.message);
    this.name = 'DockerfileError';
    this.line = problem.line;
    this.problem = problem.message;
  }
}

export interface InstructionFlag {
  name: string;
  value: string | null;
  /** `key=value` parts of the value (`--mount=type=cache,target=/x`). */
  options: ReadonlyArray<{ name: string; value: string | null }>;
}

export interface InstructionProperty {
  name: string;
  /** The value with its quotes and escapes as written (what BuildKit expands); null for `ARG NAME`. */
  rawValue: string | null;
  /** The value with surrounding quotes removed (no variables expanded). */
  value: string | null;
  /** `false` for the legacy `ENV key value` form. */
  hasEquals: boolean;
}

export interface HeredocPart {
  name: string;
  /** 1-based line of the first content line. */
  contentLine: number;
  /** The content, lines joined with `\n` (no terminator line). */
  content: string;
  terminated: boolean;
}

/** One instruction. Lines are 1-based. */
export interface DockerInstruction {
  index: number;
  /** Upper-case keyword. */
  keyword: string;
  /** The keyword as written (`from`, `From`, `FROM`). */
  written: string;
  line: number;
  /** Last line, heredoc bodies included. */
  endLine: number;
  /** The arguments after the flags, as BuildKit joins the line (continuations and comment lines removed). */
  text: string;
  /** The arguments after the flags as written (continuations and all), with the line they start on. */
  rawText: { text: string; line: number };
  /** `text` split on white space, as BuildKit splits FROM, COPY or EXPOSE (quotes stay). */
  args: readonly string[];
  flags: readonly InstructionFlag[];
  /** The exec form (`["a", "b"]`) parsed, or null for the shell form. */
  json: readonly string[] | null;
  /** ENV / ARG / LABEL pairs (empty for other instructions). */
  properties: readonly InstructionProperty[];
  heredocs: readonly HeredocPart[];
  /** The comment lines right before it (BuildKit's PrevComment: reset by an empty `#`). */
  comments: readonly string[];
  flag(name: string): InstructionFlag | undefined;
}

export interface StageSyntax {
  index: number;
  from: DockerInstruction;
  /** The base word as written, before ARG expansion. */
  baseWord: string;
  /** The stage name, lower-cased as BuildKit stores it; undefined without `AS`. */
  name: string | undefined;
  /** `--platform` as written. */
  platform: string | undefined;
  instructions: DockerInstruction[];
}

export interface DockerfileSyntax {
  text: string;
  lines: readonly string[];
  escape: string;
  /** Parser directives by name (`syntax`, `escape`, `check`). */
  directives: ReadonlyMap<string, { value: string; line: number }>;
  instructions: readonly DockerInstruction[];
  globalArgs: readonly DockerInstruction[];
  stages: readonly StageSyntax[];
  /** 1-based lines of empty lines inside a continued instruction (BuildKit's NoEmptyContinuation). */
  emptyContinuationLines: readonly number[];
  /** What `docker build` refuses, in BuildKit's order (the first is the one it reports). */
  problems: readonly DockerfileProblem[];
}

/** BuildKit's instruction set (frontend/dockerfile/command). */
export const INSTRUCTIONS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;
const KNOWN = new Set<string>(INSTRUCTIONS);

/** Flags each instruction takes (instructions/parse.go); every other instruction takes none. */
const FLAGS: Record<string, Record<string, 'string' | 'bool' | 'many'>> = {
  FROM: { platform: 'string' },
  COPY: { chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'many', parents: 'bool' },
  ADD: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'many' },
  RUN: { mount: 'many', network: 'string', security: 'string', device: 'many' },
  HEALTHCHECK: { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' },
};
/** How BuildKit's parser splits the arguments of each instruction (the dispatch table of parser.go). */
type ArgForm = 'whitespace' | 'jsonOrList' | 'jsonOrString' | 'string' | 'nameVal' | 'nameOrNameVal' | 'health' | 'sub';
const FORMS: Record<string, ArgForm> = {
  ADD: 'jsonOrList',
  ARG: 'nameOrNameVal',
  CMD: 'jsonOrString',
  COPY: 'jsonOrList',
  ENTRYPOINT: 'jsonOrString',
  ENV: 'nameVal',
  EXPOSE: 'whitespace',
  FROM: 'whitespace',
  HEALTHCHECK: 'health',
  LABEL: 'nameVal',
  MAINTAINER: 'string',
  ONBUILD: 'sub',
  RUN: 'jsonOrString',
  SHELL: 'jsonOrString',
  STOPSIGNAL: 'string',
  USER: 'string',
  VOLUME: 'jsonOrList',
  WORKDIR: 'string',
};
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const WHITESPACE = /[\t\v\f\r ]+/;
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/;

/** Levenshtein distance, for BuildKit's "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

/**
 * BuildKit's suggest.Search: the option closest to `word` by edit distance, if below 3; none when
 * an option equals the word. Case-insensitive search answers in the word's own case.
 */
export function closest(word: string, options: Iterable<string>, caseSensitive = true): string | undefined {
  const value = caseSensitive ? word : word.toLowerCase();
  let match: string | undefined;
  let best = 3;
  for (const option of options) {
    const candidate = caseSensitive ? option : option.toLowerCase();
    if (candidate === value) return undefined;
    const distance = editDistance(value, candidate);
    if (distance < best) {
      best = distance;
      match = caseSensitive ? candidate : matchCase(candidate, word);
    }
  }
  return match;
}

function matchCase(value: string, original: string): string {
  if (original === original.toLowerCase()) return value.toLowerCase();
  if (original === original.toUpperCase()) return value.toUpperCase();
  return value;
}

/** Go's unicode.IsSpace for the characters a Dockerfile holds. */
const isSpace = (ch: string | undefined) => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0;
};
const isComment = (line: string) => {
  for (let i = 0; i < line.length; i++) {
    if (!isSpace(line[i])) return line[i] === '#';
  }
  return false;
};

/** split_command.go extractBuilderFlags: leading `--name[=value]` words (quotes and escapes read), and the rest. */
function extractFlags(line: string, escape: string): { rest: string; words: string[] } {
  const words: string[] = [];
  let pos = 0;
  for (;;) {
    while (pos < line.length && isSpace(line[pos])) pos++;
    if (pos >= line.length || !line.startsWith('--', pos)) return { rest: line.slice(pos), words };
    let word = '';
    let quote = '';
    let blankOK = false;
    for (; pos < line.length; pos++) {
      let ch = line[pos] as string;
      if (quote) {
        if (ch === quote) {
          quote = '';
          continue;
        }
      } else {
        if (isSpace(ch)) break;
        if (ch === "'" || ch === '"') {
          quote = ch;
          blankOK = true;
          continue;
        }
      }
      if (ch === escape) {
        if (pos + 1 === line.length) continue;
        ch = line[++pos] as string;
      }
      word += ch;
    }
    if (word === '--') return { rest: line.slice(pos), words };
    if (blankOK || word.length > 0) words.push(word);
  }
}

/** line_parsers.go parseWords: words split on white space, quotes and escapes kept as written. */
function parseWords(rest: string, escape: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos < rest.length; pos++) {
    let ch = rest[pos] as string;
    if (!inWord) {
      if (isSpace(ch)) continue;
      inWord = true;
    }
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === escape && quote !== "'") {
        if (pos + 1 === rest.length) continue;
        word += ch;
        ch = rest[++pos] as string;
      }
      word += ch;
      continue;
    }
    if (isSpace(ch)) {
      if (blankOK || word.length > 0) words.push(word);
      word = '';
      inWord = false;
      blankOK = false;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      blankOK = true;
    }
    if (ch === escape) {
      if (pos + 1 === rest.length) continue;
      word += ch;
      ch = rest[++pos] as string;
    }
    word += ch;
  }
  if (inWord && (blankOK || word.length > 0)) words.push(word);
  return words;
}

function unquote(value: string): string {
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0] ? value.slice(1, -1) : value;
}

/** ENV and LABEL (parseNameVal): `name=value …`, or the legacy `name value`. */
function nameValues(rest: string, keyword: string, escape: string): { properties: InstructionProperty[]; error?: string } {
  const words = parseWords(rest, escape);
  if (words.length === 0) return { properties: [] };
  if (!(words[0] as string).includes('=')) {
    const parts = rest.split(WHITESPACE);
    if (parts.length < 2) return { properties: [], error: `${keyword} must have two arguments` };
    const value = rest.slice(rest.indexOf(parts[1] as string, (parts[0] as string).length));
    return { properties: [{ name: parts[0] as string, rawValue: value, value: unquote(value), hasEquals: false }] };
  }
  const properties: InstructionProperty[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq === -1) return { properties, error: `Syntax error - can't find = in "${word}". Must be of the form: name=value` };
    const value = word.slice(eq + 1);
    properties.push({ name: word.slice(0, eq), rawValue: value, value: unquote(value), hasEquals: true });
  }
  return { properties };
}

/** The exec form, if the text is a JSON array: strings, or an error for other elements. */
function parseJson(text: string): { json: string[] | null; error?: string } {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('[')) return { json: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return { json: null };
  }
  if (!Array.isArray(parsed)) return { json: null };
  if (!parsed.every((item) => typeof item === 'string'))
    return { json: null, error: 'when using JSON array syntax, arrays must be comprised of strings only' };
  return { json: parsed as string[] };
}

/** parser.go heredocsFromLine: the heredoc words of a line (`<<EOF`, `<<-"EOF"`, `3<<EOF`). */
function heredocNames(line: string): Array<{ name: string; chomp: boolean }> {
  const out: Array<{ name: string; chomp: boolean }> = [];
  for (const word of parseWords(line, '\\')) {
    const match = HEREDOC.exec(word);
    const rest = match?.[3];
    if (!match || !rest) continue;
    const words = parseWords(rest, '\\');
    if (words.length !== 1) continue;
    out.push({ name: (words[0] as string).replace(/\\(.)/g, '$1').replace(/["']/g, ''), chomp: match[2] === '-' });
  }
  return out;
}

interface Parsed {
  keyword: string;
  written: string;
  text: string;
  args: string[];
  flags: InstructionFlag[];
  json: string[] | null;
  properties: InstructionProperty[];
  argCount: number;
  error?: string;
}

/** newNodeFromLine: the keyword, the flags and the arguments of one joined line. */
function parseLine(line: string, escape: string): Parsed {
  const trimmed = line.trim();
  const split = WHITESPACE.exec(trimmed);
  const written = split ? trimmed.slice(0, split.index) : trimmed;
  const afterKeyword = split ? trimmed.slice(split.index + split[0].length) : '';
  const { rest, words } = extractFlags(afterKeyword, escape);
  const text = rest.trim();
  const flags = words.map((word) => {
    const flag = word.slice(2);
    const eq = flag.indexOf('=');
    const value = eq === -1 ? null : flag.slice(eq + 1);
    return {
      name: eq === -1 ? flag : flag.slice(0, eq),
      value,
      options: (value ?? '').split(',').map((part) => {
        const i = part.indexOf('=');
        return i === -1 ? { name: part, value: null } : { name: part.slice(0, i), value: part.slice(i + 1) };
      }),
    };
  });
  const keyword = written.toUpperCase();
  const args = text === '' ? [] : text.split(WHITESPACE);
  const parsed: Parsed = { keyword, written, text, args, flags, json: null, properties: [], argCount: 0 };
  switch (FORMS[keyword]) {
    case 'whitespace':
      parsed.argCount = args.length;
      break;
    case 'jsonOrList':
    case 'jsonOrString': {
      const { json, error } = parseJson(text);
      if (error) parsed.error = error;
      parsed.json = json;
      parsed.argCount = json ? json.length : text === '' ? 0 : FORMS[keyword] === 'jsonOrList' ? args.length : 1;
      break;
    }
    case 'string':
      parsed.argCount = text === '' ? 0 : 1;
      break;
    case 'nameVal': {
      const { properties, error } = nameValues(text, keyword, escape);
      parsed.properties = properties;
      if (error) parsed.error = error;
      parsed.argCount = properties.length;
      break;
    }
    case 'nameOrNameVal': {
      const words = parseWords(text, escape);
      parsed.properties = words.map((word) => {
        const eq = word.indexOf('=');
        return eq === -1
          ? { name: word, rawValue: null, value: null, hasEquals: false }
          : { name: word.slice(0, eq), rawValue: word.slice(eq + 1), value: unquote(word.slice(eq + 1)), hasEquals: true };
      });
      parsed.argCount = words.length;
      break;
    }
    case 'health': {
      const type = text.split(WHITESPACE)[0] ?? '';
      const command = text.slice(type.length);
      const { json, error } = parseJson(command);
      if (error) parsed.error = error;
      parsed.argCount = type === '' ? 0 : 1 + (json ? json.length : command.trim() === '' ? 0 : 1);
      break;
    }
    case 'sub':
      parsed.argCount = text === '' ? 0 : 1;
      break;
  }
  return parsed;
}

function flagProblem(keyword: string, flags: readonly InstructionFlag[]): string | undefined {
  const allowed = FLAGS[keyword] ?? {};
  const seen = new Set<string>();
  for (const flag of flags) {
    const kind = allowed[flag.name];
    if (!kind) return `unknown flag: ${flag.name}`;
    if (kind !== 'many' && seen.has(flag.name)) return `duplicate flag specified: ${flag.name}`;
    seen.add(flag.name);
    if (kind === 'bool') {
      if (flag.value !== null && !/^(true|false)$/i.test(flag.value))
        return `expecting boolean value for flag ${flag.name}, not: ${flag.value}`;
    } else if (flag.value === null) {
      return `missing a value on flag: ${flag.name}`;
    }
  }
  return undefined;
}

/** The instruction-level refusals of BuildKit's instructions.Parse, for one instruction. */
function instructionProblem(instruction: DockerInstruction, argCount: number): string | undefined {
  const { keyword, args } = instruction;
  if (!KNOWN.has(keyword)) {
    const suggestion = closest(instruction.written, INSTRUCTIONS, false);
    return `unknown instruction: ${instruction.written}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
  }
  if (keyword === 'FROM') {
    if (args.length === 3 && args[1]?.toLowerCase() === 'as') {
      if (!VALID_STAGE_NAME.test((args[2] as string).toLowerCase()))
        return `invalid name for build stage: "${args[2]}", name can't start with a number or contain symbols`;
    } else if (args.length !== 1) return 'FROM requires either one or three arguments';
  }
  if (['ENV', 'LABEL', 'EXPOSE', 'VOLUME', 'ARG', 'ONBUILD', 'HEALTHCHECK'].includes(keyword) && argCount === 0)
    return `${keyword} requires at least one argument`;
  if (['ENV', 'LABEL', 'ARG'].includes(keyword) && instruction.properties.some((p) => p.name === ''))
    return `${keyword} names can not be blank`;
  if (['MAINTAINER', 'WORKDIR', 'USER', 'STOPSIGNAL'].includes(keyword) && argCount !== 1)
    return `${keyword} requires exactly one argument`;
  if ((keyword === 'COPY' || keyword === 'ADD') && argCount + instruction.heredocs.length < 2)
    return `${keyword} requires at least two arguments, but only one was provided. Destination could not be determined`;
  if (keyword === 'ONBUILD') {
    const trigger = (args[0] ?? '').toUpperCase();
    if (trigger === 'ONBUILD') return "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed";
    if (trigger === 'MAINTAINER' || trigger === 'FROM') return `${trigger} isn't allowed as an ONBUILD trigger`;
  }
  if (keyword === 'SHELL' && argCount > 0 && !instruction.json) return 'SHELL requires the arguments to be in JSON form';
  if (keyword === 'HEALTHCHECK') {
    const type = (args[0] ?? '').toUpperCase();
    if (type === 'NONE' && args.length > 1) return 'HEALTHCHECK NONE takes no arguments';
    if (type !== 'NONE' && type !== 'CMD' && type !== '') return `Unknown type "${args[0]}" in HEALTHCHECK (try CMD)`;
    if (type === 'CMD' && argCount < 2) return 'Missing command after HEALTHCHECK CMD';
  }
  // HEALTHCHECK NONE reads no flags; every other instruction checks its own.
  const flags = keyword === 'HEALTHCHECK' && (args[0] ?? '').toUpperCase() === 'NONE' ? undefined : flagProblem(keyword, instruction.flags);
  if (flags) return flags;
  if (keyword === 'COPY') {
    const from = instruction.flag('from')?.value;
    // BuildKit expands --from with an empty environment and refuses any change (dockerfile2llb toCommand).
    if (from && /[$'"\\]/.test(from))
      return 'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround';
  }
  if (keyword === 'RUN') {
    for (const mount of instruction.flags.filter((f) => f.name === 'mount')) {
      const from = mount.options.find((o) => o.name.toLowerCase() === 'from')?.value ?? '';
      const dollar = from.indexOf('$');
      if (dollar !== -1 && dollar !== from.length - 1) return "'from' doesn't support variable expansion, define alias stage instead";
    }
  }
  return undefined;
}

type InstructionFields = Omit<DockerInstruction, 'flag' | 'rawText'>;

/** An instruction; `rawText` (for ShellCheck only) is cut from the source lines when first asked for. */
class ParsedInstruction implements DockerInstruction {
  readonly index: number;
  readonly keyword: string;
  readonly written: string;
  readonly line: number;
  readonly endLine: number;
  readonly text: string;
  readonly args: readonly string[];
  readonly flags: readonly InstructionFlag[];
  readonly json: readonly string[] | null;
  readonly properties: readonly InstructionProperty[];
  readonly heredocs: readonly HeredocPart[];
  readonly comments: readonly string[];
  private raw: { text: string; line: number } | undefined;

  constructor(
    fields: InstructionFields,
    private readonly source: { lines: readonly string[]; logicalEnd: number; escape: string },
  ) {
    this.index = fields.index;
    this.keyword = fields.keyword;
    this.written = fields.written;
    this.line = fields.line;
    this.endLine = fields.endLine;
    this.text = fields.text;
    this.args = fields.args;
    this.flags = fields.flags;
    this.json = fields.json;
    this.properties = fields.properties;
    this.heredocs = fields.heredocs;
    this.comments = fields.comments;
  }

  get rawText(): { text: string; line: number } {
    this.raw ??= rawArguments(this.source.lines, this.line, this.source.logicalEnd, this.flags.length, this.source.escape);
    return this.raw;
  }

  flag(name: string): InstructionFlag | undefined {
    for (const flag of this.flags) if (flag.name === name) return flag;
    return undefined;
  }
}

/** The arguments as written after keyword and flags, over the instruction's physical lines. */
function rawArguments(
  lines: readonly string[],
  first: number,
  last: number,
  flagCount: number,
  escape: string,
): { text: string; line: number } {
  const raw = lines.slice(first - 1, last).join('\n');
  let at = 0;
  const skip = () => {
    for (;;) {
      while (at < raw.length && (raw[at] === ' ' || raw[at] === '\t' || raw[at] === '\r')) at++;
      if (raw[at] === escape && /^[ \t\r]*\n/.test(raw.slice(at + 1, at + 100))) {
        at = raw.indexOf('\n', at) + 1;
        continue;
      }
      if (raw[at] === '\n') {
        at++;
        continue;
      }
      return;
    }
  };
  for (let words = 0; words < 1 + flagCount; words++) {
    skip();
    while (at < raw.length && !isSpace(raw[at])) at++;
  }
  skip();
  let line = first;
  for (let i = 0; i < at; i++) if (raw[i] === '\n') line++;
  return { text: raw.slice(at), line };
}

export function parseDockerfile(source: string): DockerfileSyntax {
  // BuildKit drops a UTF-8 byte order mark before parsing.
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.includes('\r') ? text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)) : text.split('\n');
  if (lines[lines.length - 1] === '' && lines.length > 1) lines.pop();
  const problems: DockerfileProblem[] = [];
  const parseErrors: DockerfileProblem[] = [];

  // Parser directives: `# name=value` lines at the very top (directives.go).
  const directives = new Map<string, { value: string; line: number }>();
  let escape = '\\';
  let directivesDone = false;
  const directiveAt = (line: string, number: number): boolean => {
    if (directivesDone) return false;
    const trimmed = line.trimStart();
    const match = trimmed.startsWith('#') ? DIRECTIVE.exec(trimmed.slice(1).trimStart()) : null;
    const name = match?.[1]?.toLowerCase();
    if (!match || !name || !['syntax', 'escape', 'check'].includes(name)) {
      directivesDone = true;
      return false;
    }
    if (directives.has(name)) {
      parseErrors.push({ line: number, message: `only one ${name} parser directive can be used` });
      return true;
    }
    const value = match[2] as string;
    directives.set(name, { value, line: number });
    if (name === 'escape') {
      if (value !== '`' && value !== '\\')
        parseErrors.push({ line: number, message: `invalid escape token '${value}' does not match \` or \\` });
      else escape = value;
    }
    return true;
  };
  const continued = (line: string): number => {
    // parser.go lineContinuationRegex: an escape at the end (blanks after it allowed), not escaped itself.
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    if (end === 0 || line[end - 1] !== escape) return -1;
    return end === 1 || line[end - 2] !== escape ? end - 1 : -1;
  };

  const instructions: DockerInstruction[] = [];
  const argCounts: number[] = [];
  const emptyContinuationLines: number[] = [];
  let comments: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const rawLine = lines[i] as string;
    if (isComment(rawLine)) {
      const comment = rawLine.slice(1).trim();
      if (comment === '') comments = [];
      else comments.push(comment);
    }
    if (directiveAt(rawLine, i + 1)) comments.pop();
    const startLine = i + 1;
    i++;
    let first = rawLine.trimStart();
    if (isComment(first)) first = '';
    let cut = continued(first);
    if (cut === -1 && first.length === 0) continue;
    let joined = cut === -1 ? first : first.slice(0, cut);
    while (cut !== -1 && i < lines.length) {
      const next = lines[i] as string;
      i++;
      if (isComment(next)) continue;
      if (next.trim() === '') {
        emptyContinuationLines.push(i);
        continue;
      }
      cut = continued(next);
      joined += cut === -1 ? next : next.slice(0, cut);
    }
    const logicalEnd = i;
    const parsed = parseLine(joined, escape);
    if (parsed.error) parseErrors.push({ line: startLine, message: parsed.error });
    // Heredocs (RUN, COPY, ADD, and ONBUILD of those; never the exec form).
    const heredocs: HeredocPart[] = [];
    const subKeyword = parsed.keyword === 'ONBUILD' ? (parsed.text.split(WHITESPACE)[0] ?? '').toUpperCase() : parsed.keyword;
    if (HEREDOC_KEYWORDS.has(subKeyword) && !parsed.json && joined.includes('<<')) {
      for (const { name, chomp } of heredocNames(joined)) {
        const contentLine = i + 1;
        const body: string[] = [];
        let terminated = false;
        while (i < lines.length) {
          const line = lines[i] as string;
          i++;
          if ((chomp ? line.replace(/^\t+/, '') : line) === name) {
            terminated = true;
            break;
          }
          body.push(line);
        }
        heredocs.push({ name, contentLine, content: body.join('\n'), terminated });
        if (!terminated) {
          parseErrors.push({ line: startLine, message: `unterminated heredoc (<<${name})` });
          break;
        }
      }
    }
    instructions.push(
      new ParsedInstruction(
        {
          index: instructions.length,
          keyword: parsed.keyword,
          written: parsed.written,
          line: startLine,
          endLine: i,
          text: parsed.text,
          args: parsed.args,
          flags: parsed.flags,
          json: parsed.json,
          properties: parsed.properties,
          heredocs,
          comments,
        },
        { lines, logicalEnd, escape },
      ),
    );
    argCounts.push(parsed.argCount);
    comments = [];
  }

  if (text.length === 0) problems.push({ line: 0, message: 'the Dockerfile cannot be empty' });
  else if (instructions.length === 0) problems.push({ line: 0, message: 'file with no instructions' });
  // The whole-file parser stops at its first error: nothing after it is read by docker build.
  if (parseErrors.length > 0) problems.push(...parseErrors);

  const globalArgs: DockerInstruction[] = [];
  const stages: StageSyntax[] = [];
  for (const instruction of instructions) {
    const problem = instructionProblem(instruction, argCounts[instruction.index] as number);
    if (problem) problems.push({ line: instruction.line, message: problem });
    if (instruction.keyword === 'FROM') {
      const [baseWord = '', as, name] = instruction.args;
      stages.push({
        index: stages.length,
        from: instruction,
        baseWord,
        name: as?.toLowerCase() === 'as' && name ? name.toLowerCase() : undefined,
        platform: instruction.flag('platform')?.value ?? undefined,
        instructions: [],
      });
    } else if (stages.length === 0) {
      if (instruction.keyword === 'ARG') globalArgs.push(instruction);
      else if (!problem)
        problems.push({ line: instruction.line, message: 'no build stage in current context (only ARG may come before the first FROM)' });
    } else {
      (stages[stages.length - 1] as StageSyntax).instructions.push(instruction);
    }
  }
  if (instructions.length > 0 && stages.length === 0 && problems.length === 0)
    problems.push({ line: 0, message: 'dockerfile contains no stages to build' });
  return { text, lines, escape, directives, instructions, globalArgs, stages, emptyContinuationLines, problems };
}

/** The first problem as an error, if there is one. */
export function assertBuildable(syntax: DockerfileSyntax): void {
  const first = syntax.problems[0];
  if (first) throw new DockerfileError(first);
}
