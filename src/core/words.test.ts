import assert from 'node:assert/strict';
import { negatedForm, NEGATIONS, OPPOSITES } from './words';

describe('words', () => {
  const table: [string, string, boolean][] = [
    ['supervised', 'unsupervised', true],
    ['nonlinear', 'linear', true],
    ['under', 'der', false],
    ['unit', 'it', false],
    ['cover', 'recover', false],
    ['efficient', 'inefficient', true],
    ['impossible', 'possible', true],
    ['legal', 'illegal', true],
    ['regular', 'irregular', true],
    ['sight', 'insight', false],
    ['plant', 'implant', false],
    ['form', 'inform', false],
    ['valuable', 'invaluable', false],
    ['national', 'international', false],
    ['partial', 'impartial', false],
  ];
  for (const [a, b, expected] of table) {
    it(`${expected ? 'reads' : 'does not read'} "${a}" and "${b}" as a negated form`, () => assert.equal(negatedForm(a, b), expected));
  }

  it('counts "without" as a negation and lists opposites both ways', () => {
    assert.ok(NEGATIONS.has('without'));
    assert.ok(OPPOSITES.get('implicit')?.has('explicit'));
    assert.ok(OPPOSITES.get('explicit')?.has('implicit'));
    assert.ok(OPPOSITES.get('sceptical')?.has('confident'));
    assert.ok(OPPOSITES.get('criticized')?.has('praised'));
  });
});
