/**
 * The OpenAPI document itself: the copy bundled into dist is current, it is internally consistent
 * (every $ref resolves, every schema compiles under JSON Schema 2020-12 in ajv's strict mode), and
 * it states the cross-cutting rules (problem+json errors, Idempotency-Key on every POST, scopes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CatalogContract, catalogContract } from '../../src/catalog-server/contract.js';
import { openapiYaml } from '../../src/catalog-server/openapi-document.generated.js';
import type {
  Attachment,
  AttachmentPut,
  Channel,
  Image,
  ImageCreate,
  Page,
  Problem,
  Promotion,
  PromotionCreate,
  Version,
  VersionCreate,
} from '../../src/platform/catalog/types.js';

const root = path.resolve(import.meta.dirname, '../..');
const contract = catalogContract();
type Operation = {
  operationId: string;
  security?: unknown[];
  parameters?: Array<{ $ref?: string; name?: string }>;
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
  requestBody?: unknown;
};

function operations(): Array<{ path: string; method: string; op: Operation }> {
  return Object.entries(contract.document.paths).flatMap(([p, item]) =>
    ['get', 'put', 'post'].filter((m) => item[m]).map((method) => ({ path: p, method, op: item[method] as Operation })),
  );
}

describe('openapi.yaml', () => {
  test('the embedded copy (what the bundles carry) equals the file; regenerate with node scripts/gen-catalog-openapi.ts', () => {
    expect(openapiYaml).toBe(readFileSync(path.join(root, 'src/platform/catalog/openapi.yaml'), 'utf8'));
  });

  test('is OpenAPI 3.1 and every $ref in it resolves', () => {
    expect(contract.document.openapi).toMatch(/^3\.1\.\d+$/);
    const refs: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref' && typeof value === 'string') refs.push(value);
          else walk(value);
        }
      }
    };
    walk(contract.document);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs)) expect(() => contract.resolve({ $ref: ref }), ref).not.toThrow();
  });

  test('every component schema and every response schema compiles (strict JSON Schema 2020-12)', () => {
    const fresh = new CatalogContract(openapiYaml);
    for (const { op } of operations()) {
      for (const status of Object.keys(op.responses)) {
        // validateResponse compiles the schema; a bad schema throws here.
        expect(() => fresh.validateResponse(op.operationId, Number(status), new Headers(), {})).not.toThrow();
      }
    }
  });

  test('operation ids are unique and each has a handler in the server', async () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const { CatalogService } = await import('../../src/catalog-server/server.js');
    expect(CatalogService).toBeDefined(); // its constructor throws when an operation has no handler (server tests construct it)
    expect([...contract.operations.keys()].sort()).toEqual([...ids].sort());
  });

  test('every error response is application/problem+json; every POST takes Idempotency-Key; writes need a scope', () => {
    for (const { method, op, path: p } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        const resolved = contract.resolve(response);
        expect(Object.keys(resolved.content ?? {}), `${method} ${p} ${status}`).toEqual(['application/problem+json']);
      }
      if (method === 'post') {
        expect(
          op.parameters?.some((param) => param.$ref === '#/components/parameters/IdempotencyKey'),
          `${p}`,
        ).toBe(true);
      }
      if (method !== 'get') {
        expect(op.security, `${method} ${p}`).toEqual([{ bearer: [expect.stringMatching(/^(register|promote)$/)] }]);
      }
    }
  });

  test('response validation catches a body, a status or a header the document does not allow', () => {
    const version = {
      id: 'ver_0123456789abcdef01234567',
      image: 'x',
      version: '1',
      digest: `sha256:${'a'.repeat(64)}`,
      image_ref: `r/x@sha256:${'a'.repeat(64)}`,
      source: { commit: 'a'.repeat(40) },
      build: { hash: 'h' },
      created_at: '2025-01-01T00:00:00Z',
    };
    const json = new Headers({ 'content-type': 'application/json' });
    expect(contract.validateResponse('getVersion', 200, json, version)).toEqual([]);
    expect(contract.validateResponse('getVersion', 200, json, { ...version, id: undefined })).not.toEqual([]);
    expect(contract.validateResponse('getVersion', 200, json, { ...version, extra: 1 })).not.toEqual([]);
    expect(contract.validateResponse('getVersion', 201, json, version)).toEqual([expect.objectContaining({ pointer: '#/status' })]);
    expect(contract.validateResponse('getAttachment', 200, json, {})).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer: '#/header/ETag' })]),
    );
  });
});

describe('the hand-written wire types (types.ts) match the document', () => {
  // `Required<…>` makes the compiler demand every property of the TypeScript type: a property the
  // schema does not allow fails `additionalProperties: false`; a schema property the type lacks
  // fails the key comparison.
  const digest = `sha256:${'b'.repeat(64)}`;
  const version: Required<Version> = {
    id: 'ver_0123456789abcdef01234567',
    image: 'ml-runtime',
    version: '1.0.0',
    digest,
    image_ref: `r/x@${digest}`,
    source: { commit: 'c'.repeat(40), run_url: 'https://ci.example/run/1' },
    build: { hash: 'h1-x' },
    description: 'd',
    created_at: '2025-01-01T00:00:00Z',
  };
  const samples: Array<[string, object]> = [
    ['ImageCreate', { name: 'ml-runtime', description: 'd' } satisfies Required<ImageCreate>],
    ['Image', { name: 'ml-runtime', description: 'd', created_at: '2025-01-01T00:00:00Z' } satisfies Required<Image>],
    [
      'VersionCreate',
      {
        version: '1.0.0',
        digest,
        image_ref: `r/x@${digest}`,
        source: { commit: 'c'.repeat(40), run_url: 'https://ci.example/run/1' },
        build: { hash: 'h' },
        description: 'd',
      } satisfies Required<VersionCreate>,
    ],
    ['Version', version],
    ['VersionPage', { items: [version], next_page_token: 'abc' } satisfies Required<Page<Version>>],
    ['AttachmentPut', { image: 'ml-runtime', version: '1.0.0' } satisfies Required<AttachmentPut>],
    [
      'Attachment',
      {
        target: 'job/42/main',
        image: 'ml-runtime',
        version: '1.0.0',
        version_id: version.id,
        digest,
        image_ref: `r/x@${digest}`,
        revision: 1,
        updated_at: '2025-01-01T00:00:00Z',
      } satisfies Required<Attachment>,
    ],
    [
      'Channel',
      {
        image: 'ml-runtime',
        channel: 'production',
        version: '1.0.0',
        version_id: version.id,
        digest,
        revision: 1,
        updated_at: '2025-01-01T00:00:00Z',
      } satisfies Required<Channel>,
    ],
    ['PromotionCreate', { version: '1.0.0', reason: 'r' } satisfies Required<PromotionCreate>],
    [
      'Promotion',
      {
        id: 'prm_0123456789abcdef01234567',
        image: 'ml-runtime',
        channel: 'production',
        version: '1.0.0',
        previous_version: null,
        reason: 'r',
        created_at: '2025-01-01T00:00:00Z',
      } satisfies Required<Promotion>,
    ],
    [
      'Problem',
      {
        type: 'tag:image-actions,2025:catalog/x',
        title: 't',
        status: 409,
        detail: 'd',
        instance: '/v1/x',
        code: 'x',
        request_id: 'r',
        errors: [{ pointer: '/a', detail: 'd' }],
        existing: version,
      } satisfies Required<Problem>,
    ],
  ];

  test.each(samples)('%s', (name, sample) => {
    expect(contract.validateComponent(name, sample)).toEqual([]);
    const schema = contract.resolve<{ properties?: Record<string, unknown> }>({ $ref: `#/components/schemas/${name}` });
    // Problem allows extension members (`existing` is one, documented on VersionConflictProblem).
    const documented = Object.keys(schema.properties ?? {}).sort();
    const typed = Object.keys(sample)
      .filter((key) => !(name === 'Problem' && key === 'existing'))
      .sort();
    expect(typed).toEqual(documented);
  });
});
