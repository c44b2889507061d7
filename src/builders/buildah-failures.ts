/**
 * What a failed buildah command says about running it again. buildah ends every failure with one
 * `Error: …` line in containers/image's words; only the last such line is read, so a RUN step that
 * prints "500" or "connection reset" itself is never taken for a registry failure (its failure
 * ends with `Error: building at STEP "RUN …": exit status N`, which is final). Pure.
 *
 * Transient: 429 and 5xx (but 501/505), `toomanyrequests`, dropped or timed-out connections — what
 * the registry client retries too. Final: everything else, and in particular 401/403/404 (no
 * credentials, no permission, no such image): asking again changes nothing.
 */
import { isRetryableStatus } from '../core/retry.js';

export type BuildahFailure =
  | {
      kind: 'transient';
      /** The registry error, in buildah's words (for the log line that says what is retried and why). */
      reason: string;
      /** It happened while writing the layer cache (`--cache-to`), not while pulling. */
      cachePush: boolean;
    }
  | { kind: 'final' };

const finalWords =
  /\b(unauthorized|authentication required|denied|forbidden|manifest unknown|name unknown|not found|no such host|insufficient_scope|invalid username\/password|x509|certificate)\b/i;

const transientConnection =
  /\b(EOF|connection reset by peer|broken pipe|use of closed network connection|i\/o timeout|TLS handshake timeout|Client\.Timeout exceeded|server sent GOAWAY|http2: client connection lost|server closed idle connection|transport connection broken)\b/i;

/** The last `Error: …` line buildah printed, without the prefix; undefined when there is none. */
export function lastBuildahError(output: string): string | undefined {
  const lines = output.split('\n').filter((line) => /^Error: /.test(line));
  return lines.at(-1)?.slice('Error: '.length).trim();
}

/** Statuses containers/image mentions in an error line, in any of its wordings. */
function statusesIn(error: string): number[] {
  // `received unexpected HTTP status: 500 …`, `invalid status code from registry 500 (…)`,
  // `failed to read from destination repository r: 500 (…)` and `StatusCode: 429`.
  return [
    ...error.matchAll(/(?:HTTP status: |StatusCode: |status code (?:from registry )?)(\d{3})\b/g),
    ...error.matchAll(/\b(\d{3}) \([A-Z][A-Za-z -]*\)/g),
  ].map((match) => Number(match[1]));
}

/**
 * The registry (or the network) said no for good: no credentials or permission (401/403), no such
 * image (404), a host that does not resolve, a certificate refused. Asking again, with any client,
 * changes nothing.
 */
export function isRefusal(error: string): boolean {
  return finalWords.test(error) || statusesIn(error).some((status) => status >= 400 && !isRetryableStatus(status));
}

export function classifyBuildahFailure(output: string): BuildahFailure {
  const error = lastBuildahError(output);
  if (error === undefined || /^building at STEP /.test(error) || isRefusal(error)) return { kind: 'final' };
  const transient =
    statusesIn(error).some((status) => isRetryableStatus(status)) || /\btoomanyrequests\b/i.test(error) || transientConnection.test(error);
  if (!transient) return { kind: 'final' };
  return {
    kind: 'transient',
    reason: error.length > 300 ? `${error.slice(0, 300)}…` : error,
    cachePush: /failed pushing cache to/.test(error),
  };
}
