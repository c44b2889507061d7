import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { asciiOnly } from '../../scripts/ascii-only.js';

/** Evaluates `code` as an expression in a fresh context and returns it as JSON (comparable across contexts). */
const evaluate = (code: string): unknown => JSON.parse(runInNewContext(`JSON.stringify(${code})`) as string);

describe('asciiOnly', () => {
  test.each([
    ['a string', `'≤ 1.5 × — ✓'`],
    ['a template', '`from ${1} → ${2} …`'],
    ['an astral character in a string', `'😀 ok'`],
    [
      'a regular expression',
      String.raw`[/^[äöü]+$/u.test('öä'), /[äöü]/.test('a'), /😀/u.test('😀'), /^.$/u.test('😀'), /[–—]/.test('—')]`,
    ],
    ['an identifier and a comment', `(() => { const café = 1; /* ≥ */ return café + 1; })()`],
  ])('%s means the same after escaping', (_name, code) => {
    const escaped = asciiOnly(code);
    expect(escaped).not.toMatch(/[\u0080-\u{10ffff}]/u);
    expect(evaluate(escaped)).toEqual(evaluate(code));
  });

  test('ASCII stays as it is', () => {
    const code = `const a = 'plain'; // comment\n`;
    expect(asciiOnly(code)).toBe(code);
  });

  test('a backslash before a non-ASCII character is refused', () => {
    expect(() => asciiOnly(String.raw`'\é'`)).toThrow(/backslash before a non-ASCII character at offset 2/);
  });
});
