/**
 * The JSON Schema of an image spec (validated with ajv). The YAML is read with the failsafe schema
 * (every scalar a string, so `python: 3.10` stays "3.10"); ajv coerces the few boolean and integer
 * fields. Shorthands use union types (`apt: [git]` or `apt: {packages: [git], secret-mounts: …}`) so
 * that each mistake yields one direct error rather than one per `oneOf` branch. Rules a schema
 * cannot say clearly (exactly one base, `.txt` requirements, …) live in parse.ts.
 */

const nonEmpty = { type: 'string', minLength: 1 } as const;
const stringList = { type: 'array', items: nonEmpty } as const;

const secretMounts = {
  type: 'array',
  items: {
    type: 'object',
    required: ['id'],
    additionalProperties: false,
    properties: { id: nonEmpty, env: nonEmpty, target: nonEmpty },
  },
} as const;

const pipOptions = {
  'index-url': nonEmpty,
  'extra-index-urls': stringList,
  pre: { type: 'boolean' },
  'extra-args': stringList,
  'secret-mounts': secretMounts,
} as const;

/** Each layer kind: its shorthand type and its long form. */
export const layerSchemas = {
  apt: {
    type: ['array', 'object'],
    items: nonEmpty,
    required: ['packages'],
    additionalProperties: false,
    properties: { packages: stringList, 'secret-mounts': secretMounts },
  },
  pip: {
    type: ['array', 'object'],
    items: nonEmpty,
    additionalProperties: false,
    properties: { packages: stringList, requirements: stringList, ...pipOptions },
  },
  requirements: {
    type: ['string', 'object'],
    minLength: 1,
    required: ['file'],
    additionalProperties: false,
    properties: { file: nonEmpty, ...pipOptions },
  },
  'uv-project': {
    type: ['string', 'object'],
    minLength: 1,
    required: ['pyproject'],
    additionalProperties: false,
    properties: { pyproject: nonEmpty, 'uv-lock': nonEmpty, 'secret-mounts': secretMounts },
  },
  source: {
    type: ['string', 'object'],
    minLength: 1,
    required: ['src'],
    additionalProperties: false,
    properties: { src: nonEmpty, dst: nonEmpty },
  },
  env: { type: 'object', additionalProperties: { type: 'string' } },
  workdir: nonEmpty,
  commands: {
    type: ['array', 'object'],
    items: nonEmpty,
    required: ['run'],
    additionalProperties: false,
    properties: { run: stringList, 'secret-mounts': secretMounts },
  },
  user: {
    type: ['string', 'object'],
    minLength: 1,
    required: ['name'],
    additionalProperties: false,
    properties: { name: nonEmpty, uid: { type: 'integer' } },
  },
} as const;

export const BASE_KEYS = ['base', 'debian-python', 'dockerfile', 'uv-script'] as const;

export const specSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    base: nonEmpty,
    'debian-python': {
      type: ['string', 'object'],
      minLength: 1,
      required: ['python'],
      additionalProperties: false,
      properties: { python: nonEmpty },
    },
    dockerfile: nonEmpty,
    'uv-script': {
      type: ['string', 'object'],
      minLength: 1,
      required: ['script'],
      additionalProperties: false,
      properties: { script: nonEmpty, python: nonEmpty },
    },
    parent: nonEmpty,
    'skip-build': { type: 'boolean' },
    context: nonEmpty,
    dockerignore: nonEmpty,
    layers: {
      type: 'array',
      items: {
        type: 'object',
        minProperties: 1,
        maxProperties: 1,
        additionalProperties: false,
        properties: layerSchemas,
      },
    },
    platforms: { type: ['array', 'string'], items: nonEmpty },
    registry: nonEmpty,
    name: nonEmpty,
    tag: nonEmpty,
  },
} as const;
