/**
 * The catalog's OpenAPI document as executable checks: route matching, the scopes each operation
 * needs, and ajv (JSON Schema 2020-12) validators for parameters, request bodies and responses, all
 * read from the document itself so the server cannot drift from it.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { openapiYaml } from './openapi-document.generated.js';
import type { Scope } from '../platform/catalog/types.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

export type Method = 'GET' | 'PUT' | 'POST';
const methods: Method[] = ['GET', 'PUT', 'POST'];

export interface ValidationIssue {
  /** JSON pointer into the body (`/source/commit`), or `#/header/<name>`, `#/query/<name>`, `#/path/<name>`. */
  pointer: string;
  detail: string;
}

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: unknown;
  'x-allow-unencoded-slash'?: boolean;
  $ref?: string;
}

interface OpenApiOperation {
  operationId: string;
  security?: Array<Record<string, string[]>>;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: unknown }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }>; headers?: Record<string, unknown> }>;
}

export interface Operation {
  operationId: string;
  method: Method;
  /** The path template of the document, e.g. `/v1/images/{image}/versions`. */
  template: string;
  /** Alternatives of required scopes; empty when the operation needs no token. */
  scopes: Scope[][];
  hasBody: boolean;
  validateParams(location: 'path' | 'query' | 'header', values: Record<string, unknown>): ValidationIssue[];
  validateBody(body: unknown): ValidationIssue[];
}

export type RouteMatch =
  | { kind: 'found'; operation: Operation; pathParams: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: Method[] }
  | { kind: 'bad-path'; detail: string }
  | { kind: 'not-found' };

interface CompiledPath {
  template: string;
  regex: RegExp;
  names: string[];
  operations: Map<Method, Operation>;
}

const documentId = 'catalog-openapi.json';

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function issuesFrom(errors: ErrorObject[] | null | undefined, prefix: string): ValidationIssue[] {
  return (errors ?? []).map((error) => {
    let pointer = error.instancePath;
    if (error.keyword === 'required') pointer += `/${escapePointer(String(error.params.missingProperty))}`;
    if (error.keyword === 'additionalProperties') pointer += `/${escapePointer(String(error.params.additionalProperty))}`;
    const detail =
      error.keyword === 'additionalProperties'
        ? 'is not allowed here'
        : error.keyword === 'required'
          ? 'is required'
          : (error.message ?? 'is invalid');
    return { pointer: prefix ? `${prefix}${pointer.replace(/^\//, '')}` : pointer || '/', detail };
  });
}

function rerootRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rerootRefs);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${documentId}${value}` : rerootRefs(value),
    ]),
  );
}

export class CatalogContract {
  readonly document: Record<string, unknown> & { paths: Record<string, Record<string, unknown>> };
  readonly yamlText: string;
  private readonly bodies: Ajv2020;
  private readonly params: Ajv2020;
  private readonly paths: CompiledPath[] = [];
  readonly operations = new Map<string, Operation>();

  constructor(yamlText: string = openapiYaml) {
    this.yamlText = yamlText;
    this.document = parse(yamlText) as CatalogContract['document'];
    // One instance validates bodies as they are; the other coerces query/header strings to the
    // schema's types (page_size=2 → 2) and fills defaults, as the document describes them.
    this.bodies = this.newAjv({});
    this.params = this.newAjv({ coerceTypes: true, useDefaults: true });
    for (const [template, item] of Object.entries(this.document.paths)) this.compilePath(template, item);
  }

  private newAjv(options: { coerceTypes?: boolean; useDefaults?: boolean }): Ajv2020 {
    const ajv = new Ajv2020({ allErrors: true, strict: true, ...options });
    addFormats(ajv);
    // The document is added whole so `#/components/…` refs resolve; its top-level members and the
    // OpenAPI keywords that may sit next to JSON Schema keywords are known to ajv as annotations.
    ajv.addVocabulary(['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'components', 'webhooks', 'jsonSchemaDialect']);
    ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
    ajv.addSchema(this.document, documentId);
    return ajv;
  }

  /** Follows a local `$ref` (`#/components/…`) to the object it names. */
  resolve<T>(value: T | { $ref: string }): T {
    let current: unknown = value;
    for (let hops = 0; current && typeof current === 'object' && '$ref' in current; hops += 1) {
      if (hops > 10) throw new Error('$ref loop in the OpenAPI document');
      const ref = String((current as { $ref: string }).$ref);
      if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
      current = ref
        .slice(2)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], this.document);
      if (current === undefined) throw new Error(`unresolved $ref ${ref}`);
    }
    return current as T;
  }

  /** A schema that is a pointer into the document, so its `$ref`s resolve against the document. */
  private schemaAt(pointer: string): { $ref: string } {
    return { $ref: `${documentId}#${pointer}` };
  }

  private compilePath(template: string, item: Record<string, unknown>): void {
    const shared = ((item.parameters as OpenApiParameter[] | undefined) ?? []).map((p) => this.resolve(p));
    const names: string[] = [];
    const slashParams = new Set(shared.filter((p) => p['x-allow-unencoded-slash']).map((p) => p.name));
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return slashParams.has(name) ? '(.+)' : '([^/]+)';
      })
      .join('');
    const compiled: CompiledPath = { template, regex: new RegExp(`^${source}$`), names, operations: new Map() };
    for (const method of methods) {
      const raw = item[method.toLowerCase()] as OpenApiOperation | undefined;
      if (!raw) continue;
      const operation = this.compileOperation(template, method, raw, shared);
      compiled.operations.set(method, operation);
      this.operations.set(operation.operationId, operation);
    }
    this.paths.push(compiled);
  }

  private compileOperation(template: string, method: Method, raw: OpenApiOperation, shared: OpenApiParameter[]): Operation {
    const pointer = `/paths/${escapePointer(template)}/${method.toLowerCase()}`;
    const own = (raw.parameters ?? []).map((p) => this.resolve(p));
    const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
    const validators = new Map<string, ValidateFunction>();
    for (const location of ['path', 'query', 'header'] as const) {
      const inHere = parameters.filter((p) => p.in === location);
      const key = (p: OpenApiParameter) => (location === 'header' ? p.name.toLowerCase() : p.name);
      validators.set(
        location,
        this.params.compile({
          type: 'object',
          // Parameter schemas use $refs relative to the document: point them at the document.
          properties: Object.fromEntries(inHere.map((p) => [key(p), rerootRefs(p.schema)])),
          required: inHere.filter((p) => p.required).map(key),
          // Unknown headers are normal; unknown query parameters are mistakes worth reporting.
          additionalProperties: location === 'header',
        }),
      );
    }
    const json = raw.requestBody?.content['application/json'];
    const bodyValidator = json ? this.bodies.compile(this.schemaAt(`${pointer}/requestBody/content/application~1json/schema`)) : undefined;
    const security = raw.security ?? (this.document.security as OpenApiOperation['security']) ?? [];
    const scopes = security.map((requirement) => (requirement.bearer ?? []) as Scope[]);
    return {
      operationId: raw.operationId,
      method,
      template,
      scopes: security.length === 0 ? [] : scopes,
      hasBody: Boolean(bodyValidator),
      validateParams: (location, values) => {
        const validate = validators.get(location);
        if (!validate || validate(values)) return [];
        return issuesFrom(validate.errors, `#/${location}/`);
      },
      validateBody: (body) => {
        if (!bodyValidator || bodyValidator(body)) return [];
        return issuesFrom(bodyValidator.errors, '');
      },
    };
  }

  /** Matches a raw (still percent-encoded) request path; parameters come back decoded. */
  match(method: string, rawPath: string): RouteMatch {
    const allowed: Method[] = [];
    for (const path of this.paths) {
      const found = path.regex.exec(rawPath);
      if (!found) continue;
      const operation = path.operations.get(method as Method);
      if (!operation) {
        allowed.push(...path.operations.keys());
        continue;
      }
      const pathParams: Record<string, string> = {};
      for (const [index, name] of path.names.entries()) {
        try {
          pathParams[name] = decodeURIComponent(found[index + 1] ?? '');
        } catch {
          return { kind: 'bad-path', detail: `the ${name} in the path is not valid percent-encoding` };
        }
      }
      return { kind: 'found', operation, pathParams };
    }
    return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
  }

  /** Validates a value against `#/components/schemas/<name>`. */
  validateComponent(name: string, value: unknown): ValidationIssue[] {
    const pointer = `/components/schemas/${escapePointer(name)}`;
    const validate = this.bodies.getSchema(`${documentId}#${pointer}`) ?? this.bodies.compile(this.schemaAt(pointer));
    return validate(value) ? [] : issuesFrom(validate.errors, '');
  }

  /**
   * Checks a response against the document: the status must be declared for the operation, the
   * body must match the schema of its content type, and required headers must be present.
   */
  validateResponse(operationId: string, status: number, headers: Headers, body: unknown): ValidationIssue[] {
    const entry = Object.entries(this.document.paths)
      .flatMap(([template, item]) =>
        methods.map((m) => ({ template, method: m, op: item[m.toLowerCase()] as OpenApiOperation | undefined })),
      )
      .find((candidate) => candidate.op?.operationId === operationId);
    if (!entry?.op) return [{ pointer: '#', detail: `no operation ${operationId}` }];
    const declared = entry.op.responses[String(status)];
    if (!declared) return [{ pointer: '#/status', detail: `status ${status} is not declared for ${operationId}` }];
    const response = this.resolve(declared);
    const issues: ValidationIssue[] = [];
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const spec = this.resolve(header as { required?: boolean; schema: { pattern?: string } });
      const value = headers.get(name);
      if (value === null) {
        if (spec.required) issues.push({ pointer: `#/header/${name}`, detail: 'is required' });
      } else if (spec.schema.pattern && !new RegExp(spec.schema.pattern).test(value)) {
        issues.push({ pointer: `#/header/${name}`, detail: `does not match ${spec.schema.pattern}` });
      }
    }
    const contentType = (headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    const content = response.content?.[contentType];
    if (!content) {
      issues.push({
        pointer: '#/header/content-type',
        detail: `${contentType || 'none'} is not declared (${Object.keys(response.content ?? {}).join(', ')})`,
      });
      return issues;
    }
    const statusKey = Object.keys(entry.op.responses).find((key) => key === String(status)) ?? String(status);
    const pointer = declared.$ref
      ? `${declared.$ref.slice(1)}/content/${escapePointer(contentType)}/schema`
      : `/paths/${escapePointer(entry.template)}/${entry.method.toLowerCase()}/responses/${statusKey}/content/${escapePointer(contentType)}/schema`;
    const validate = this.bodies.getSchema(`${documentId}#${pointer}`) ?? this.bodies.compile(this.schemaAt(pointer));
    if (!validate(body)) issues.push(...issuesFrom(validate.errors, ''));
    return issues;
  }
}

let shared: CatalogContract | undefined;

/** The contract of the embedded document, compiled once per process. */
export function catalogContract(): CatalogContract {
  shared ??= new CatalogContract();
  return shared;
}
