import assert from 'node:assert/strict';
import { decodeText } from './decodeText';

describe('decodeText', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  const cases: [string, Uint8Array, ReturnType<typeof decodeText>][] = [
    ['empty', bytes(), { text: '' }],
    ['UTF-8', new TextEncoder().encode('Kyiv’s sirens'), { text: 'Kyiv’s sirens' }],
    ['UTF-8 with a BOM', bytes(0xef, 0xbb, 0xbf, 0x41), { text: 'A' }],
    ['UTF-16 LE with a BOM', bytes(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00), { text: 'AB' }],
    ['UTF-16 BE with a BOM', bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0x42), { text: 'AB' }],
    ['invalid UTF-8', bytes(0x41, 0xc3, 0x28), { text: 'A\ufffd(', warning: 'not valid UTF-8; undecodable bytes were replaced with U+FFFD' }],
    ['a lone UTF-16 surrogate', bytes(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00), { text: '\ufffdA', warning: 'not valid UTF-16; undecodable bytes were replaced with U+FFFD' }],
    ['binary', bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), { problem: 'looks like a binary file (it contains NUL bytes), not text' }],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.deepEqual(decodeText(input), expected));
});
