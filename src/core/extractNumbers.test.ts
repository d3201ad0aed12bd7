import assert from 'node:assert/strict';
import { extractNumbers } from './extractNumbers';
import { tokenize } from './tokenize';

const values = (text: string) => extractNumbers(text, tokenize(text)).map((n) => [text.slice(n.start, n.end), n.value]);

describe('extractNumbers', () => {
  const table: [string, (string | number)[][]][] = [
    ['They exchanged 175 prisoners.', [['175', 175]]],
    ['An estimated 1,300 square kilometers.', [['1,300', 1300]]],
    ['A 30-day ceasefire.', [['30', 30]]],
    ['It rose 2.5 percent.', [['2.5', 2.5]]],
    ['Twenty-three soldiers.', [['Twenty-three', 23]]],
    ['Two million people.', [['Two million', 2e6]]],
    ['8.2 million riders, or 8,200,000.', [['8.2 million', 8.2e6], ['8,200,000', 8.2e6]]],
    ['Nearly a quarter of the power.', [['quarter', 0.25]]],
    ['About one in ten dollars, two out of three voters.', [['one in ten', 0.1], ['two out of three', 2 / 3]]],
    ['One in the morning, ten in the evening.', [['One', 1], ['ten', 10]]],
    ['One in 10 residents; they scored two in five minutes; one, in ten days.', [['One in 10', 0.1], ['two', 2], ['five', 5], ['one', 1], ['ten', 10]]],
    ['Half of them left.', [['Half', 0.5]]],
    ['Two-thirds agreed.', [['Two-thirds', 2 / 3]]],
    // A date is the day with its month: "March 28" is another date, not "28" and a new name.
    ['After a Feb. 28 meeting.', [['Feb. 28', 28]]],
    ['Sign up by the 31st, or before August 30th.', [['31st', 31], ['August 30th', 30]]],
    ['The council met on the 28th of February.', [['28th of February', 28]]],
    // No date: a comma between, a month in lower case (a verb), a month after a comma.
    ['In March, 3 people died.', [['3', 3]]],
    ['Workers will march 12 miles.', [['12', 12]]],
    ['In March, 6–7 people died.', [['6', 6], ['7', 7]]],
    // A day in words is no day: "three September dates" counts dates.
    ['She played three September dates and one May night on May 5.', [['three', 3], ['one', 1], ['May 5', 5]]],
    // The end of a span of years is no day of the month after it.
    ['The 2018-19 February fixtures; 19 February.', [['2018', 2018], ['19', 19], ['19 February', 19]]],
    // A date hard-wrapped across two lines is still a date.
    ['They met on February\n28 in Kyiv.', [['February\n28', 28]]],
    ['In the second half of the game.', []],
    ['In the fourth quarter sales rose by a quarter; they rise each quarter.', [['quarter', 0.25]]],
    ['No one came; one another.', []],
    ['The constructor and the prototype of valueOf.', []],
    ['A profit of $8.2m, sales of €1.5bn and a $40k grant.', [['8.2m', 8.2e6], ['1.5bn', 1.5e9], ['40k', 4e4]]],
    ['She ran the 10m hurdles in a 3D film.', [['10m', 10], ['3D', 3]]],
    ['It has 5M users and 2B views.', [['5M', 5e6], ['2B', 2e9]]],
    ['Deliveries rose in 4Q 2020.', [['2020', 2020]]],
    ['They got twenty - five machines.', [['twenty - five', 25]]],
    ['Keep it under twelve euro fifty, or twelve dot fifty.', [['twelve euro fifty', 12.5], ['twelve dot fifty', 12.5]]],
    ['Twelve euros and forty cents; 25 euros and 30 people; two point five.', [['Twelve euros and forty cents', 12.4], ['25', 25], ['30', 30], ['two point five', 2.5]]],
    ['Its fifth album came out on the tenth day; a fifth of fans and two tenths of critics liked it.', [['fifth', 0.2], ['two tenths', 0.2]]],
    ['A fifth straight loss on its twenty-fifth anniversary; one third of voters.', [['one third', 1 / 3]]],
    ['Rates of five point two five percent, 12 point 05 and one point five million.', [['five point two five', 5.25], ['12 point 05', 12.05], ['one point five million', 1.5e6]]],
    ['He raised 5 million dollars 10 years ago; seven pounds eight ounces.', [['5 million', 5e6], ['10', 10], ['seven', 7], ['eight', 8]]],
    ['COVID-19 grounded the F-35 from mid-2020.', [['2020', 2020]]],
    ['Maybe two three people came.', [['two', 2], ['three', 3]]],
    ['One hundred and five days.', [['One hundred and five', 105]]],
    ['Features:\n1. Records for 24 clinics\n  2) Video calls', [['24', 24]]],
    ['It ended in 1999. Then 2. Not a list.', [['1999', 1999], ['2', 2]]],
    ['Its reserves had fallen to\n45. The bank said so.', [['45', 45]]],
    ['Key figures\n1. Revenue of 30 million\n2. Profit', [['30 million', 3e7]]],
    ['1. Revenue grew because of\nthe new plant\n2. Profit', []],
    ['Profits fell by a third; a third party and a third of staff.', [['third', 1 / 3], ['third', 1 / 3]]],
    ['Plans:\n\n100. Not an item number', [['100', 100]]],
    ['Two half-time changes and a quarter-final, but two-thirds of the fans.', [['Two', 2], ['two-thirds', 2 / 3]]],
    ['It cut rates by a quarter-point.', [['quarter', 0.25]]],
  ];
  for (const [text, expected] of table) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(values(text), expected));

  it('records the unit after a number and the month of a date', () => {
    const text = 'They took 500 square miles after a Feb. 28 meeting.';
    const [miles, date] = extractNumbers(text, tokenize(text));
    assert.equal(miles.unit2, 'squar mil');
    assert.equal(date.unit, 'feb');
    assert.ok(date.date && !miles.date);
  });

  it('reads a day written before its month as a date, and not "2 may"', () => {
    const text = 'Offers end 31st August, and 2 may be left.';
    const [day, two] = extractNumbers(text, tokenize(text));
    assert.equal(day.unit, 'aug');
    assert.equal(text.slice(day.start, day.end), '31st August');
    assert.notEqual(two.unit, 'may');
  });
});
