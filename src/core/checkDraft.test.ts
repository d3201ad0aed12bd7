import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft, isCollective, sharesContext, spelledOutIn } from './checkDraft';
import { parseDraft } from './parseDraft';
import { SourceIndex } from './SourceIndex';
import { tokenize } from './tokenize';
import type { FindingCode } from './types';

const SOURCE = [
  'Mayor Jane Ortiz said the city will plant 1,200 trees by June.',
  'The council rejected the parking plan on Tuesday.',
  '“We cannot wait for another dry summer,” Ortiz said. “Every street deserves shade.”',
  'He added: “The budget covers a quarter of the cost.”',
  'According to the water board, reservoir levels fell 12 percent in August.',
].join('\n');

const index = new SourceIndex([{ path: '/ws/sources/city.txt', text: SOURCE }]);
const check = (markdown: string) => {
  const draft = parseDraft(markdown, '/ws/draft.md');
  return checkDraft(draft, index, { fileExists: () => false }).findings;
};
const codes = (markdown: string) => check(markdown).map((f) => f.code);
/** The findings on `markdown` against `sources`, each as "code: message". */
const reported = (sources: SourceIndex, markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), sources).findings.map((f) => `${f.code}: ${f.message}`);

/**
 * One test per row of `table` (name, draft, codes, and optionally the first finding's message
 * without its location): the findings on the draft, checked against `sources`.
 */
function itReportsCodes(sources: SourceIndex, table: [string, string, FindingCode[], string?][]): void {
  for (const [name, markdown, expected, message] of table) {
    it(`reports ${expected.join(', ') || 'nothing'} for ${name}`, () => {
      const findings = checkDraft(parseDraft(markdown, '/ws/draft.md'), sources, { fileExists: () => false }).findings;
      assert.deepEqual(findings.map((f) => f.code), expected);
      if (message !== undefined) assert.equal(findings[0].message.replace(/ \([^()]*\)$/, ''), message);
    });
  }
}

describe('checkDraft', () => {
  const table: [string, string, FindingCode[]][] = [
    ['a faithful paraphrase', 'Ortiz said the city will plant 1,200 trees by June.', []],
    ['a speaker set off by an appositive', 'Jane Ortiz, the mayor, said the city will plant 1,200 trees by June.', []],
    ['a sentence with nothing checkable', 'Here is what we know.', []],
    ['a verbatim quotation', '"We cannot wait for another dry summer," Ortiz said.', []],
    ['a quotation with an elision', '"We cannot wait ... dry summer," Ortiz said.', []],
    ['a quotation with a bracketed insertion', '"[The] budget covers a quarter of the cost," Ortiz said.', []],
    ['a quotation folded for case, curly quotes and dashes', '“we cannot wait for another dry summer,” Ortiz said.', []],
    ['a changed word in a quotation', '"We cannot wait for another hot summer," Ortiz said.', ['misquote']],
    ['a quotation of function words the source has', 'Ortiz said the city will plant 1,200 trees "by" June.', []],
    ['a quotation of function words the source lacks', 'Ortiz said the council will decide "by and by."', ['misquote']],
    ['a quoted number written with a separator in the source', 'Ortiz said the city will plant "1,200" trees by June.', []],
    ['a quoted number found only inside a larger one', 'Ortiz said the city will plant "200" trees by June.', ['misquote']],
    ['a quotation given to the wrong speaker', 'The water board said: "Every street deserves shade."', ['misattributed']],
    ['a name inside the quotation is not its speaker', '"According to the water board, reservoir levels fell 12 percent in August," Ortiz said.', ['misattributed']],
    ['a pronoun speaker resolved from the source', '"The budget covers a quarter of the cost," Ortiz said.', []],
    ['a changed number', 'Ortiz said the city will plant 1,500 trees by June.', ['number-mismatch']],
    ['a changed fraction', 'The budget covers half of the cost, Ortiz said.', ['number-mismatch']],
    ['a changed number inside a quotation is the quotation\'s to judge', '"The budget covers half of the cost," Ortiz said.', ['misquote']],
    ['a reversed fact', 'The council accepted the parking plan on Tuesday.', ['unsupported-claim']],
    ['a reversed fact in another form of the words', 'According to the water board, reservoir levels were rising 12 percent in August.', ['unsupported-claim']],
    ['a claim no source makes', 'The governor opened a new bridge in Springfield.', ['unsupported-claim']],
    ['an institution as speaker', 'According to the water board, reservoir levels fell 12 percent in August.', []],
    ['a disabled line', '<!-- sourceline-disable-next-line -->\nThe governor opened a new bridge in Springfield.', []],
    ['a disabled region', '<!-- sourceline-disable -->\nThe governor opened a new bridge.\n<!-- sourceline-enable -->', []],
    ['code is never checked', '```\nThe governor opened a new bridge in Springfield.\n```\n\nAlso `The governor opened a bridge` inline.', []],
    ['a citation that supports', 'The council rejected the parking plan ([source](sources/city.txt#L2)).', []],
    ['a citation to the wrong line', 'The council rejected the parking plan ([source](sources/city.txt#L5)).', ['citation-mismatch']],
    // The cited line is the best support: what is wrong is the claim's, not the citation's.
    ['a citation of the right line on a claim adding a name', 'The council rejected the parking plan of Governor Smith on Tuesday ([source](sources/city.txt#L2)).', ['unsupported-claim']],
    ['a citation of the right line on a loose paraphrase', 'The council angrily rejected the costly downtown parking plan on Tuesday ([source](sources/city.txt#L2)).', []],
    ['a citation to a missing file', 'The council rejected the parking plan ([source](sources/town.txt#L2)).', ['broken-citation']],
    ['a citation past the end of the file', 'The council rejected the parking plan ([source](sources/city.txt#L40)).', ['broken-citation']],
    ['a footnote citation', 'The council rejected the parking plan.[^1]\n\n[^1]: [city](sources/city.txt#L2)', []],
  ];
  for (const [name, markdown, expected] of table) {
    it(`reports ${expected.join(', ') || 'nothing'} for ${name}`, () => assert.deepEqual(codes(markdown), expected));
  }

  it('names the evidence in the message and offers the source number as a fix', () => {
    const text = 'Ortiz said the city will plant 1,500 trees by June.';
    const [finding] = check(text);
    assert.equal(finding.message, 'The source says 1,200, not 1,500 (city.txt:1)');
    assert.deepEqual(finding.evidence && { path: finding.evidence.path, line: finding.evidence.line }, { path: '/ws/sources/city.txt', line: 1 });
    assert.equal(text.slice(finding.start, finding.end), '1,500');
    assert.deepEqual(finding.fix, { start: finding.start, end: finding.end, replacement: '1,200' });
  });

  it('fixes a misquote with the source wording and a misattribution with the speaker', () => {
    const quote = '"We cannot wait for another hot summer," Ortiz said.';
    const [misquote] = check(quote);
    assert.equal(misquote.fix?.replacement, 'We cannot wait for another dry summer');
    const speaker = 'The water board said: "Every street deserves shade."';
    const [misattributed] = check(speaker);
    assert.equal(speaker.slice(misattributed.fix!.start, misattributed.fix!.end), 'The water board');
    assert.equal(misattributed.fix?.replacement, 'Ortiz');
    assert.match(misattributed.message, /^Ortiz said this, not the water board/);
  });

  it('re-points a citation to the supporting line', () => {
    const text = 'The council rejected the parking plan ([source](sources/city.txt#L5)).';
    const [finding] = check(text);
    assert.equal(text.slice(finding.fix!.start, finding.fix!.end), 'sources/city.txt#L5');
    assert.equal(finding.fix!.replacement, 'sources/city.txt#L2');
  });

  it('offers no re-pointing fix for a footnote other sentences cite too (it would break them)', () => {
    const text = [
      'The council rejected the parking plan.[^1]',
      '',
      'Reservoir levels fell 12 percent in August, according to the water board.[^1]',
      '',
      '[^1]: [city](sources/city.txt#L1)',
    ].join('\n');
    const findings = check(text).filter((f) => f.code === 'citation-mismatch');
    assert.equal(findings.length, 2);
    for (const f of findings) assert.equal(f.fix, undefined);
    const alone = check('The council rejected the parking plan.[^1]\n\n[^1]: [city](sources/city.txt#L1)\n');
    assert.equal(alone.find((f) => f.code === 'citation-mismatch')?.fix?.replacement, 'sources/city.txt#L2');
  });

  it('names both lines of a supporting pair, and re-points the citation to both', () => {
    const local = new SourceIndex([
      { path: '/ws/sources/aid.txt', text: 'The bridge closed in May after the flood.\nThe city cut the ferry budget in June.\nIt was restored after the council voted in July.\n' },
    ]);
    const findings = checkDraft(parseDraft('The city cut the ferry budget, and it was restored after the council voted ([source](sources/aid.txt#L1)).', '/ws/draft.md'), local).findings;
    assert.deepEqual(
      findings.map((f) => [f.message, f.fix?.replacement]),
      [['The cited line L1 does not support this; aid.txt:2-3 do', 'sources/aid.txt#L2-L3']],
    );
  });

  it('reads a reversing function word against the source ("before" where it says "after")', () => {
    const local = new SourceIndex([{ path: '/ws/sources/vote.txt', text: 'The sirens sounded shortly after the council vote ended.\nThe mayor agreed to the new downtown parking budget on Tuesday after a long debate.\n' }]);
    const run = (markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), local).findings.map((f) => f.message);
    assert.deepEqual(run('The sirens sounded shortly before the council vote ended.'), ['The source says "after", not "before" (vote.txt:1)']);
    assert.deepEqual(run('The mayor rejected the new downtown parking budget on Tuesday after a long debate.'), ['The source says "agreed", not "rejected" (vote.txt:2)']);
    assert.deepEqual(run('The sirens sounded shortly after the council vote ended.'), []);
  });

  it("does not join two turns of a transcript to give one speaker the other's words", () => {
    const text = [
      'TAVARES: Silt curtains fail in storms. I would want independent monitoring, paid for by the harbour.',
      '',
      "MERRIN: We've already agreed to that. The board voted to fund a monitoring panel.",
      '',
      'TAVARES: Then we have no quarrel.',
    ].join('\n');
    const index = new SourceIndex([{ path: '/ws/sources/interview.txt', text }]);
    const run = (markdown: string) => reported(index, markdown);
    // Neither turn says it alone: given to a speaker, the claim rests on no statement of theirs.
    assert.deepEqual(run('Tavares said the board had already agreed to independent monitoring, paid for by the harbour.'), [
      'unsupported-claim: No source supports this (64% of its content found); nearest: interview.txt:1 "I would want independent monitoring, paid for by the harbour."',
    ]);
    // Given to no one, it may join what the two said.
    assert.deepEqual(run('The board had already agreed to independent monitoring, paid for by the harbour.'), []);
  });

  it('reports a swapped teller and an institution given for another, each beside a speaker who is right', () => {
    const local = new SourceIndex([
      {
        path: '/ws/sources/bridge.txt',
        text: 'Mayor Ortiz told Governor Reyes that the bridge will reopen in May, the city said.\nMayor Ortiz reiterated her demand for new trees, according to the city council.\n',
      },
    ]);
    const run = (markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), local).findings.map((f) => [f.code, f.message, f.fix?.replacement]);
    assert.deepEqual(run('Reyes told Ortiz that the bridge will reopen in May, the city said.'), [['misattributed', 'Ortiz said this, not Reyes (bridge.txt:1)', undefined]]);
    assert.deepEqual(run('According to the water board, Mayor Ortiz reiterated her demand for new trees.'), [
      ['misattributed', 'The city council said this, not the water board (bridge.txt:2)', 'the city council'],
    ]);
    assert.deepEqual(run('Ortiz told Reyes that the bridge will reopen in May, the city said.'), []);
  });

  it('reads people named by their role as the speaker, not the clause after "said"', () => {
    const local = new SourceIndex([{ path: '/ws/sources/talks.txt', text: 'In Kyiv, officials, who asked not to be named, said the talks on the grain corridor failed.\n' }]);
    const run = (markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), local).findings.map((f) => [f.code, f.message, f.fix?.replacement]);
    const table: [string, (string | undefined)[][]][] = [
      ['In Kyiv, officials, who asked not to be named, said the talks on the grain corridor failed.', []],
      ['Officials said the talks on the grain corridor failed.', []],
      ['In Kyiv, officials said the talks on the grain corridor failed.', []],
      // The fix opening the sentence is capitalised.
      ['Zelenskyy said the talks on the grain corridor failed.', [['misattributed', 'Officials said this, not Zelenskyy (talks.txt:1)', 'Officials']]],
      ['In Kyiv, Zelenskyy said the talks on the grain corridor failed.', [['misattributed', 'Officials said this, not Zelenskyy (talks.txt:1)', 'officials']]],
    ];
    for (const [draft, expected] of table) assert.deepEqual(run(draft), expected, draft);
    // "He added" after officials is still the last named person's, in the draft as in the source.
    const text = 'Zelenskyy said the grain corridor must stay open.\nIn Kyiv, officials said the talks on the corridor failed.\nHe added: "We will not give up the corridor."\n';
    const same = new SourceIndex([{ path: '/ws/sources/kyiv.txt', text }]);
    assert.deepEqual(checkDraft(parseDraft(text, '/ws/draft.md'), same).findings, []);
  });

  it('reads a member of a closed class swapped for another (a time unit, a weekday, an ordinal, a quarter) as a contradiction', () => {
    const local = new SourceIndex([
      {
        path: '/ws/sources/port.txt',
        text: 'Harbor officials earlier this month proposed a new schedule for the northern grain terminal.\nThe ferry to Vantross resumed service on Wednesday after the storm damage was repaired.\nGrain exports rose in the third quarter, and the terminal posted a record Q3.\nThe northern grain terminal closes for dredging and hull repairs every winter.\n',
      },
    ]);
    const run = (markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), local).findings.map((f) => f.message);
    assert.deepEqual(run('Harbor officials earlier this year proposed a new schedule for the northern grain terminal.'), ['The source says "month", not "year" (port.txt:1)']);
    // A weekday or a month is a date: wrong like a number, and fixed with the source's.
    const monday = checkDraft(parseDraft('The ferry to Vantross resumed service on Monday after the storm damage was repaired.', '/ws/draft.md'), local).findings;
    assert.deepEqual(
      monday.map((f) => [f.code, f.message, f.fix?.replacement]),
      [['number-mismatch', 'The source says Wednesday, not Monday (port.txt:2)', 'Wednesday']],
    );
    assert.deepEqual(run('Harbor officials earlier this month proposed a new schedule for the northern grain terminal.'), []);
    assert.deepEqual(run('Grain exports rose in the second quarter, and the terminal posted a record Q3.'), ['The source says "third", not "second" (port.txt:3)']);
    assert.deepEqual(run('Grain exports rose in the third quarter, and the terminal posted a record Q2.'), ['The source says "Q3", not "Q2" (port.txt:3)']);
    // Compared by stem, whatever the stem ("wint", "sum").
    assert.deepEqual(run('The northern grain terminal closes for dredging and hull repairs every summer.'), ['The source says "winter", not "summer" (port.txt:4)']);
    // A period placed at another time: "last year" and "past year" are one time, "this year" another.
    const army = new SourceIndex([{ path: '/ws/sources/army.txt', text: "Ukraine's army stunned Russia in August last year by attacking across the border.\n" }]);
    const placed = (markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), army).findings.map((f) => f.message);
    assert.deepEqual(placed("Ukraine's army stunned Russia in August this year by attacking across the border."), ['The source says "last year", not "this year" (army.txt:1)']);
    assert.deepEqual(placed("Ukraine's army stunned Russia in August next year by attacking across the border."), ['The source says "last year", not "next year" (army.txt:1)']);
    assert.deepEqual(placed("Ukraine's army stunned Russia in August of the past year by attacking across the border."), []);
    // A draft that compares the two periods names both.
    assert.deepEqual(placed("Ukraine's army stunned Russia this year, as it did in August last year, by attacking across the border."), []);
    // A month is a name: "march" is a verb.
    const steel = new SourceIndex([{ path: '/ws/sources/steel.txt', text: 'Thousands of steelworkers will march through Halden on Saturday to protest the plant closure.\n' }]);
    assert.deepEqual(
      checkDraft(parseDraft('Thousands of steelworkers will rally in Halden in April to protest the plant closure.', '/ws/draft.md'), steel).findings.map((f) => f.code),
      ['unsupported-claim'],
    );
    // A swapped name of a month or day weighs as much as a name no source has, and alone
    // would leave the sentence unsupported: it is still the swap that is reported.
    const talks = new SourceIndex([{ path: '/ws/sources/talks.txt', text: 'The talks began in February and ended on March 3 after the delegations agreed.\n' }]);
    const check = (markdown: string) => reported(talks, markdown);
    assert.deepEqual(check('The talks began in January and ended on March 3.'), ['number-mismatch: The source says February, not January (talks.txt:1)']);
    assert.deepEqual(check('The talks began in January and collapsed over fishing rights.'), ['unsupported-claim: "January" appears in no source; nearest: talks.txt:1 "The talks began in February and ended on March 3 after the delegations agreed."']);
  });

  it('reports two numbers that trade places, each after the word the other stands after', () => {
    const index = new SourceIndex([
      {
        path: '/ws/sources/match.txt',
        text: 'Rovers have won five, drawn two and lost three of their last ten games.\nThe plant produced 45 tonnes in April, after 30 tonnes in March.\n',
      },
    ]);
    const run = (markdown: string) => reported(index, markdown);
    assert.deepEqual(run('Rovers have won five, drawn three and lost two of their last ten games.'), [
      'number-mismatch: The source says two, not three (match.txt:1)',
      'number-mismatch: The source says three, not two (match.txt:1)',
    ]);
    assert.deepEqual(run('Rovers have won five, drawn two and lost three of their last ten games.'), []);
    // The same numbers in another order, each still after its own words.
    assert.deepEqual(run('The plant produced 30 tonnes in March and 45 tonnes in April.'), []);
  });

  it('reports a possibility of the source stated as a fact, and only that', () => {
    const study = new SourceIndex([
      { path: '/ws/sources/study.txt', text: 'Warmer evening lighting may reduce the time older adults take to fall asleep, the authors said.\n' },
    ]);
    const run = (markdown: string) => reported(study, markdown);
    assert.deepEqual(run('Warmer evening lighting reduces the time older adults take to fall asleep, the authors said.'), [
      'unsupported-claim: The source hedges: "may reduce"; the draft says "reduces" (study.txt:1)',
    ]);
    // Kept as a possibility, or reported as one.
    for (const kept of [
      'Warmer evening lighting might reduce the time older adults take to fall asleep, the authors said.',
      'Warmer evening lighting is likely to reduce the time older adults take to fall asleep, the authors said.',
      'The authors said warmer evening lighting could well reduce the time older adults take to fall asleep.',
    ]) assert.deepEqual(run(kept), [], kept);
  });

  it("checks numbers against a markdown source's table rows and footnotes", () => {
    const report = new SourceIndex([
      {
        path: '/ws/sources/report.md',
        text: '# Flood report\n\nHeavy rain flooded the villages on Tuesday, the council said.[^1]\n\n| Village | Flooded sites | Total sites |\n|---|---|---|\n| Ashcombe | 27 | 52 |\n| Brent | 9 | 40 |\n\n[^1]: The council counted 36 flooded sites in a survey on Wednesday.\n',
      },
    ]);
    const run = (markdown: string) => reported(report, markdown);
    assert.deepEqual(run('The council counted 36 flooded sites in a survey on Wednesday.'), []);
    assert.deepEqual(run('The council counted 38 flooded sites in a survey on Wednesday.'), ['number-mismatch: The source says 36, not 38 (report.md:10)']);
    assert.deepEqual(run('In Ashcombe, 27 of 52 sites flooded.'), []);
    assert.deepEqual(run('In Ashcombe, 29 of 52 sites flooded.'), ['number-mismatch: The source says 27, not 29 (report.md:7)']);
    // The number of the column the draft's words name, though the wrong value is in another row.
    assert.deepEqual(run('Brent had 27 flooded sites.'), ['number-mismatch: The source says 9, not 27 (report.md:8)']);
    assert.deepEqual(run('Ashcombe had 40 sites in total.'), ['number-mismatch: The source says 52, not 40 (report.md:7)']);
    // A value of the row in another column than the one the draft names.
    assert.deepEqual(run('Brent had 9 sites in total.'), ['number-mismatch: The source says 40, not 9 (report.md:8)']);
    assert.deepEqual(run('In Brent, 9 of 40 sites flooded.'), []);
    assert.deepEqual(run("Only 9 of Brent's 40 sites were flooded."), []);
  });

  it("reads a table's cells apart: no date, negation or quotation runs from one cell to the next", () => {
    const table = (text: string) => new SourceIndex([{ path: '/ws/sources/t.md', text }]);
    const run = reported;
    const months = table('| Month | Flooded sites |\n|---|---|\n| March | 3 |\n| April | 7 |\n');
    assert.deepEqual(run(months, 'In March, 5 sites flooded.'), ['number-mismatch: The source says 3, not 5 (t.md:3)']);
    assert.deepEqual(run(months, '3 sites flooded in March.'), []);
    const inspected = table('| Village | Inspected | Not inspected |\n|---|---|---|\n| Ashcombe | 12 | 4 |\n');
    assert.deepEqual(run(inspected, 'In Ashcombe, 4 were not inspected.'), []);
    const rain = table('| Month | Rainfall at Ashcombe |\n|---|---|\n| March | 120 mm |\n');
    assert.deepEqual(run(rain, 'The gauge read "Ashcombe March" in the log.').map((f) => f.split(':')[0]), ['unsupported-claim']);
    // The column naming more of the draft's words wins over a word that only looks alike ("fell", "fall").
    const sleep = table('| Group | Time to fall asleep (min) | Night waking reduced |\n|---|---|---|\n| Amber lighting | 21 | 18% |\n| Control | 34 | 3% |\n');
    assert.deepEqual(run(sleep, 'Night waking fell by 21% in the amber lighting group.'), ['number-mismatch: The source says 18%, not 21% (t.md:3)']);
    assert.deepEqual(run(sleep, 'Night waking fell by 18% in the amber lighting group.'), []);
    // Columns are counted by the pipes that are not escaped, an empty first header cell included.
    for (const header of ['| | Flooded sites | Total sites |', '| Village \\| parish | Flooded sites | Total sites |', '| Village \\\\| Flooded sites | Total sites |']) {
      for (const eol of ['\n', '\r']) {
        const sites = table(`${header}${eol}|---|---|---|${eol}| Ashcombe | 27 | 52 |${eol}| Brent | 9 | 40 |${eol}`);
        assert.deepEqual(run(sites, 'Ashcombe had 40 sites in total.'), ['number-mismatch: The source says 52, not 40 (t.md:3)'], header);
      }
    }
    // A table whose header row is blank has no header words, not those of the table before.
    const two = table('| Village | Sites |\n|---|---|\n| Brent | 9 |\n\n| | |\n|---|---|\n| Ashcombe | 5 |\n');
    assert.deepEqual(
      two.sentences.map((s) => [s.text, two.tableHeaderOf(s.id)?.text]),
      [
        ['Village | Sites', undefined],
        ['Brent | 9', 'Village | Sites'],
        ['Ashcombe | 5', undefined],
      ],
    );
  });

  it('compares days of a month whichever way the date is written', () => {
    const local = new SourceIndex([{ path: '/ws/sources/offer.txt', text: 'The offer is valid for customers who sign up before 31st August 2022.\n' }]);
    const run = (markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), local).findings.map((f) => f.message);
    assert.deepEqual(run('The offer is valid for customers who sign up before August 30th, 2022.'), ['The source says 31st August, not August 30th (offer.txt:1)']);
    assert.deepEqual(run('The offer is valid for customers who sign up before August 31, 2022.'), []);
    // The same day of another month is another date, fixed whole.
    const july = checkDraft(parseDraft('The offer is valid for customers who sign up before July 31, 2022.', '/ws/draft.md'), local).findings;
    assert.deepEqual(july.map((f) => [f.code, f.message, f.fix?.replacement]), [['number-mismatch', 'The source says 31st August, not July 31 (offer.txt:1)', '31st August']]);
    assert.deepEqual(run('Sign up before 31st July.'), ['The source says 31st August, not 31st July (offer.txt:1)']);
    // A day written without its month may be any month's: no finding either way.
    const council = new SourceIndex([{ path: '/ws/sources/council.txt', text: 'The council met on the 28th of February to approve the plan.\nThe board met on Monday the 14th to approve the budget.\n' }]);
    const runCouncil = (markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), council).findings.map((f) => f.message);
    assert.deepEqual(runCouncil('The council met on Feb. 28 to approve the plan.'), []);
    assert.deepEqual(runCouncil('The board met on Monday, March 14, to approve the budget.'), []);
  });

  it('compares a date as a date and a count as a count', () => {
    const local = new SourceIndex([
      {
        path: '/ws/sources/station.txt',
        text: 'The council voted on January 6 to close the northern station.\nThe ferry stopped at the harbour, and 5 people were injured.\nThe bridge reopened to traffic on March 9 after repairs.\nThe board met on the 12th to approve the ferry budget.\n',
      },
    ]);
    const run = (markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), local).findings.map((f) => [f.code, f.message.replace(/: ".*$/, ''), f.fix?.replacement]);
    const table: [string, (string | undefined)[][]][] = [
      // Another day of the month is a wrong date, fixed whole.
      ['The council voted on January 5 to close the northern station.', [['number-mismatch', 'The source says January 6, not January 5 (station.txt:1)', 'January 6']]],
      ['The council voted on January 6 to close the northern station.', []],
      // A count is not a date, nor a date a count: neither is the other's fix.
      ['The ferry stopped at the harbour on January 5, and people were injured.', [['unsupported-claim', 'January 5 is a date no source gives; station.txt:2 has 5 only as a count', undefined]]],
      ['The bridge reopened to traffic after 9 repairs.', [['unsupported-claim', '9 is a count no source gives; station.txt:3 has 9 only in the date March 9', undefined]]],
      ['The ferry stopped at the harbour, and 5 people were injured.', []],
      // A day written without its month may be any month's.
      ['The board met on May 12 to approve the ferry budget.', []],
    ];
    for (const [draft, expected] of table) assert.deepEqual(run(draft), expected, draft);
  });

  it('writes a fraction with its article', () => {
    const findings = check('The budget covers half of the cost, Ortiz said.');
    assert.deepEqual(findings.map((f) => [f.message.replace(/ \(.*\)$/, ''), f.fix?.replacement]), [['The source says a quarter, not half', 'a quarter']]);
    // Opening the sentence, the fix opens it too.
    assert.equal(check('Half of the cost is covered by the budget, Ortiz said.')[0]?.fix?.replacement, 'A quarter');
    // The draft's own article stays, and the message quotes both fractions whole.
    const third = check('The budget covers a third of the cost, Ortiz said.');
    assert.deepEqual(third.map((f) => [f.message.replace(/ \(.*\)$/, ''), f.fix?.replacement]), [['The source says a quarter, not a third', 'quarter']]);
  });

  it('applies the configured severities and drops codes set to off', () => {
    const draft = parseDraft('The governor opened a new bridge in Springfield.', '/ws/draft.md');
    assert.equal(checkDraft(draft, index, { severities: { 'unsupported-claim': 'hint' } }).findings[0].severity, 'hint');
    assert.deepEqual(checkDraft(draft, index, { severities: { 'unsupported-claim': 'off' } }).findings, []);
  });

  it('counts claims and supported claims for the status bar', () => {
    const draft = parseDraft('Here is what we know. The council rejected the parking plan on Tuesday. The governor opened a bridge in Springfield.', '/ws/draft.md');
    const { sentences } = checkDraft(draft, index);
    assert.deepEqual(sentences.map((s) => [s.claim, s.supported]), [[false, false], [true, true], [true, false]]);
  });

  it('returns nothing for an empty draft', () => {
    assert.deepEqual(check(''), []);
  });
});

describe('spelledOutIn', () => {
  const table: [string, string, boolean][] = [
    ['Q3', 'Sales in the third quarter were flat.', true],
    ['Q2', 'Sales in the third quarter were flat.', false],
    ['YoY', 'Orders grew year over year.', true],
    ['YoY', 'Revenue was up 19% year-over-year.', true],
    ['AI', 'An anti-inflammatory drug.', false],
    ['November', 'He died on Nov. 10, 2018.', true],
    ['November', 'Posted 2018-11-15 by the board.', true],
    ['September', 'Filed on Sept 3.', true],
    ['November', 'The novel came out in 2018-10-15.', false],
    ['HR', 'A high-risk loan.', false],
    ['SEC', 'A self-employed contractor.', false],
    ['EPS', 'Diluted earnings per share were lower.', true],
    ['FY', 'The fiscal year ends in March.', true],
    ['AI', 'He came and it rained.', false],
    ['NGO', 'The charity works alone.', false],
    ['Oslo', 'Our staff live oddly.', false],
  ];
  for (const [word, text, expected] of table) {
    it(`${expected ? 'finds' : 'does not find'} ${word} spelled out in ${JSON.stringify(text)}`, () => assert.equal(spelledOutIn(word, text), expected));
  }
});

describe('sharesContext', () => {
  const table: [string, string, string, string, boolean][] = [
    ['The board approved the budget.', 'approved', 'The board did not approve the budget.', 'approve', true],
    ['Members can lower their heating costs.', 'costs', 'Delivery comes at no cost to you.', 'cost', false],
    ['Ships sail from the harbour at dawn.', 'harbour', 'No ships left the harbour on Sunday.', 'harbour', true],
    ['The team used cheaper paint.', 'used', 'We never used the old office for meetings.', 'used', false],
  ];
  for (const [a, aWord, b, bWord, expected] of table) {
    it(`${expected ? 'finds' : 'finds no'} shared context for "${aWord}" and "${bWord}"`, () => {
      const aTokens = tokenize(a);
      const bTokens = tokenize(b);
      const pick = (tokens: ReturnType<typeof tokenize>, text: string, word: string) => tokens.find((t) => text.slice(t.start, t.end) === word)!;
      assert.equal(sharesContext(aTokens, pick(aTokens, a, aWord), bTokens, pick(bTokens, b, bWord)), expected);
    });
  }
});

describe('checkDraft: negated forms', () => {
  const lab = new SourceIndex([
    {
      path: '/ws/sources/lab.txt',
      text: [
        'The new robot learns to climb stairs without human guidance.',
        'The committee reviewed the annual budget for the museum on Tuesday.',
        'Its planner uses an unsupervised clustering step before every climb.',
        'The test crane did not lift the steel beam on Friday.',
        'Engineers must recalibrate the gripper every week, because if they do not recalibrate the gripper it slips.',
        'The barge did not haul the granite blocks on Monday, although its owners say it will haul heavier loads next month.',
        'Inspectors asked whether or not the old levee holds floodwater.',
        'The regional utility builds compact solar reactors for remote mountain towns across the northern valley.',
        'Reviewers listed the strengths of the harbour expansion plan in their final report.',
        'The broker offered home, auto and life insurance policies to the new client.',
        'Volunteers repainted the gallery walls, but the museum did not replace the old lighting.',
        'The agent learns its policy from off-policy samples gathered by an older controller.',
        'The startup sells AI-powered scheduling tools to small clinics, and state-owned ones too.',
        'The model fits a linear trend to the sensor data.',
        'The new filters reduce water use in older buildings.',
        'The ferry company runs night crossings to the island, and no tickets are sold on board.',
        'Membership of the rowing club grew last year, and its boathouse was repainted.',
        'The coach recommends short runs before breakfast for new members.',
        'The museum guide lists the opening hours and the ticket prices for students.',
        'The bank offers generous discounts to customers with good credit scores.',
        'The agent recommended a comprehensive car policy for the new driver.',
        'Fewer buses run on the northern route since the timetable changed.',
        'Members get a free booking app for the climbing gym and its classes.',
        'Guide: Well, the night tour is not for the for the y for the young children, I think.',
        'Host: The ferry ride is not uh um suitable for small dogs.',
        'The platform integrates project planning, file sharing and team chat.',
        'The clinic measured pre-treatment blood pressure in every patient.',
        'The bakery van delivers fresh bread to three schools every morning.',
        'Its ovens run without any manual work.',
      ].join('\n'),
    },
  ]);
  const table: [string, string, FindingCode[], string?][] = [
    ['the same negation', 'The new robot learns to climb stairs without human guidance.', []],
    ['a dropped "without"', 'The new robot learns to climb stairs with human guidance.', ['unsupported-claim'], 'The source says this is not so ("human" is negated there)'],
    ['a dropped negating prefix', 'Its planner uses a supervised clustering step before every climb.', ['unsupported-claim'], 'The source says "unsupervised", not "supervised"'],
    ['the same negating prefix', 'Its planner uses an unsupervised clustering step before every climb.', []],
    ['a dropped "not"', 'The test crane lifted the steel beam on Friday.', ['unsupported-claim'], 'The source says this is not so ("lift" is negated there)'],
    ['a word the source negates in one clause and states in another', 'Engineers must recalibrate the gripper every week.', []],
    ['a word the source negates here and states of something else', 'The barge hauled the granite blocks on Monday.', ['unsupported-claim'], 'The source says this is not so ("haul" is negated there)'],
    ['a "whether or not" question', 'Inspectors asked whether the old levee holds floodwater.', []],
    ['a kind the source lists among others', 'The broker offered life insurance policies to the new client.', []],
    ['a restriction the source does not make', 'The broker offered only life insurance policies to the new client.', ['unsupported-claim'], 'The draft says "only"; the source does not'],
    ['an opposite noun', 'Reviewers listed the weaknesses of the harbour expansion plan in their final report.', ['unsupported-claim'], 'The source says "strengths", not "weaknesses"'],
    ['a swapped modifier of a compound', 'The agent learns its policy from on-policy samples gathered by an older controller.', ['unsupported-claim'], 'The source says "off-policy", not "on-policy"'],
    ['a compound with its prefix swapped for the opposite', 'The clinic measured post-treatment blood pressure in every patient.', ['unsupported-claim'], 'The source says "pre-treatment", not "post-treatment"'],
    ['a compound with its modifier in other words', 'The startup sells government-owned scheduling tools to small clinics.', []],
    ['a compound with its head in other words', 'The startup sells AI-driven scheduling tools to small clinics.', []],
    ['a "non-" the source does not write', 'The model fits a non-linear trend to the sensor data.', ['unsupported-claim'], 'The draft negates "linear"; the source does not'],
    ['an opposite listed for another form of the word ("increasing"/"decreasing", "increase"/"reduce")', 'The new filters increase water use in older buildings.', ['unsupported-claim'], 'The source says "reduce", not "increase"'],
    ['a negation in other words where the source negates something else', 'The ferry company cannot operate night crossings to the island.', ['unsupported-claim'], 'The draft negates "operate"; the source does not'],
    ['an opposite among the same words ("declined" for "grew")', 'Membership of the rowing club declined last year, and its boathouse was repainted.', ['unsupported-claim'], 'The source says "grew", not "declined"'],
    ['an antonym verb ("discourages" for "recommends")', 'The coach discourages short runs before breakfast for new members.', ['unsupported-claim'], 'The source says "recommends", not "discourages"'],
    ['"not to mention"', 'The museum guide lists the opening hours, not to mention the ticket prices for students.', []],
    ['"does not mention"', 'The museum guide lists the opening hours but does not mention the ticket prices for students.', ['unsupported-claim'], 'The draft negates "mention"; the source does not'],
    ['"no" before an adjective and its noun', 'The bank offers no special discounts to customers with good credit scores.', ['unsupported-claim'], 'The draft negates "discounts"; the source does not'],
    ['"no-" joined to one word', 'Members get a no-fee booking app for the climbing gym and its classes.', []],
    ['a kind swapped among the same words ("basic" for "comprehensive")', 'The agent recommended a basic car policy for the new driver.', ['unsupported-claim'], 'The source says "comprehensive", not "basic"'],
    ['"lacks" for what the source says it has', 'The platform integrates project planning and file sharing but lacks team chat.', ['unsupported-claim'], 'The draft negates "team"; the source does not'],
    ['a negation a speaker hesitates over', 'The ferry ride is not suitable for small dogs.', []],
    ['a negation a transcript stammers over', 'The night tour is not for young children.', []],
    // Merged supports: the summary's sentence rests on two sentences apart.
    ['a summary stating what its sources deny', 'The committee reviewed the annual museum budget, and volunteers repainted the gallery walls and replaced the old lighting.', ['unsupported-claim'], 'The source says this is not so ("replace" is negated there)'],
    ['a summary stating of something else a word its sources deny', 'The committee reviewed the annual museum budget, and volunteers repainted the gallery walls and replaced the gift shop lighting.', []],
    ['a summary negating what its sources do not, a source negation sharing one word with it', 'The bakery van delivers fresh bread to three schools every morning, and its ovens cannot save the owners money.', ['unsupported-claim'], 'The draft negates "save"; the source does not'],
    ['a hedged negation of what no source says ("may not")', 'The regional utility builds compact solar reactors for remote mountain towns, which may not be as durable as larger plants.', []],
    ['a negation in other words', 'The regional utility does not assemble compact solar reactors for remote mountain towns across the northern valley.', ['unsupported-claim'], 'The draft negates "assemble"; the source does not'],
  ];
  itReportsCodes(lab, table);

  it('reads "More" for "Fewer" as an opposite, not as a swapped actor', () => {
    const findings = checkDraft(parseDraft('More buses run on the northern route since the timetable changed.', '/ws/draft.md'), lab).findings;
    assert.deepEqual(findings.map((f) => f.message.replace(/ \(.*$/, '')), ['The source says "Fewer", not "More"']);
  });
});

describe('isCollective', () => {
  const table: [string, boolean][] = [
    ['The company', true],
    ['the team', true],
    ['The water board', false],
    ['Acme Company', false],
    ['Ortiz', false],
  ];
  for (const [name, expected] of table) it(`${expected ? 'reads' : 'does not read'} "${name}" as a collective speaker`, () => assert.equal(isCollective(name), expected));

  it('does not report a collective speaker as misattributed', () => {
    const draft = parseDraft('The company said the city will plant 1,200 trees by June.', '/ws/draft.md');
    assert.deepEqual(checkDraft(draft, index).findings.map((f) => f.code), []);
  });
});

describe('checkDraft: charges of error no source makes', () => {
  const table: [string, string, FindingCode[]][] = [
    ['a faithful sentence', 'The council rejected the parking plan on Tuesday.', []],
    ['an omission the source does not report', 'The council rejected the parking plan on Tuesday but failed to explain why.', ['unsupported-claim']],
    ['an error the source does not report', 'The council wrongly rejected the parking plan on Tuesday.', ['unsupported-claim']],
  ];
  for (const [name, markdown, expected] of table) {
    it(`reports ${expected.join(', ') || 'nothing'} for ${name}`, () => assert.deepEqual(codes(markdown), expected));
  }
});

describe('checkDraft: who acts', () => {
  const firms = new SourceIndex([
    {
      path: '/ws/sources/firms.txt',
      text: 'Acme sells accounting software to bakeries.\nOur services cut costs for small firms.\nBrightway proposed a merger with Acme in March.\nRussia proposed a ceasefire along the front in May.\nThe US sent grain to the port.\nMayor Ortiz at the meeting repeated her demand for a new bridge over the river.\n',
    },
  ]);
  const table: [string, string, string[]][] = [
    ['the actor the source names', 'Brightway proposed a merger with Acme in March.', []],
    ['another named actor', 'Acme proposed a merger with Brightway in March.', ['The source gives this to Brightway, not Acme']],
    ['a name where the source has a possessive determiner', 'Acme services cut costs for small firms.', []],
    ['a name that folds to a function word', 'US proposed a ceasefire along the front in May.', ['The source gives this to Russia, not US']],
    ['the one whose "her demand" the source reports', 'Ortiz demanded a new bridge over the river.', []],
    ['another for the one whose "her demand" the source reports', 'Smith demanded a new bridge over the river.', ['The source gives this to Ortiz, not Smith']],
  ];
  for (const [name, markdown, expected] of table) {
    it(`reports ${expected.length ? 'a swapped actor' : 'nothing'} for ${name}`, () => {
      const findings = checkDraft(parseDraft(markdown, '/ws/draft.md'), firms, { fileExists: () => false }).findings;
      assert.deepEqual(findings.map((f) => f.message.replace(/ \(.*$/, '')), expected);
    });
  }
});

describe('checkDraft: numbers of the same unit', () => {
  const gym = new SourceIndex([
    { path: '/ws/sources/gym.txt', text: 'For two weeks only, members who join get 10% off their first three months, which brings the fee to $45/month.\n' },
  ]);
  const messages = (markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), gym).findings.map((f) => f.message.replace(/ \(.*$/, ''));
  it('reports nothing for the same numbers', () => {
    assert.deepEqual(messages('For two weeks only, members who join get 10% off their first three months, which brings the fee to $45/month.'), []);
  });
  it('corrects the period of a count, not its number, where the source counts the same of another period', () => {
    const [finding] = checkDraft(parseDraft('For two months only, members who join get 10% off their first three months.', '/ws/draft.md'), gym).findings;
    assert.equal(finding?.message.replace(/ \(.*$/, ''), 'The source says two weeks, not two months');
    assert.equal(finding.fix?.replacement, 'weeks');
  });
  it('does not take the same number of another period for the draft\'s', () => {
    assert.deepEqual(messages('For three weeks only, members who join get 10% off their first three months.'), ['The source says two, not three']);
  });
  it('corrects the period of a count its context picks', () => {
    const pilot = new SourceIndex([{ path: '/ws/sources/pilot.txt', text: 'The bus lane pilot in the northern district of the city lasted two weeks and cost $3 million.\n' }]);
    const findings = checkDraft(parseDraft('The bus lane pilot in the northern district of the city lasted two months and cost $3 million.', '/ws/draft.md'), pilot).findings;
    assert.deepEqual(findings.map((f) => f.message.replace(/ \(.*$/, '')), ['The source says two weeks, not two months']);
  });
  it('corrects a count by its unit before looking at another period of the same count', () => {
    const pilot = new SourceIndex([{ path: '/ws/sources/pilot.txt', text: 'The pilot lasted three months, and results came two weeks later.\n' }]);
    const findings = checkDraft(parseDraft('The pilot lasted two months.', '/ws/draft.md'), pilot).findings;
    assert.deepEqual(findings.map((f) => f.message.replace(/ \(.*$/, '')), ['The source says three, not two']);
  });
  it('corrects a round amount that looks like a year', () => {
    const jobs = new SourceIndex([{ path: '/ws/sources/jobs.txt', text: 'The carmaker will cut 2,300 jobs at its plant in Ohio.\n' }]);
    const findings = checkDraft(parseDraft('The carmaker will cut 2,000 jobs at its plant in Ohio.', '/ws/draft.md'), jobs).findings;
    assert.deepEqual(findings.map((f) => f.message.replace(/ \(.*$/, '')), ['The source says 2,300, not 2,000']);
  });
  it('knows a count from the numbers of a plain-text list, but corrects nothing to them', () => {
    const plans = new SourceIndex([{ path: '/ws/sources/plans.txt', text: 'We offer these plans:\n1. Basic cover for renters.\n2. Standard cover for homeowners.\n3. Premium cover for landlords, with a free trial of two weeks.\n' }]);
    const said = (markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), plans).findings.map((f) => f.message.replace(/[;(].*$/, '').trim());
    assert.deepEqual(said('We offer three plans: basic cover for renters, standard cover for homeowners and premium cover for landlords.'), []);
    assert.deepEqual(said('Premium cover for landlords comes with a free trial of 3 weeks.'), ['The source says two, not 3']);
  });
  it('does not correct an amount with a year', () => {
    const outlook = new SourceIndex([{ path: '/ws/sources/outlook.txt', text: 'For the full year 2021, we expect revenue of $12 billion and higher earnings per share.\n' }]);
    const findings = checkDraft(parseDraft('For the full year, we expect revenue of $12 billion and earnings of $1.63 per share.', '/ws/draft.md'), outlook).findings;
    assert.deepEqual(findings.map((f) => f.message.replace(/;.*$/, '')), ['1.63 appears in no source']);
  });
  it('corrects a count from the number of its unit after the same word, not from a rate of that unit', () => {
    assert.deepEqual(messages('For two weeks only, members who join get 10% off their first two months.'), ['The source says three, not two']);
  });
});

describe('checkDraft: numbers written with a scale letter', () => {
  const app = new SourceIndex([{ path: '/ws/sources/app.txt', text: 'The ticketing app now has 5 million users across the region.\n' }]);
  const fixed = (markdown: string) => {
    const [finding] = checkDraft(parseDraft(markdown, '/ws/draft.md'), app).findings;
    return finding?.fix && markdown.slice(0, finding.fix.start) + finding.fix.replacement + markdown.slice(finding.fix.end);
  };
  it('reads "5M" as the source\'s "5 million"', () => assert.equal(fixed('The ticketing app now has 5M users across the region.'), undefined));
  it('replaces a wrong "6M" whole', () => assert.equal(fixed('The ticketing app now has 6M users across the region.'), 'The ticketing app now has 5 million users across the region.'));
});

describe('checkDraft: names the sources write by their initials', () => {
  const sales = new SourceIndex([{ path: '/ws/sources/sales.txt', text: 'The single sold 132,000 copies in the UK by February.\nThe band toured the U.S. in the spring.\n' }]);
  const table: [string, string, FindingCode[]][] = [
    ['"United Kingdom" where the source says "UK"', 'The single sold 132,000 copies in the United Kingdom by February.', []],
    ['"United States" where the source says "U.S."', 'The band toured the United States in the spring.', []],
    ['a name with no initials in the sources', 'The single sold 132,000 copies in the Czech Republic by February.', ['unsupported-claim']],
  ];
  itReportsCodes(sales, table);
});

describe('checkDraft: a number the sources give in another sentence', () => {
  const bank = new SourceIndex([
    { path: '/ws/sources/bank.txt', text: 'Net of this adjusting item, earnings per share in the quarter were $6.86.\nIn the third quarter, the lender earned $3.1 billion or $6.78 per diluted common share.\n' },
  ]);
  const codes = (markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), bank).findings.map((f) => f.message);
  it('is not read as a wrong number of the sentence that supports the rest', () =>
    assert.deepEqual(codes('The lender reported earnings per share of $6.86 in the quarter and earned $3.1 billion.'), []));
  it('is still reported when no source gives it', () =>
    assert.deepEqual(codes('The lender reported earnings per share of $6.91 in the quarter and earned $3.1 billion.'), ['The source says 6.78, not 6.91 (bank.txt:2)']));
});

describe('checkDraft: "last" for the period before', () => {
  const results = new SourceIndex([
    { path: '/ws/sources/results.txt', text: 'Earnings per share rose in the first quarter from a year earlier.\n' },
    { path: '/ws/sources/plant.txt', text: 'The plant was the last one built in the region.\n' },
  ]);
  const table: [string, string, FindingCode[]][] = [
    ['"last year" beside the source\'s "first quarter"', 'Earnings per share rose in the first quarter from last year.', []],
    ['"first" where the source says "last"', 'The plant was the first one built in the region.', ['unsupported-claim']],
  ];
  itReportsCodes(results, table);
});

describe('checkDraft: faithful news wording the reversal rules leave alone', () => {
  const news = new SourceIndex([
    { path: '/ws/sources/trade.txt', text: 'UK exports rose 5 percent in the spring, the trade office said.\n' },
    { path: '/ws/sources/plant.txt', text: 'The firm manufactures and sells wind turbines in Ohio.\nThe company missed its sales target for the year.\nSmith is the sole candidate for the board seat.\nThe council held its first meeting on Tuesday in the old library.\n' },
    { path: '/ws/sources/jobs.txt', text: 'The company said 400 workers were laid off at its plant in Toledo.\n' },
    { path: '/ws/sources/tickets.txt', text: 'Tickets for the summer fair cost $450.\n' },
    { path: '/ws/sources/council.txt', text: 'Economists say there is no doubt prices will rise this winter.\nThe council approved the merger with no changes last week.\n' },
    { path: '/ws/sources/market.txt', text: 'The board rejected a takeover offer from Apex Holdings on Tuesday, and its sales grew.\nHospitals in the region cited a lack of nurses as the main problem.\nThe regional bank no longer offers free checking accounts.\nQuarterly revenue grew to $4.2 billion, the company said.\n' },
    { path: '/ws/sources/board.txt', text: 'Sales grew 5 percent, and the board rejected a takeover offer from a rival.\nThe mayor did not respond to requests for comment about the growth of the budget.\n' },
    { path: '/ws/sources/talks.txt', text: 'An official attended the talks in Geneva.\nThe talks in Oslo led by Foreign Minister Anna Berg ended on Friday, and Erik Dahl chaired the trade committee.\nThe talks in Bergen were led by Anna Berg, Norway said.\nThe trade talks in Tromso were led by Secretary of State Ole Lund.\n' },
    { path: '/ws/sources/trees.txt', text: 'Mayor Ortiz said the city will plant new trees on every street of the old town by June.\n"Every street deserves shade," Smith said.\n' },
  ]);
  const table: [string, string, FindingCode[]][] = [
    ['a name a source writes by its initials, as an actor', 'United Kingdom exports rose 5 percent in the spring, the trade office said.', []],
    ['"not only ... but also"', 'The firm not only manufactures but also sells wind turbines in Ohio.', []],
    ['a negation restating a word of negative meaning', 'The company did not meet its sales target for the year.', []],
    ['"the only" for "the sole"', 'Smith is the only candidate for the board seat.', []],
    ['"last Tuesday" beside "first meeting on Tuesday"', 'The council held a meeting last Tuesday in the old library.', []],
    ['"no doubt" affirms', 'Economists say prices will rise this winter.', []],
    ['"no" reaches its noun, not a time after it', 'The council approved the merger last week.', []],
    ['"declined" meaning refused, near a "grew" the draft does not say', 'The board declined a takeover offer from Apex Holdings on Tuesday.', []],
    ['"a lack of", a noun', 'Hospitals in the region cited a shortage of nurses as the main problem.', []],
    ['"no longer" denies', 'The regional bank still offers free checking accounts.', ['unsupported-claim']],
    ['"declined to" an amount is a fall', 'Quarterly revenue declined to $4.2 billion, the company said.', ['unsupported-claim']],
    ['"declined" meaning refused, beside a "grew"', 'Sales grew 5 percent, and the board declined a takeover offer from a rival.', []],
    ['"declined to comment" beside "growth"', 'The mayor declined to comment about the growth of the budget.', []],
    ['"one" that no source writes, said there with "an"', 'One official attended the talks in Geneva.', []],
    ['a number that no source writes', 'Two officials attended the talks in Geneva.', ['unsupported-claim']],
    ['the agent of a passive, said in the active', 'Anna Berg led the talks in Oslo.', []],
    ['a passive whose agent is swapped', 'The talks in Oslo were led by Erik Dahl.', ['unsupported-claim']],
    ['a passive whose agent a comma ends', 'Anna Berg led the talks in Bergen, Norway said.', []],
    ['the agent of a passive named with a title "of"', 'Secretary of State Ole Lund led the trade talks in Tromso.', []],
    ['another agent for a passive named with a title "of"', 'Secretary of State Anna Berg led the trade talks in Tromso.', ['unsupported-claim']],
    ['a quotation the next source sentence gives to someone else', 'Mayor Ortiz said the city will plant new trees on every street of the old town by June, adding: "Every street deserves shade."', ['misattributed']],
    ['a wrong number another, unrelated source happens to mention', 'The company said 450 workers were laid off at its plant in Toledo.', ['number-mismatch']],
  ];
  itReportsCodes(news, table);
});

describe('checkDraft: numbers the draft bounds or writes as a share', () => {
  const sources = new SourceIndex([
    {
      path: '/ws/sources/land.txt',
      text: 'The army took control of an estimated 1,300 square kilometers of land in August.\nThe plant produced a quarter of the region’s electricity.\nThe team must keep the cost under 12.50 euros per unit.\nMore than 1,300 people attended the rally in the park.\nThe clinic treated 175 patients on Monday.\n',
    },
  ]);
  itReportsCodes(sources, [
    ['a floor the source value passes', 'The army took control of more than 1,000 square kilometers of land in August.', []],
    ['a floor the source value does not reach', 'The army took control of more than 1,500 square kilometers of land in August.', ['number-mismatch']],
    ['a round figure close to the source value', 'The army took control of about 1,250 square kilometers of land in August.', []],
    ['a percentage for the source fraction', 'The plant produced 25% of the region’s electricity.', []],
    ['"about" a percentage close to the source fraction', 'The plant produced about 26 percent of the region’s electricity.', []],
    ['another percentage', 'The plant produced 40% of the region’s electricity.', ['number-mismatch']],
    ['a bound where the source states the bound', 'The team must keep the cost under 15 euros per unit.', ['number-mismatch']],
    ['the floor the source gives, rounded down', 'More than 1,000 people attended the rally in the park.', []],
    ['a floor above the floor the source gives', 'More than 2,000 people attended the rally in the park.', ['number-mismatch']],
    ['a ceiling the source value stays under, its words no missing content', 'The clinic treated fewer than 200 patients.', []],
    ['a ceiling the source value passes', 'The clinic treated fewer than 100 patients on Monday.', ['number-mismatch']],
    ['a floor just under the source floor, not rounded', 'More than 1,250 people attended the rally in the park.', ['number-mismatch']],
    ['a lower floor that is not the source floor rounded', 'More than 800 people attended the rally in the park.', ['number-mismatch']],
  ]);
});

describe('checkDraft: a speaker named by a role', () => {
  const sources = new SourceIndex([
    {
      path: '/ws/sources/summit.txt',
      text: 'Chilean President Ana Rojas met her Peruvian counterpart, Luis Vega, in Lima.\n“The border will stay open,” Rojas said.\n“We will build the bridge together,” Vega said.\n',
    },
  ]);
  itReportsCodes(sources, [
    ['the role the source introduces the speaker with', '“The border will stay open,” the Chilean leader said.', []],
    ['an appositive role', '“We will build the bridge together,” the Peruvian president said.', []],
    ['a role with nothing more', '“The border will stay open,” the president said.', []],
    ['the role of the other speaker', '“The border will stay open,” the Peruvian leader said.', ['misattributed']],
  ]);
});

describe('checkDraft: how often is no content', () => {
  const sources = new SourceIndex([{ path: '/ws/sources/bus.txt', text: 'The mayor has frequently criticized the bus company.\n' }]);
  itReportsCodes(sources, [
    ['"often" for "frequently"', 'The mayor has often criticized the bus company.', []],
    ['no frequency at all', 'The mayor has criticized the bus company.', []],
    ['another company', 'The mayor has often criticized the ferry company.', ['unsupported-claim']],
  ]);
});

describe('checkDraft: who says it, when the attribution ends the sentence', () => {
  const sources = new SourceIndex([
    {
      path: '/ws/sources/council.txt',
      text: 'Smith has “the votes” and Jones does not, Ortiz has said repeatedly.\nThe Regional Transit Council (RTC) announced that it would close the northern depot, the city paper reported.\n',
    },
  ]);
  itReportsCodes(sources, [
    ['the speaker at the end, as the source has it', 'Smith has the votes and Jones does not, Ortiz has said.', []],
    ['a name of the quoted words made the speaker', 'Smith has the votes and Jones does not, Smith has said.', ['misattributed']],
    ['a name of the quoted words made the speaker, in front', 'Smith said Ortiz has “the votes” and Jones does not.', ['misattributed']],
    ['a subject with its initials in parentheses', 'The RTC announced that it would close the northern depot.', []],
  ]);
});

describe('checkDraft: an opposite another candidate states', () => {
  // The claim's words are in two adjacent sentences (the council, the plan); a third says the
  // opposite of its verb, of the same plan.
  const sources = new SourceIndex([
    {
      path: '/ws/sources/vote.txt',
      text: 'The regional council met for hours, the mayor said.\nThe mayor still hopes to get the board to sign off on her 30-day transit pass plan.\nThe school board last week approved the 30-day transit pass plan for students.\n',
    },
  ]);
  const messages = (markdown: string) => checkDraft(parseDraft(markdown, '/ws/draft.md'), sources).findings.map((f) => f.message);
  it('reports the opposite with the sentence that says it', () => {
    assert.deepEqual(messages('The regional council rejected the 30-day transit pass plan.'), ['The source says "approved", not "rejected" (vote.txt:3)']);
  });
  it('reports nothing for the verb that sentence says', () => {
    assert.deepEqual(messages('The school board approved the 30-day transit pass plan.'), []);
  });
});

describe('checkDraft: an opposite in one sentence of a merged support', () => {
  const sources = new SourceIndex([
    { path: '/ws/sources/fleet.txt', text: 'The carrier flies short-haul cargo routes with its new turboprop aircraft, the company said.\nThe board expects long-haul passenger demand to recover by 2026.\n' },
  ]);
  itReportsCodes(sources, [
    // "long-haul" is in the second sentence, but the first says "short-haul cargo routes".
    ['a word the second sentence holds, reversed among the same words of the first', 'The carrier flies long-haul cargo routes with turboprop aircraft.', ['unsupported-claim']],
    ['the same claim as the source makes it', 'The carrier flies short-haul cargo routes with turboprop aircraft.', []],
  ]);
});

describe('checkDraft: claims the reference article does not make', () => {
  // Invented news sentences about the article's people and events, each plausible and each
  // unsupported: a checker that lets plain-word claims through because their names all appear
  // in some source sentence fails here (a rule that raised the summary benchmarks by 13 points
  // let 8 of these 13 pass, so it was not kept).
  const article = new SourceIndex([
    { path: '/ws/sources/article.txt', text: readFileSync(join(__dirname, '../../examples/ceasefire/sources/article.txt'), 'utf8') },
  ]);
  const table: [string, string, FindingCode[]][] = [
    ['an event with no names', 'The ceasefire collapsed within hours of the call.', ['unsupported-claim']],
    ['a deed given to the wrong leader', 'Zelenskyy agreed to halt military aid and intelligence sharing.', ['unsupported-claim']],
    ['a threat no one made', 'Trump threatened new sanctions on Russian oil exports.', ['unsupported-claim']],
    ['an invented reaction of a named city', 'Kyiv welcomed the call as a breakthrough.', ['unsupported-claim']],
    ['a reversed state of affairs', 'Russian forces have stopped pounding Ukraine.', ['unsupported-claim']],
    ['an invented meeting of two named people', 'Marco Rubio met Putin in Moscow.', ['unsupported-claim']],
    ['an invented reaction of a named alliance', 'NATO leaders praised the agreement.', ['unsupported-claim']],
    ['a word of the source turned into its opposite', "Ukraine's electricity production doubled after the war.", ['unsupported-claim']],
    ['an attitude the source reverses', 'Trump has long criticized Putin.', ['unsupported-claim']],
    ['talks no source plans', 'The Kremlin said the talks would resume in Saudi Arabia next month.', ['unsupported-claim']],
    ['a scope the source does not give', 'The pause covers all military targets, not only energy facilities.', ['unsupported-claim']],
    ['a belief the source reverses', 'Zelenskyy trusts that Putin is ready for peace.', ['unsupported-claim']],
    ['a place no source names', 'Ukrainian forces are advancing in the Kursk region.', ['unsupported-claim']],
    ['a verb whose opposite the source says of the same proposal', 'The Kremlin rejected the 30-day ceasefire proposal.', ['unsupported-claim']],
  ];
  itReportsCodes(article, table);
});

describe('checkDraft: faithful paraphrases of the reference article', () => {
  // The article's facts in other words, other order or shorter, as a reporter writes them: none
  // may be reported (a checker that flags them is noise the writer learns to ignore).
  const article = new SourceIndex([
    { path: '/ws/sources/article.txt', text: readFileSync(join(__dirname, '../../examples/ceasefire/sources/article.txt'), 'utf8') },
  ]);
  const table: string[] = [
    'Trump and Putin agreed to temporarily halt strikes on energy facilities in the Ukraine conflict.',
    'The White House called it the first stage in a "movement to peace."',
    "Kyiv strongly opposes Putin's criteria for a potential peace accord.",
    "Kyiv's air raid sirens went off shortly after the call ended.",
    'According to the Kremlin, Putin reiterated his demand for an end to foreign military and intelligence assistance to Ukraine.',
    'Russia also wants Ukraine to renounce any prospect of joining NATO.',
    'Zelenskyy told reporters that Ukraine is open to any proposals that lead to a sustainable and just peace.',
    "Zelenskyy rejected Putin's demand for halting military aid and intelligence sharing to Ukraine.",
    'Zelenskyy warned that halting military aid would weaken Ukraine.',
    'Trump cheered the development as a major step toward ending the biggest land war in Europe since World War II.',
    'Russia and Ukraine are set to exchange 175 prisoners of war each on Wednesday, the Kremlin said.',
    'Russia will also hand over 23 badly wounded soldiers to Ukraine, according to the Kremlin.',
    'Ukrainian officials agreed to the 30-day ceasefire proposal last week during talks in Saudi Arabia.',
    'Zelenskyy remains sceptical that Putin is ready for peace.',
    'Trump has made quickly ending the conflict a top priority.',
    "The plant produced nearly a quarter of Ukraine's electricity in the year before the war.",
    'Trump temporarily cut off some military intelligence-sharing and aid to Ukraine after a disastrous Feb. 28 meeting with Zelenskyy.',
    'The aid was restored after Ukraine signed off on the 30-day ceasefire proposal.',
    'Trump has often focused on who has the leverage.',
    'Trump would like to see the U.S.-Russia relationship return to a more normal footing.',
    "In August last year, Ukraine's army took control of an estimated 1,300 square kilometers of land.",
    "Ukraine's forces are now in retreat.",
    'Trump and Putin also discussed the situation in the Middle East, the White House said.',
    'US officials have said Iran provided Russia with short-range ballistic missiles and attack drones.',
    'The United States has claimed that Iran helped Russia develop a drone manufacturing complex.',
    "Trump supported Putin's proposal to organize hockey matches between Russian and American players, according to the Kremlin.",
  ];
  for (const sentence of table) {
    it(`reports nothing for "${sentence.slice(0, 60)}…"`, () => {
      const findings = checkDraft(parseDraft(sentence, '/ws/draft.md'), article, { fileExists: () => false }).findings;
      assert.deepEqual(findings.map((f) => f.message), []);
    });
  }
});

describe('checkDraft: ordinary wording the newer rules leave alone', () => {
  const run = (source: string, markdown: string) =>
    checkDraft(parseDraft(markdown, '/ws/draft.md'), new SourceIndex([{ path: '/ws/sources/s.txt', text: source }])).findings.map((f) => [f.code, f.message.replace(/ \([^()]*\)$/, '')]);
  const table: [string, string, string, [string, string][]][] = [
    ['a sentence opening with an adverb before "his"', 'Zelenskyy renewed his pledge to rebuild the power grid before winter.\n', 'Yesterday the president renewed his pledge to rebuild the power grid before winter.', []],
    ['a passive led by a title', 'The talks in Jeddah were led by Secretary of State Marco Rubio on Tuesday.\n', 'The talks in Jeddah were led by the Secretary of State on Tuesday.', []],
    ['two halves of a pair, each with its own verb', 'Exports to China increased by 5 percent in the first quarter.\nExports to India decreased by 2 percent in the same period.\n', 'Exports to China increased by 5 percent in the first quarter, and exports to India fell by 2 percent.', []],
    ['a vote the next month the other way', 'The council rejected the parking plan in March.\nIn April, the council passed the revised parking plan for the downtown district after a long debate.\n', 'In April, the council approved the revised parking plan for the downtown district after a long debate.', []],
    ['a count bounded against a share', 'A survey found that 24% of residents support the plan for the park.\n', 'A survey found that more than 10 residents support the plan for the park.', [['number-mismatch', 'The source says 24%, not 10']]],
    ['"nearly a quarter" for 24%', 'The plant produced 24% of the region’s electricity.\n', 'The plant produced nearly a quarter of the region’s electricity.', []],
    ['"just under" a share far above the source', 'The plant produced 24% of the region’s electricity.\n', 'The plant produced just under 90% of the region’s electricity.', [['number-mismatch', 'The source says 24%, not 90%']]],
    ['a role the sources give to another', 'Talks between Russian leader Putin and Zelenskyy ended.\nZelenskyy said the talks failed because of the shelling.\n', 'The Russian leader said the talks failed because of the shelling.', [['misattributed', 'Zelenskyy said this, not the Russian leader']]],
    ['a capitalised role', 'Ukrainian President Volodymyr Zelenskyy spoke in Kyiv.\n“We are ready for peace,” Zelenskyy said.\n', '“We are ready for peace,” the Ukrainian President said.', []],
    ['a bare role the sources never give the speaker', 'Kremlin spokesman Dmitry Peskov spoke on Monday.\n“The talks have failed,” Putin said.\n', '“The talks have failed,” the spokesman said.', [['misattributed', 'Putin said this, not the spokesman']]],
    ['two speakers’ quotations spliced into one', '“We are ready for peace,” Zelenskyy said on Monday. “The talks have failed,” Putin said.\n', 'Zelenskyy said: “We are ready for peace. The talks have failed.”', [['misquote', 'The source words differ: "We are ready for peace"']]],
    ['a number given what another number of the sentence counts', 'The clinic treated 240 children with burns and sent 18 seriously injured adults to the capital.\n', 'The clinic sent 240 seriously injured adults to the capital.', [['number-mismatch', 'The source says 18, not 240']]],
    ['the two numbers of a sentence swapped', 'The clinic treated 240 children with burns and sent 18 seriously injured adults to the capital.\n', 'The clinic treated 18 children with burns and sent 240 seriously injured adults to the capital.', [['number-mismatch', 'The source says 240, not 18'], ['number-mismatch', 'The source says 18, not 240']]],
    ['a measure in the unit the source gives another figure in', 'The fire burned an estimated 3,400 hectares (8,400 acres) of forest.\n', 'The fire burned 3,400 acres of forest.', [['number-mismatch', 'The source says 8,400, not 3,400']]],
    ['a measure in square miles where the source gives square kilometers', 'The reserve covers 1,300 square kilometers (500 square miles) of wetland.\n', 'The reserve covers 1,300 square miles of wetland.', [['number-mismatch', 'The source says 500, not 1,300']]],
    ['two counts of one unit swapped between their phrases', 'Trams will run every six minutes at peak times and every 12 minutes in the evening.\n', 'Trams will run every 12 minutes at peak times and every six minutes in the evening.', [['number-mismatch', 'The source says six, not 12'], ['number-mismatch', 'The source says 12, not six']]],
    ['a count of one unit whose next word comes from another clause', 'The offer gives 10% off your first three months with any plan.\nThe Platinum plan costs $630 a month.\n', 'The offer gives 10% off the first three months, and the Platinum plan costs $630 a month.', []],
    ['a measure whose own figure another draft number already took', 'The reserve covers 1,300 square kilometers (500 square miles) of wetland.\n', 'The reserve covers 9,999 square kilometers, or 500 square kilometers of wetland.', [['number-mismatch', 'The source says 1,300, not 9,999']]],
    ['both figures of a measure, each in its unit', 'The reserve covers 1,300 square kilometers (500 square miles) of wetland.\n', 'The reserve covers 500 square miles of wetland.', []],
    ['a number whose next words another number also has, each right', 'The clinic treated 240 children with burns and sent 18 children to the capital.\n', 'The clinic sent 18 children to the capital.', []],
    ['a year before words another number counts', 'In 1929, the family sold 40 houses to the trust.\nIn 1943, the family gave the park to the trust.\n', 'In 1943, the family gave the park to the trust.', []],
    ['a negation the source makes by ellipsis, spelled out for its subject', 'Ortiz has the votes for the budget and Lopez does not, the paper reported.\n', 'Lopez does not have the votes for the budget, the paper reported.', []],
    ['that negation given to the other subject', 'Ortiz has the votes for the budget and Lopez does not, the paper reported.\n', 'Ortiz does not have the votes for the budget, the paper reported.', [['unsupported-claim', 'The draft negates "votes"; the source does not']]],
    ['a pronoun after a sentence whose subject the sources give as a speaker', 'Priya Nandakumar rejected the cost estimate.\n"The levy applies only to large shops," Nandakumar said.\nKerr said the council underestimated the cost.\n', 'Kerr said the council underestimated the cost. Nandakumar rejected the cost estimate. "The levy applies only to large shops," she said.', []],
    ['a pronoun after a sentence opening with a thing, not a speaker', 'Trams will run every six minutes.\n"The levy applies only to large shops," Nandakumar said.\nKerr said the council underestimated the cost.\n', 'Kerr said the council underestimated the cost. Trams will run every six minutes. "The levy applies only to large shops," he said.', [['misattributed', 'Nandakumar said this, not Kerr']]],
    ['a speaker named with where the person works', 'Analyst Tom Pratt of Harbour Capital asked about prices.\nAnalyst Ruth Okafor of Lindqvist Securities said margins would recover next year.\n', 'Tom Pratt of Harbour Capital said margins would recover next year.', [['misattributed', 'Okafor said this, not Tom Pratt of Harbour Capital']]],
    ['a cut where the source says raised', 'The board raised the quarterly dividend by 4 cents to 62 cents a share.\n', 'The board cut the quarterly dividend by 4 cents to 62 cents a share.', [['unsupported-claim', 'The source says "raised", not "cut"']]],
    ['a cut of something else beside a raise', 'The board raised the quarterly dividend by 4 cents to 62 cents a share.\nThe company cut 300 jobs in its packaging unit.\n', 'The board raised the quarterly dividend, and the company cut 300 jobs in its packaging unit.', []],
    ['a ratio written in words in the source and with digits in the draft', 'One in ten residents of the valley uses the new bus line.\n', 'One in 10 residents of the valley uses the new bus line.', []],
    ['a count of the same things another sentence gives of something else', 'The school has 450 pupils.\nThe rival academy has 600 pupils enrolled this year.\n', 'The school has 450 pupils enrolled this year.', []],
    ['a negation the source only interrupts ("does not, however,")', 'The council will build the school next year; the council does not, however, plan a new road.\n', 'The council will not build the school next year.', [['unsupported-claim', 'The draft negates "build"; the source does not']]],
    ['pronouns after a quotation opening with a name', 'Kerr said the levy would hurt small shops.\nNandakumar said the levy was fair.\n"Kerr is wrong about the levy," Nandakumar said.\n"The levy applies only to large shops," Nandakumar added.\n', 'Nandakumar said the levy was fair. "Kerr is wrong about the levy," she said. "The levy applies only to large shops," she added.', []],
    ['a speaker whose name holds "of" before the person', 'Bank of England Governor Andrew Bailey said rates would stay high.\nThe finance minister Rachel Reeves spoke on Monday.\n', 'Rachel Reeves said rates would stay high.', [['misattributed', 'Bailey said this, not Rachel Reeves']]],
    ['a quotation found word for word, framed by one word of the writer', 'Dr. Amara Osei: We measured an average loss of 1.8 metres a year since 2019.\n', 'Osei said the team "measured an average loss of 1.8 metres a year since 2019."', []],
    ['a name in capitals that folds to a function word', 'WHO said the outbreak was over in May.\n', 'The Red Cross said the outbreak was over in May.', [['misattributed', 'WHO said this, not the Red Cross']]],
  ];
  for (const [name, source, markdown, expected] of table) it(`for ${name}`, () => assert.deepEqual(run(source, markdown), expected));

  it('writes no fix that quotes a passage without the negation governing it', () => {
    const source = 'Osei said: "I don\'t think patching it is worth the money."\n';
    const findings = checkDraft(parseDraft('"Patching it is a waste of money," Osei said.', '/ws/draft.md'), new SourceIndex([{ path: '/ws/sources/s.txt', text: source }])).findings;
    assert.deepEqual(findings.map((f) => [f.code, f.fix]), [['misquote', undefined]]);
  });

  it('writes no fix between a percentage and a fraction', () => {
    const findings = checkDraft(parseDraft('The plant produced 40% of the region’s electricity.', '/ws/draft.md'), new SourceIndex([{ path: '/ws/sources/s.txt', text: 'The plant produced a quarter of the region’s electricity.\n' }])).findings;
    assert.deepEqual(findings.map((f) => [f.message.replace(/ \([^()]*\)$/, ''), f.fix]), [['The source says a quarter, not 40%', undefined]]);
  });
});
