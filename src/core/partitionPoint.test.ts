import assert from 'node:assert/strict';
import { partitionPoint } from './partitionPoint';

describe('partitionPoint', () => {
  const sorted = [1, 3, 3, 5, 8];
  const cases: [string, number, number][] = [
    ['before everything', 0, 0],
    ['the first of equal values', 3, 1],
    ['between values', 4, 3],
    ['after everything', 9, 5],
  ];
  for (const [name, value, expected] of cases) {
    it(`first index not below ${value}: ${name}`, () => assert.equal(partitionPoint(sorted.length, (i) => sorted[i] < value), expected));
  }
  it('an empty range gives 0', () => assert.equal(partitionPoint(0, () => true), 0));
});
