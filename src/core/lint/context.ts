/**
 * What a rule check sees of one Dockerfile: its syntax (core/dockerfile, the same reading the hash
 * uses), the stage each stage is based on, RUN scripts read once, the facts the caller gathered
 * (ignore patterns, context, base images) and `report`. Pure.
 */
import type { DockerfileSyntax, DockerInstruction, StageSyntax } from '../dockerfile/syntax.js';
import { globalArgScope } from '../dockerfile/stages.js';
import { expandWord } from '../shell-words.js';
import type { ProfileName, RuleId, Severity } from './rule-catalog.js';
import { readShellScript, type ShellScript } from './shell-script.js';

/** A finding before the caller adds the file. Lines are 1-based. */
export interface Finding {
  /** A rule id of the catalog, or a ShellCheck code (`SC2086`). */
  rule: string;
  severity: Severity;
  line: number;
  endLine?: number;
  message: string;
  fix: string;
  docs: string;
}

export interface ImageFacts {
  /** The digest the tag points at now (index digest), when the registry answered. */
  digest?: string;
  /** The image config's `Env` names, when known. */
  env?: readonly string[];
}

export interface ContextFacts {
  /** An ignore file applies (`<Dockerfile>.dockerignore` or `.dockerignore`). */
  hasIgnoreFile: boolean;
  /** `.git` is inside the context. */
  hasGit: boolean;
  /** Bytes of the files in the context, as far as they were counted (stops counting over the limit). */
  bytes: number;
}

export interface LintOptions {
  profile: ProfileName;
  /** The build as an image definition gives it (images.yaml entry, spec); plain Dockerfiles have none. */
  build?: {
    buildArgs?: Readonly<Record<string, string>>;
    target?: string;
    platforms?: readonly string[];
    /** The repository the image is pushed to. */
    image?: string;
  };
  /** Patterns of the ignore file that applies, or null when none does (CopyIgnoredFile). */
  ignorePatterns?: readonly string[] | null;
  context?: ContextFacts;
  /** Facts per image reference as written after expansion (`python:3.12`). */
  images?: ReadonlyMap<string, ImageFacts>;
}

export type Report = (rule: RuleId, line: number, message?: string, extra?: { endLine?: number; fix?: string }) => void;

export const DEFAULT_PLATFORM = 'linux/amd64';

/** What depends only on the file (its defaults): global ARG values, each stage's base. Computed once per file. */
interface FileFacts {
  scope: Map<string, string | undefined> | null;
  bases: Array<string | undefined>;
  baseStages: Array<number | undefined>;
}
const FILE_FACTS = new WeakMap<DockerfileSyntax, FileFacts>();

function fileFacts(syntax: DockerfileSyntax): FileFacts {
  let facts = FILE_FACTS.get(syntax);
  if (!facts) {
    let scope: Map<string, string | undefined> | null;
    try {
      scope = globalArgScope(syntax, { buildArgs: {}, platform: DEFAULT_PLATFORM, buildPlatform: DEFAULT_PLATFORM });
    } catch {
      scope = null;
    }
    const bases = syntax.stages.map((stage) => {
      if (!scope) return undefined;
      try {
        return stage.baseWord.includes('$') ? expandWord(stage.baseWord, scope, syntax.escape) : stage.baseWord;
      } catch {
        return undefined;
      }
    });
    // BuildKit: FROM names a stage by its exact text, among the stages before it.
    const byName = new Map<string, number>();
    const baseStages = syntax.stages.map((stage, i) => {
      const base = bases[i];
      const found = base === undefined ? undefined : byName.get(base);
      if (stage.name) byName.set(stage.name, stage.index);
      return found;
    });
    facts = { scope, bases, baseStages };
    FILE_FACTS.set(syntax, facts);
  }
  return facts;
}

/** Global ARG values as the file's defaults give them on DEFAULT_PLATFORM (null when they do not expand). */
export function defaultGlobalScope(syntax: DockerfileSyntax): Map<string, string | undefined> | null {
  return fileFacts(syntax).scope;
}

export class LintContext {
  private readonly scripts = new Map<DockerInstruction, ShellScript | null>();

  constructor(
    readonly syntax: DockerfileSyntax,
    readonly options: LintOptions,
    readonly report: Report,
  ) {}

  get stages(): readonly StageSyntax[] {
    return this.syntax.stages;
  }

  /** Global ARG values with their defaults (no build args: what the file itself says), or null if they do not expand. */
  get globalScope(): Map<string, string | undefined> | null {
    return fileFacts(this.syntax).scope;
  }

  /** The base of a stage after expansion with the defaults, or undefined when it does not expand. */
  baseOf(stage: StageSyntax): string | undefined {
    return fileFacts(this.syntax).bases[stage.index];
  }

  /** The earlier stage this one is based on (BuildKit: the exact name among earlier stages), if any. */
  baseStage(stage: StageSyntax): StageSyntax | undefined {
    const index = fileFacts(this.syntax).baseStages[stage.index];
    return index === undefined ? undefined : this.stages[index];
  }

  /** The external image a stage starts from (following stage bases), or undefined for scratch or unknown. */
  rootImage(stage: StageSyntax): string | undefined {
    let current: StageSyntax | undefined = stage;
    for (let guard = 0; current && guard < this.stages.length; guard++) {
      const parent = this.baseStage(current);
      if (!parent) {
        const base = this.baseOf(current);
        return base === undefined || base === 'scratch' ? undefined : base;
      }
      current = parent;
    }
    return undefined;
  }

  /** A stage and the stages it is based on, nearest first. */
  lineage(stage: StageSyntax): StageSyntax[] {
    const out: StageSyntax[] = [];
    for (let current: StageSyntax | undefined = stage; current && out.length <= this.stages.length; current = this.baseStage(current)) {
      out.push(current);
    }
    return out;
  }

  /** The last stage (the one built when no target is given) or the build's target. */
  get finalStage(): StageSyntax | undefined {
    const target = this.options.build?.target?.toLowerCase();
    if (target) {
      const named = [...this.stages].reverse().find((s) => s.name === target);
      if (named) return named;
    }
    return this.stages[this.stages.length - 1];
  }

  /**
   * The script a RUN runs through the shell, read once: the shell form, a heredoc body
   * (`RUN <<EOF`), or `sh -c '…'` in exec form; an exec-form command as one command. Null when
   * there is nothing to read (a non-POSIX SHELL, for instance, is the caller's business).
   */
  script(instruction: DockerInstruction): ShellScript | null {
    let script = this.scripts.get(instruction);
    if (script === undefined) {
      script = readRunScript(instruction);
      this.scripts.set(instruction, script);
    }
    return script;
  }
}

/** `RUN <<EOF` alone: the heredoc body is the script. */
function isHeredocScript(instruction: DockerInstruction): boolean {
  return instruction.heredocs.length > 0 && /^\d*<<-?\s*["']?[\w.-]+["']?$/.test(instruction.text.trim());
}

/** The text a RUN hands to the shell, as written, with the line it starts on; null for the exec form and heredocs fed to a command. */
export function runScriptText(instruction: DockerInstruction): { text: string; line: number } | null {
  if (isHeredocScript(instruction)) {
    const heredoc = instruction.heredocs[0] as { content: string; contentLine: number };
    return { text: heredoc.content, line: heredoc.contentLine };
  }
  if (instruction.json || instruction.heredocs.length > 0) return null;
  return instruction.rawText;
}

function readRunScript(instruction: DockerInstruction): ShellScript | null {
  const json = instruction.json;
  if (json) {
    const [name, ...args] = json;
    if (!name) return null;
    if (/^(\/bin\/|\/usr\/bin\/)?(ba|da|a|z)?sh$/.test(name) && args[0] === '-c' && args[1] !== undefined) return readShellScript(args[1]);
    return { commands: [{ name, args, assignments: [] }], hasPipe: false };
  }
  if (isHeredocScript(instruction)) return readShellScript(instruction.heredocs[0]?.content ?? '');
  // BuildKit has dropped the comment lines of a continued instruction; a heredoc fed to a command
  // (`RUN cat <<EOF > f`) is data, not script.
  return readShellScript(instruction.text);
}

/** The images the stages start from (expanded with the file's defaults; stages and scratch left out), to look up. */
export function externalBases(syntax: DockerfileSyntax): string[] {
  const ctx = new LintContext(syntax, { profile: 'none' }, () => undefined);
  const out = new Set<string>();
  for (const stage of syntax.stages) {
    if (ctx.baseStage(stage)) continue;
    const base = ctx.baseOf(stage);
    if (base && base !== 'scratch') out.add(base);
  }
  return [...out];
}

/** One rule's check: reads the context, reports through `ctx.report`. */
export type Check = (ctx: LintContext) => void;
