import { describe, expect, test } from 'vitest';
import { pythonFromRequirement, readScriptMetadata, ScriptMetadataError } from '../../../src/core/spec/uv-script.js';

const script = (...header: string[]) => ['#!/usr/bin/env python', ...header, 'import sys', ''].join('\n');

describe('PEP 723 script metadata', () => {
  test('requires-python and dependencies, with comments, both quote styles and a table after them', () => {
    const text = script(
      '# /// script',
      '# requires-python = ">=3.11"',
      '# dependencies = [',
      '#   "pandas==2.1.0",   # pinned',
      "#   'rich',",
      '# ]',
      '#',
      '# [tool.uv]',
      '# exclude-newer = "2025-01-01T00:00:00Z"',
      '# ///',
    );
    expect(readScriptMetadata(text)).toEqual({ requiresPython: '>=3.11', dependencies: ['pandas==2.1.0', 'rich'] });
  });

  test('no dependencies and no requires-python', () => {
    expect(readScriptMetadata(script('# /// script', '#', '# ///'))).toEqual({ dependencies: [] });
  });

  test('other blocks are not the script block', () => {
    expect(() => readScriptMetadata(script('# /// pyproject', '# x = "1"', '# ///'))).toThrow(/no '# \/\/\/ script' block/);
  });

  test.each([
    [
      'two script blocks',
      script('# /// script', '# dependencies = []', '# ///', 'x = 1', '# /// script', '# dependencies = []', '# ///'),
      /more than one/,
    ],
    ['an unterminated string', script('# /// script', '# requires-python = ">=3.11', '# ///'), /line 1: unterminated string/],
    ['a number in the array', script('# /// script', '# dependencies = [1]', '# ///'), /arrays must hold strings/],
    ['dependencies that are a string', script('# /// script', '# dependencies = "pandas"', '# ///'), /dependencies is not an array/],
  ])('%s', (_name, text, message) => {
    expect(() => readScriptMetadata(text)).toThrow(ScriptMetadataError);
    expect(() => readScriptMetadata(text)).toThrow(message);
  });

  test.each([
    ['>=3.11', '3.11'],
    ['>=3.10,<4', '3.10'],
    ['==3.12.*', '3.12'],
    ['~=3.12.1', '3.12'],
    ['<4, >= 3.9', '3.9'],
    ['>3.10', undefined],
    ['', undefined],
  ])('requires-python %j installs Python %s', (requirement, python) => {
    expect(pythonFromRequirement(requirement)).toBe(python);
  });
});
