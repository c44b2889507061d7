/**
 * Support for the register tests: the real reference catalog (`node dist/cli/index.js catalog
 * serve`, temp SQLite file) with known tokens, a reader that looks at what the server stored, and a
 * runner for the bundled register action (dist/register/index.js) through the runner-faithful harness.
 */
import { runAction, type ActionResult } from '../../harness/run-action.js';
import { startCatalogProcess, tempDb, type CatalogProcess } from '../../support/catalog-server.js';

export const tokens = {
  register: 'reg-test-4b1f9e27c3d85a60',
  read: 'read-test-8e2d5c91f0a7b346',
  /** Known to the server, but without the register scope: 403. */
  promoteOnly: 'prm-test-1a9c7e35d2b08f64',
  /**
   * A JWT-shaped GitHub id-token. The reference server knows only CATALOG_TOKENS; listing the
   * id-token there stands in for a catalog that accepts GitHub OIDC tokens.
   */
  idToken: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvaW1hZ2VzOnJlZjpyZWZzL2hlYWRzL21haW4ifQ.c2lnbmF0dXJlLWZvci10ZXN0cw',
};

export const tokenSpec = `${tokens.register}:register,${tokens.read}:read,${tokens.promoteOnly}:promote,${tokens.idToken}:register`;

export function digestOf(char: string): string {
  return `sha256:${char.repeat(64)}`;
}

export const commit = 'c0ffee'.padEnd(40, '0');
export const hash = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
export const hashTag = `h1-${hash.slice(0, 32)}`;

export interface CatalogForTests {
  server: CatalogProcess;
  url: string;
  /** GET as the read-only caller; `undefined` on 404. */
  read: (path: string) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Every version of an image (empty when the image does not exist). */
  versions: (image: string) => Promise<
    Array<{
      id: string;
      version: string;
      digest: string;
      image_ref: string;
      source: { commit: string; run_url?: string };
      build: { hash: string };
    }>
  >;
  stop: () => Promise<void>;
}

export async function startCatalog(): Promise<CatalogForTests> {
  const temp = tempDb();
  const server = await startCatalogProcess({ tokens: tokenSpec, db: temp.db });
  const read = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${tokens.read}` } });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`GET ${path} → ${response.status}: ${await response.text()}`);
    return response.json();
  };
  return {
    server,
    url: server.url,
    read,
    versions: async (image) => ((await read(`/v1/images/${encodeURIComponent(image)}/versions?page_size=500`)) ?? { items: [] }).items,
    stop: async () => {
      await server.stop();
      temp.cleanup();
    },
  };
}

/** Runs dist/register/index.js with the catalog inputs every test needs, plus `inputs`. */
export function register(endpoint: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionResult> {
  return runAction('register', {
    inputs: {
      platform: 'catalog',
      endpoint,
      token: tokens.register,
      commit,
      hash,
      ...inputs,
    },
    env,
    timeoutMs: 90_000,
  });
}

/**
 * Everything a step shows or leaves behind (stdout, stderr, outputs, state, env, summary), without
 * the `::add-mask::` commands: the runner consumes those to learn what to mask and never prints them.
 */
export function visibleText(result: ActionResult): string {
  return result.allText
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}
