import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { parseImageSpec } from '../../../src/core/spec/parse.js';
import { renderSpec } from '../../../src/core/spec/render.js';
test('scratch', () => {
const file = process.env.SPEC!;
try {
const spec = parseImageSpec({ text: readFileSync(file, 'utf8'), fileName: 'image.yaml', specDir: '/tmp/spec-scratch', env: { GITHUB_SHA: 'abc123' } });
const r = renderSpec(spec, new Map());
process.stdout.write(r.dockerfile);
console.log(JSON.stringify(r.contextPaths.map(c=>c.path)), r.secretIds, r.warnings);
} catch (e) { console.log(String((e as Error).message)); }
});
