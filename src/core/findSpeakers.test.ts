import assert from 'node:assert/strict';
import { findSpeakers, sameByInitials, sameSpeaker, speakerKey } from './findSpeakers';
import { tokenize } from './tokenize';

const speakers = (text: string, last?: string) =>
  findSpeakers(text, tokenize(text), last ? { name: last, key: speakerKey(last) } : undefined).map((s) => s.name);

describe('findSpeakers', () => {
  const table: [string, string[], string?][] = [
    ['Zelenskyy said he was seeking details.', ['Zelenskyy']],
    ['"We need details," Zelenskyy said.', ['Zelenskyy']],
    ['"We need details," said Zelenskyy.', ['Zelenskyy']],
    ['Ukrainian President Volodymyr Zelenskyy told reporters that it was open.', ['Ukrainian President Volodymyr Zelenskyy']],
    ['Putin reiterated his demand, according to the Kremlin.', ['Putin', 'the Kremlin']],
    // A role in lower case before the name, run on or set off by commas, and after a possessive.
    ['According to chief financial officer Marek Dusil, the plant will employ 180 people.', ['Marek Dusil']],
    ['The plant will open soon, said chief executive Annika Holmvik.', ['Annika Holmvik']],
    ["According to Kvist's purchasing director, Lene Brask, Norvale won on price.", ['Lene Brask']],
    ["According to Kvist's figures, sales rose.", ["Kvist's"]],
    ['According to the state broadcaster in Gramaport, talks failed.', []],
    ['The plant will close, according to union sources Reuters spoke to.', []],
    // A title abbreviated before the name; a negation or a modal before the verb.
    ['"The effect was larger than we expected," said Dr. Ines Vallemar, who led the study.', ['Dr. Ines Vallemar']],
    ['But the researchers cannot say whether the effect lasts.', []],
    ['Trump did not say when the talks would resume.', []],
    ['"We were never informed," Jones said, adding that Smith never told the board.', ['Jones']],
    ['Smith should tell the truth, Jones said.', ['Jones']],
    ['"It was a good year," said chief executive Annika Holmvik (pictured).', ['Annika Holmvik']],
    ['The road will close, according to police chief Jane Doe in a statement.', ['Jane Doe']],
    ['"We are ready," said Prof. Ines Vallemar.', ['Prof. Ines Vallemar']],
    // The name a relative clause of speech is set after.
    ['Gideon Farrow KC, who told the court the claim was late, lost the appeal.', ['Gideon Farrow KC']],
    ['The ruling went against Farrow, who said he would appeal.', ['Farrow']],
    // A speech verb inside a quotation is the quoted speaker's, and "I" is no name.
    ['"I told them at half-time we would win," Okafor said.', ['Okafor']],
    ['Okafor added: "We said all week that we would press high."', ['Okafor']],
    ['Putin has the cards, Trump has said repeatedly.', ['Trump']],
    ['US officials have previously stated that Iran helped.', ['US officials']],
    ['He added: "There are two sides."', ['Zelenskyy'], 'Zelenskyy'],
    ['He added: "There are two sides."', []],
    ['According to the water board, levels fell.', ['the water board']],
    ['Trump and Putin agreed to a pause.', []],
    ['The water board said levels fell.', ['The water board']],
    ['Putin during the call reiterated his demand.', []],
    ['A spokesman for the water board said levels fell.', ['the water board']],
    ['Officials at the ministry said talks failed.', ['the ministry']],
    // The quotation's first word is not a speaker, even with a stray mark before the verb.
    ['Trump said. He "added: “Trying to negotiate is wrong.”', ['Trump']],
    ['"Talks matter," said: “Peace comes first.”', []],
    // An appositive between the name and the verb: the name speaks, not what follows "said".
    ['Mayor Jane Ortiz, a Democrat, said the city will plant trees.', ['Mayor Jane Ortiz']],
    ['Ortiz, 54, told reporters the city will plant trees.', ['Ortiz']],
    // A name set after an inverted speaker's role is the speaker; a clause there is not.
    ['"We are not against trams," said the group\'s chair, Helen Marsh.', ['Helen Marsh']],
    ['"We will fight it," said the mayor, who was angry.', ['the mayor']],
    ['"We are not against trams," said the group\'s chair, Dr. Helen Marsh.', ['Helen Marsh']],
    ['According to the report, Germany, France and Italy will sign.', ['the report']],
    ['Trump, who spoke with Putin for two hours, said the call went well.', ['Trump']],
    ['Jane Ortiz, mayor of Springfield, said the city will plant trees.', ['Jane Ortiz']],
    ['Ortiz, 54, a Democrat, said the city will plant trees.', ['Ortiz']],
    // An opening word before the commas is no name.
    ['However, in 1958, reports said the station should close.', []],
    ['In a statement, the Kremlin said the truce holds.', ['the Kremlin']],
    // People named by their role speak, in lower case too; the clause after "said" never does.
    ['In Kyiv, officials, who asked not to be named, said the talks failed.', ['officials']],
    ['Two senior officials, who asked not to be named, said the Kremlin had agreed.', ['officials']],
    ['The minister, who spoke on condition of anonymity, said the talks failed.', ['The minister']],
    ['Russian officials, speaking on condition of anonymity, said the talks failed.', ['Russian officials']],
    ['On Monday, officials said Putin would respond.', ['officials']],
    ['The talks failed, officials said.', ['officials']],
    ['In Kyiv, a man who asked not to be named, said the talks failed.', []],
    ['In Kyiv, a man who asked not to be named, said Putin would respond.', []],
    ['In Kyiv, a man who asked not to be named, said he would resign.', [], 'Zelenskyy'],
    ['said the city will plant trees.', []],
    ['A spokesman, who asked not to be named, said the talks failed.', ['A spokesman']],
    ['According to officials, the talks failed.', ['officials']],
    ['According to him, the talks failed.', ['Zelenskyy'], 'Zelenskyy'],
    ['According to her spokesman, the talks failed.', [], 'Zelenskyy'],
    // A passive "told" or "asked" has a listener for its subject, not a speaker.
    ['Zelenskyy was told the talks failed.', []],
    ['Putin was asked whether the talks failed.', []],
    // A function word opening the sentence is no part of a name.
    ['As Putin said, the talks failed.', ['Putin']],
    ['When asked, Putin said the talks failed.', ['Putin']],
    ['It was said that the talks failed.', []],
    ['US officials said the talks failed.', ['US officials']],
    ['May said the talks failed.', ['May']],
    // An inverted speaker may be followed by when or where it spoke.
    ['The talks failed, said the minister on Monday.', ['the minister']],
    ['The talks failed, said Zelenskyy.', ['Zelenskyy']],
    ['The talks failed, said the armed forces.', ['the armed forces']],
  ];
  for (const [text, expected, last] of table) {
    it(`finds ${expected.join(', ') || 'no one'} in ${JSON.stringify(text)}${last ? ` after ${last}` : ''}`, () => assert.deepEqual(speakers(text, last), expected));
  }

  it('compares names by their words, ignoring titles', () => {
    assert.equal(speakerKey('Ukrainian President Volodymyr Zelenskyy'), 'volodymyr zelenskyy');
    assert.ok(sameSpeaker('zelenskyy', 'volodymyr zelenskyy'));
    assert.ok(sameSpeaker('white house', 'white house'));
    assert.ok(!sameSpeaker('putin', 'zelenskyy'));
    assert.ok(!sameSpeaker('us officials', 'russian officials'));
  });

  it('reads a name after a role in a sentence followed by others', () => {
    const text = '"We are not against trams," said the group\'s chair, Helen Marsh.\nThe meeting ended.';
    const end = text.indexOf('\n');
    assert.deepEqual(findSpeakers(text, tokenize(text, 0, end)).map((s) => s.name), ['Helen Marsh']);
  });

  it('takes a name written in capitals for the initials of another', () => {
    const s = (name: string) => ({ name, key: speakerKey(name) });
    assert.ok(sameByInitials(s('The US'), s('The United States')));
    assert.ok(sameByInitials(s('the U.S.'), s('the United States')));
    assert.ok(sameByInitials(s('World Health Organization'), s('WHO')));
    assert.ok(!sameByInitials(s('The UK'), s('The United States')));
    assert.ok(!sameByInitials(s('Li'), s('Lucy Irwin')));
    // An article or a count names no one: "An official" and "One official" are alike.
    assert.equal(speakerKey('An official'), 'official');
    assert.equal(speakerKey('One official'), 'official');
    assert.ok(sameSpeaker(speakerKey('One official'), speakerKey('An official')));
    assert.ok(!sameSpeaker(speakerKey('One official'), speakerKey('An engineer')));
    // A name is not its plural: "Robert" is not "John Roberts".
    assert.ok(!sameSpeaker(speakerKey('Robert'), speakerKey('John Roberts')));
  });
});
