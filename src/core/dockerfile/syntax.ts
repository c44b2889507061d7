/**
 * A Dockerfile read once, the way BuildKit reads it (moby/buildkit frontend/dockerfile/parser and
 * instructions): instructions with their lines, arguments, flags and heredocs, the parser
 * directives, the comments that precede each instruction, the global ARGs and the stages. Both the
 * hash (dockerfile-images.ts) and validate (core/lint) start here, so they see the same file.
 *
 * What `docker build` refuses while parsing is collected in `problems`, in the order BuildKit
 * reports them (the whole-file parser first, then instruction by instruction), each with its line:
 * an unknown instruction, an unterminated heredoc, a flag the instruction does not take, a wrong
 * number of arguments, an invalid stage name, an instruction before the first FROM, `COPY --from`
 * or `RUN --mount=from=` with a variable. Resolution problems (bases, targets, stage references)
 * are in stages.ts.
 */
import { DockerfileParser, type Instruction } from 'dockerfile-ast';

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
  /** Value with quotes and escapes removed; null when there is none (`ARG NAME`). */
  value: string | null;
  /** The value as written. */
  rawValue: string | null;
  /** `false` for the legacy `ENV key value` form. */
  hasEquals: boolean;
}

export interface HeredocPart {
  name: string;
  /** 1-based line of the first content line. */
  contentLine: number;
  /** The content lines, as written. */
  content: string;
  terminated: boolean;
}

const PROPERTY_KEYWORDS = new Set(['ENV', 'ARG', 'LABEL']);
const JSON_FORM_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME', 'HEALTHCHECK']);

/** One instruction. Lines are 1-based; derived views are computed on first use. */
export class DockerInstruction {
  readonly keyword: string;
  /** The keyword as written (`from`, `From`, `FROM`). */
  readonly written: string;
  readonly line: number;
  readonly endLine: number;
  /** Words after the keyword and flags, split on white space as BuildKit splits them (quotes stay). */
  readonly args: readonly string[];
  readonly flags: readonly InstructionFlag[];
  /** The comment lines right before it (BuildKit's PrevComment: reset by an empty `#`). */
  readonly comments: readonly string[];
  private cachedProperties: InstructionProperty[] | undefined;
  private cachedJson: string[] | null | undefined;
  private cachedHeredocs: HeredocPart[] | undefined;

  constructor(
    readonly index: number,
    readonly node: Instruction,
    comments: readonly string[],
  ) {
    this.written = node.getInstruction();
    this.keyword = this.written.toUpperCase();
    const range = node.getRange();
    this.line = range.start.line + 1;
    this.endLine = range.end.line + 1;
    this.args = node.getArguments().map((a) => a.getValue());
    this.flags = flagsOf(node);
    this.comments = comments;
  }

  /** ENV / ARG / LABEL `name=value` pairs. */
  get properties(): readonly InstructionProperty[] {
    if (this.cachedProperties === undefined) {
      const withProperties = this.node as unknown as {
        getProperties?: () => Array<{
          getName(): string;
          getValue(): string | null;
          getUnescapedValue(): string | null;
          getAssignmentOperator(): string | null;
        }>;
      };
      this.cachedProperties = PROPERTY_KEYWORDS.has(this.keyword)
        ? (withProperties.getProperties?.() ?? []).map((p) => ({
            name: p.getName(),
            value: p.getUnescapedValue(),
            rawValue: p.getValue(),
            hasEquals: p.getAssignmentOperator() !== null,
          }))
        : [];
    }
    return this.cachedProperties;
  }

  /** The exec form (`["a", "b"]`) parsed, or null for the shell form (BuildKit falls back to it for invalid JSON). */
  get json(): readonly string[] | null {
    if (this.cachedJson === undefined) {
      this.cachedJson = null;
      const text = this.text.trim();
      if (JSON_FORM_KEYWORDS.has(this.keyword) && text.startsWith('[')) {
        try {
          const parsed: unknown = JSON.parse(text);
          if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) this.cachedJson = parsed as string[];
        } catch {
          // shell form
        }
      }
    }
    return this.cachedJson;
  }

  /** The arguments (after the flags) as BuildKit joins them: continuations and comment lines removed. */
  get text(): string {
    return this.node.getArgumentsContent() ?? '';
  }

  /** The arguments (after the flags) as written, with the 1-based line they start on. */
  get rawText(): { text: string; line: number } {
    const range = this.node.getArgumentsRange();
    return { text: this.node.getRawArgumentsContent() ?? '', line: (range?.start.line ?? this.line - 1) + 1 };
  }

  get heredocs(): readonly HeredocPart[] {
    if (this.cachedHeredocs === undefined) {
      const node = this.node as unknown as { getHeredocs?: () => HeredocNode[] };
      this.cachedHeredocs = HEREDOC_KEYWORDS.has(this.keyword) ? (node.getHeredocs?.() ?? []).map((h) => heredocPart(this.node, h)) : [];
    }
    return this.cachedHeredocs;
  }

  flag(name: string): InstructionFlag | undefined {
    return this.flags.find((f) => f.name === name);
  }
}

interface HeredocNode {
  getName(): string;
  getContentRange(): { start: { line: number }; end: { line: number; character: number } } | null;
  getDelimiterRange(): unknown;
  getStartRange(): { start: { line: number } };
}

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

function heredocPart(node: Instruction, heredoc: HeredocNode): HeredocPart {
  const content = heredoc.getContentRange();
  const lines = node.getTextContent().split('\n');
  const first = node.getRange().start.line;
  let text = '';
  if (content) {
    const from = content.start.line - first;
    const to = content.end.line - first;
    text = lines.slice(from, content.end.character === 0 ? to : to + 1).join('\n');
  }
  return {
    name: heredoc.getName(),
    contentLine: (content?.start.line ?? heredoc.getStartRange().start.line + 1) + 1,
    content: text,
    terminated: heredoc.getDelimiterRange() !== null,
  };
}

function flagsOf(node: Instruction): InstructionFlag[] {
  const withFlags = node as unknown as {
    getFlags?: () => Array<{
      getName(): string;
      getValue(): string | null;
      getOptions(): Array<{ getName(): string; getValue(): string | null }>;
    }>;
  };
  const flags = withFlags.getFlags?.();
  if (!flags || flags.length === 0) return [];
  return flags.map((f) => ({
    name: f.getName(),
    value: f.getValue(),
    options: f.getOptions().map((o) => ({ name: o.getName(), value: o.getValue() })),
  }));
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
  /** Parser directives by lower-case name (`syntax`, `escape`, `check`). */
  directives: ReadonlyMap<string, { value: string; line: number }>;
  instructions: readonly DockerInstruction[];
  globalArgs: readonly DockerInstruction[];
  stages: readonly StageSyntax[];
  /** 1-based lines of empty lines inside a continued instruction (BuildKit's NoEmptyContinuation). */
  emptyContinuationLines: readonly number[];
  /** What `docker build` refuses while parsing, in BuildKit's order (the first is the one it reports). */
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

/** Flags each instruction takes (BuildKit instructions/parse.go); `true` marks boolean ones, `'many'` repeatable ones. */
const FLAGS: Record<string, Record<string, 'string' | 'bool' | 'many'>> = {
  FROM: { platform: 'string' },
  COPY: { chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'many', parents: 'bool' },
  ADD: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'many' },
  RUN: { mount: 'many', network: 'string', security: 'string', device: 'many' },
  HEALTHCHECK: { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' },
};

const EXACTLY_ONE = new Set(['WORKDIR', 'USER', 'STOPSIGNAL', 'MAINTAINER']);
const AT_LEAST_ONE = new Set(['ENV', 'LABEL', 'ARG', 'EXPOSE', 'VOLUME', 'ONBUILD', 'HEALTHCHECK', 'SHELL']);
const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

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

function flagProblems(instruction: DockerInstruction): string | undefined {
  const allowed = FLAGS[instruction.keyword];
  if (!allowed) return undefined;
  const seen = new Set<string>();
  for (const flag of instruction.flags) {
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
function instructionProblem(instruction: DockerInstruction): string | undefined {
  const { keyword, args } = instruction;
  if (!KNOWN.has(keyword)) {
    const suggestion = closest(instruction.written, INSTRUCTIONS, false);
    return `unknown instruction: ${instruction.written}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
  }
  const flags = flagProblems(instruction);
  if (flags) return flags;
  if (keyword === 'FROM') {
    if (args.length === 3 && args[1]?.toLowerCase() === 'as') {
      if (!VALID_STAGE_NAME.test((args[2] as string).toLowerCase()))
        return `invalid name for build stage: "${args[2]}", name can't start with a number or contain symbols`;
    } else if (args.length !== 1) return 'FROM requires either one or three arguments';
  }
  if ((keyword === 'COPY' || keyword === 'ADD') && instruction.heredocs.length === 0 && (instruction.json ?? args).length < 2)
    return `${keyword} requires at least two arguments, but only one was provided. Destination could not be determined`;
  if (EXACTLY_ONE.has(keyword) && args.length !== 1) return `${keyword} requires exactly one argument`;
  if (AT_LEAST_ONE.has(keyword) && args.length === 0) return `${keyword} requires at least one argument`;
  if (keyword === 'COPY') {
    const from = instruction.flag('from')?.value;
    // BuildKit expands --from with an empty environment and refuses any change (dockerfile2llb toCommand).
    if (from && /[$\\'"]/.test(from))
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

/** Comment text of a line (BuildKit's isComment: `#` after leading white space), or undefined. */
function commentOf(line: string): string | undefined {
  const trimmed = line.trimStart();
  return trimmed.startsWith('#') ? trimmed.slice(1).trim() : undefined;
}

export function parseDockerfile(source: string): DockerfileSyntax {
  // BuildKit drops a UTF-8 byte order mark before parsing.
  const text = source.replace(/^\uFEFF/, '');
  const document = DockerfileParser.parse(text);
  const lines = text.split(/\r?\n/);
  const escape = document.getEscapeCharacter();
  const directives = new Map<string, { value: string; line: number }>();
  for (const directive of document.getDirectives()) {
    const name = directive.getName().toLowerCase();
    if (!directives.has(name)) directives.set(name, { value: directive.getValue().trim(), line: directive.getRange().start.line + 1 });
  }
  const directiveLines = new Set([...directives.values()].map((d) => d.line));

  const nodes = document.getInstructions();
  const instructions: DockerInstruction[] = [];
  const emptyContinuationLines: number[] = [];
  let nextLine = 0; // 0-based: first line not yet assigned to an instruction
  for (const node of nodes) {
    const start = node.getRange().start.line;
    // PrevComment: the comment lines since the previous instruction; an empty `#` starts over.
    let comments: string[] = [];
    for (let l = nextLine; l < start; l++) {
      if (directiveLines.has(l + 1)) continue;
      const comment = commentOf(lines[l] ?? '');
      if (comment === undefined) continue;
      comments = comment === '' ? [] : [...comments, comment];
    }
    const instruction = new DockerInstruction(instructions.length, node, comments);
    instructions.push(instruction);
    // Empty lines inside the continuation (not inside heredoc content).
    const end = node.getRange().end.line;
    if (end > start && instruction.heredocs.length === 0) {
      for (let l = start + 1; l <= end; l++) if ((lines[l] ?? '').trim() === '') emptyContinuationLines.push(l + 1);
    }
    nextLine = end + 1;
  }

  const problems: DockerfileProblem[] = [];
  // The whole-file parser runs first: its errors win over any instruction's.
  if (text.length === 0) problems.push({ line: 0, message: 'the Dockerfile cannot be empty' });
  for (const instruction of instructions) {
    const open = instruction.heredocs.find((h) => !h.terminated);
    if (open) problems.push({ line: instruction.line, message: `unterminated heredoc (<<${open.name})` });
  }
  if (text.length > 0 && instructions.length === 0) problems.push({ line: 0, message: 'file with no instructions' });

  const globalArgs: DockerInstruction[] = [];
  const stages: StageSyntax[] = [];
  for (const instruction of instructions) {
    const problem = instructionProblem(instruction);
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
      else if (KNOWN.has(instruction.keyword) && !problem)
        problems.push({ line: instruction.line, message: 'no build stage in current context (only ARG may come before the first FROM)' });
    } else {
      (stages[stages.length - 1] as StageSyntax).instructions.push(instruction);
    }
  }
  if (instructions.length > 0 && stages.length === 0) problems.push({ line: 0, message: 'dockerfile contains no stages to build' });
  return { text, lines, escape, directives, instructions, globalArgs, stages, emptyContinuationLines, problems };
}

/** The first problem as an error, if there is one. */
export function assertBuildable(syntax: DockerfileSyntax): void {
  const first = syntax.problems[0];
  if (first) throw new DockerfileError(first);
}
