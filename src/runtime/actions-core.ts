/**
 * The part of @actions/core the toolkit uses — inputs, outputs, log lines, workflow commands, the
 * job summary — written out here, byte for byte what @actions/core writes. Why: importing
 * @actions/core evaluates its HTTP client and all of undici (for the OIDC token alone), about
 * 150 ms of CPU at every start of every action and of the CLI (issue 8: start ≤ 1.5 × `node -e 0`).
 * `getIDToken`, the one call that needs HTTP, loads @actions/core when it is called.
 */
import { accessSync, appendFileSync, existsSync, writeFileSync, constants as fsConstants } from 'node:fs';
import { EOL } from 'node:os';
import { writeLog } from './stdio.js';

/** Same fields as @actions/core's AnnotationProperties. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface InputOptions {
  required?: boolean;
  trimWhitespace?: boolean;
}

function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

function escapeData(value: unknown): string {
  return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,…::message` on stdout, as the runner parses it. */
export function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`);
  writeLog(`::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${EOL}`);
}

function commandProperties(annotation: AnnotationProperties): Record<string, unknown> {
  if (Object.keys(annotation).length === 0) return {};
  return {
    title: annotation.title,
    file: annotation.file,
    line: annotation.startLine,
    endLine: annotation.endLine,
    col: annotation.startColumn,
    endColumn: annotation.endColumn,
  };
}

function issueFileCommand(command: string, message: string): void {
  const file = process.env[`GITHUB_${command}`];
  if (!file) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${message}${EOL}`, { encoding: 'utf8' });
}

/**
 * A random UUID (v4 layout) like @actions/core's. What keeps a value from ending the block early is
 * the check below that it does not contain the delimiter; the randomness only makes that check
 * pass, so Math.random serves, and node:crypto (about 8 ms to load) is not needed to set an output.
 */
function randomId(): string {
  const hex = (digits: number) =>
    Math.floor(Math.random() * 16 ** digits)
      .toString(16)
      .padStart(digits, '0');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(Math.random() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
}

function keyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomId()}`;
  const converted = toCommandValue(value);
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', keyValueMessage(name, value));
  writeLog(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  writeLog(message + EOL);
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', commandProperties(properties), message instanceof Error ? message.toString() : message);
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', commandProperties(properties), message instanceof Error ? message.toString() : message);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', commandProperties(properties), message instanceof Error ? message.toString() : message);
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

/** GitHub's OIDC id-token: the one call that needs an HTTP client, so @actions/core is loaded here only. */
export async function getIDToken(audience?: string): Promise<string> {
  const actionsCore = await import('@actions/core');
  // @actions/core logs (debug lines) through process.stdout itself: send them where this log goes.
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => (writeLog(chunk.toString()), true)) as typeof process.stdout.write;
  try {
    return await actionsCore.getIDToken(audience);
  } finally {
    process.stdout.write = write;
  }
}

export type SummaryTableCell = string | { data: string; header?: boolean; colspan?: string; rowspan?: string };
export type SummaryTableRow = SummaryTableCell[];

/** The job summary (GITHUB_STEP_SUMMARY), built as @actions/core's Summary builds it. */
export class Summary {
  private buffer = '';

  private wrap(tag: string, content: string | null, attrs: Record<string, string> = {}): string {
    const htmlAttrs = Object.entries(attrs)
      .map(([key, value]) => ` ${key}="${value}"`)
      .join('');
    return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
  }

  addRaw(text: string, addEOL = false): this {
    this.buffer += text;
    return addEOL ? this.addEOL() : this;
  }

  addEOL(): this {
    return this.addRaw(EOL);
  }

  addHeading(text: string, level: number | string = 1): this {
    const tag = `h${level}`;
    return this.addRaw(this.wrap(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1', text)).addEOL();
  }

  addList(items: string[], ordered = false): this {
    return this.addRaw(this.wrap(ordered ? 'ol' : 'ul', items.map((item) => this.wrap('li', item)).join(''))).addEOL();
  }

  addCodeBlock(code: string, lang?: string): this {
    return this.addRaw(this.wrap('pre', this.wrap('code', code), lang ? { lang } : {})).addEOL();
  }

  addDetails(label: string, content: string): this {
    return this.addRaw(this.wrap('details', this.wrap('summary', label) + content)).addEOL();
  }

  addTable(rows: SummaryTableRow[]): this {
    const body = rows
      .map((row) =>
        this.wrap(
          'tr',
          row
            .map((cell) => {
              if (typeof cell === 'string') return this.wrap('td', cell);
              const attrs: Record<string, string> = {};
              if (cell.colspan) attrs.colspan = cell.colspan;
              if (cell.rowspan) attrs.rowspan = cell.rowspan;
              return this.wrap(cell.header ? 'th' : 'td', cell.data, attrs);
            })
            .join(''),
        ),
      )
      .join('');
    return this.addRaw(this.wrap('table', body)).addEOL();
  }

  stringify(): string {
    return this.buffer;
  }

  isEmptyBuffer(): boolean {
    return this.buffer.length === 0;
  }

  emptyBuffer(): this {
    this.buffer = '';
    return this;
  }

  /** Appends the buffer to the summary file (replaces it with `overwrite`) and empties the buffer. */
  async write(options: { overwrite?: boolean } = {}): Promise<this> {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
      );
    }
    try {
      accessSync(file, fsConstants.R_OK | fsConstants.W_OK);
    } catch {
      throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    // Synchronous (a few KB): node:fs/promises would cost a few ms to load at every start.
    (options.overwrite ? writeFileSync : appendFileSync)(file, this.buffer, { encoding: 'utf8' });
    return this.emptyBuffer();
  }
}

export const summary = new Summary();
