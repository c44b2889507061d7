import { describe, expect, test } from 'vitest';
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
});
