import { expect, test } from 'vitest';
import { redact } from '../../src/runtime/redact.js';

test.each([
  { text: 'token abc123 sent', secrets: ['abc123'], shown: 'token *** sent' },
  { text: 'ab and abcd', secrets: ['ab', 'abcd'], shown: '*** and ***' },
  { text: 'x=pw&y=pw', secrets: ['pw', ''], shown: 'x=***&y=***' },
  { text: 'nothing to hide', secrets: [], shown: 'nothing to hide' },
])('redact($text) → $shown', ({ text, secrets, shown }) => {
  expect(redact(text, secrets)).toBe(shown);
});
