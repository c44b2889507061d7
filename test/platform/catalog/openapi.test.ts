/**
 * The OpenAPI document itself: the copy bundled into dist is current, it is internally consistent
 * (every $ref resolves, every schema compiles under JSON Schema 2020-12 in ajv's strict mode), and
 * it states the cross-cutting rules (problem+json errors, Idempotency-Key on every POST, scopes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CatalogContract, catalogContract } from '../../../src/platform/catalog/contract.js';
import { openapiYaml } from '../../../src/platform/catalog/openapi-document.generated.js';

const root = path.resolve(import.meta.dirname, '../../..');
const contract = catalogContract();
type Operation = { operationId: string; security?: unknown[]; parameters?: Array<{ $ref?: string; name?: string }>; responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>; requestBody?: unknown };

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
    const { CatalogService } = await import('../../../src/platform/catalog/server.js');
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
        expect(op.parameters?.some((param) => param.$ref === '#/components/parameters/IdempotencyKey'), `${p}`).toBe(true);
      }
      if (method !== 'get') {
        expect(op.security, `${method} ${p}`).toEqual([{ bearer: [expect.stringMatching(/^(register|promote)$/)] }]);
      }
    }
  });

  test('response validation catches a body, a status or a header the document does not allow', () => {
    const version = { id: 'ver_0123456789abcdef01234567', image: 'x', version: '1', digest: `sha256:${'a'.repeat(64)}`, image_ref: `r/x@sha256:${'a'.repeat(64)}`, source: { commit: 'a'.repeat(40) }, build: { hash: 'h' }, created_at: '2025-01-01T00:00:00Z' };
    const json = new Headers({ 'content-type': 'application/json' });
    expect(contract.validateResponse('getVersion', 200, json, version)).toEqual([]);
    expect(contract.validateResponse('getVersion', 200, json, { ...version, id: undefined })).not.toEqual([]);
    expect(contract.validateResponse('getVersion', 200, json, { ...version, extra: 1 })).not.toEqual([]);
    expect(contract.validateResponse('getVersion', 201, json, version)).toEqual([expect.objectContaining({ pointer: '#/status' })]);
    expect(contract.validateResponse('getAttachment', 200, json, {})).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '#/header/ETag' })]));
  });
});
