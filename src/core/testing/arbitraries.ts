import fc from 'fast-check';

/**
 * Strings of any UTF-16 code units and code points of every plane, lone surrogates included:
 * what fast-check's `unit: 'binary'` gives, without its ten-second first call.
 */
export function anyText(maxLength: number): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
    { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
  );
  return fc.string({ unit, maxLength });
}
