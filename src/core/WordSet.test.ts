import * as assert from 'node:assert/strict';
import { tokenize } from './tokenize';
import { WordSet } from './WordSet';

describe('WordSet.covers', () => {
  const cases: [string, string, boolean][] = [
    ['Russia', 'Russian', true],
    ['economy', 'economic', true],
    ['competition', 'competitive', true],
    ['Zelenskyy', 'Zelenskiy', true],
    ['negotiations', 'negotiators', true],
    ['microscope', 'Microsoft', false],
    ['BestInsuranceXYZ', 'BestInsuranceNOX', false],
    ['Austria', 'Australia', false],
  ];
  for (const [source, draft, expected] of cases) {
    it(`"${draft}" ${expected ? 'is' : 'is not'} found where the source says "${source}"`, () => {
      assert.equal(new WordSet(tokenize(source)).covers(tokenize(draft)[0]), expected);
    });
  }
});
