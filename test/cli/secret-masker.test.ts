import { describe, expect, test } from 'vitest';
import * as core from '@actions/core';
import { SecretMasker } from '../../src/cli/secret-masker.js';

describe('SecretMasker (the CLI honours ::add-mask:: as the runner does)', () => {
  test.each([
    { chunks: ['::add-mask::s3cret\n', 'token is s3cret\n'], shown: 'token is ***\n' },
    { chunks: ['::add-mask::ab\n::add-mask::abcd\n', 'abcd ab\n'], shown: '*** ***\n' },
    { chunks: ['::add-mask::s3c', 'ret\nusing s3', 'cret now\n'], shown: 'using *** now\n' },
    { chunks: ['no secrets here\n'], shown: 'no secrets here\n' },
  ])('$chunks → $shown', ({ chunks, shown }) => {
    const masker = new SecretMasker();
    expect(chunks.map((chunk) => masker.filter(chunk)).join('') + masker.flush()).toBe(shown);
  });

  test('an unfinished last line is shown by flush, redacted', () => {
    const masker = new SecretMasker();
    expect(masker.filter('::add-mask::pw\nlast pw')).toBe('');
    expect(masker.flush()).toBe('last ***\n');
    expect(masker.redact('{"x":"pw"}')).toBe('{"x":"***"}');
  });

  // Regression: @actions/core escapes %, CR and LF in ::add-mask:: data; the masker must unescape them.
  test.each(['50%off', 'a%25b', 'line1\nline2', 'cr\rhere', '%0A-literal'])(
    'a secret written by core.setSecret is masked: %j',
    (secret) => {
      const masker = new SecretMasker();
      let command = '';
      const write = process.stdout.write;
      process.stdout.write = ((chunk: string) => ((command += chunk), true)) as typeof process.stdout.write;
      try {
        core.setSecret(secret);
      } finally {
        process.stdout.write = write;
      }
      expect(masker.filter(command)).toBe('');
      expect(masker.redact(`before ${secret} after`)).toBe('before *** after');
    },
  );
});
