import { extractNumbers, mayBeNumber, type NumberMention } from './extractNumbers';
import { FINDING_INFO } from './findingCodes';
import { findSpeakers, nameRunEnd, sameByInitials, sameSpeaker, speakerKey, type SpeakerMention } from './findSpeakers';
import { CANDIDATES, findMergedSupport, findSupport, scoreSupport, SUPPORTED, weightOf, type Support } from './findSupport';
import { matchQuote, quoteSegments, type QuoteMatch } from './matchQuote';
import { isSharedCitation, type Draft, type DraftSentence } from './parseDraft';
import { basename, dirname, relativePath } from './paths';
import { escapeRegExp } from './regExp';
import { isContentToken, type Candidate, type SourceIndex } from './SourceIndex';
import { stemWord, tokenize, type Token } from './tokenize';
import type { Evidence, Finding, FindingCode, SeverityLevel, SourceSentence, Span, Speaker } from './types';
import { CLOSED_CLASSES, COLLECTIVE_SPEAKERS, CONTEXTUAL_OPPOSITES, PREFIX_OPPOSITES, STOPWORDS, FAULT_WORDS, MONTH_NAMES, negatedForm, NEGATIONS, OPPOSITES, SPEECH_VERBS, TIME_UNIT_WORDS } from './words';

/** Coverage a merged support (several sentences for one long draft sentence) needs. */
const MERGED_SUPPORTED = 0.3;

export interface CheckOptions {
  /** Severity per code; `off` drops the finding. Codes left out keep their default. */
  severities?: Partial<Record<FindingCode, SeverityLevel>>;
  /** Whether a file exists, for links to files that are not sources. Without it, such links are not judged. */
  fileExists?: (path: string) => boolean;
}

/** What the checker concluded about one draft sentence. */
export interface SentenceReport {
  start: number;
  end: number;
  /** The sentence states something checkable. */
  claim: boolean;
  /** A claim with no finding against it. */
  supported: boolean;
  /** The best source support found, if any. */
  support?: Support;
  findings: Finding[];
}

export interface CheckResult {
  findings: Finding[];
  sentences: SentenceReport[];
}

/**
 * Checks every sentence of a draft against the sources of `index`. Findings are in document
 * order; offsets are into `draft.text`. A draft without sentences returns no findings.
 */
export function checkDraft(draft: Draft, index: SourceIndex, options: CheckOptions = {}): CheckResult {
  const sentences: SentenceReport[] = [];
  let lastSpeaker: Speaker | undefined;
  for (const sentence of draft.sentences) {
    const report = checkSentence(draft, sentence, index, lastSpeaker, options);
    lastSpeaker = report.lastSpeaker ?? lastSpeaker;
    sentences.push(report.report);
  }
  return { findings: sentences.flatMap((s) => s.findings), sentences };
}

/** Where a sentence's support says otherwise than the sentence: an unsupported claim, or a wrong date (`code`) with its fix. */
interface Contradiction {
  message: string;
  evidence: Evidence;
  code?: FindingCode;
  /** The draft words found wrong, when not the whole sentence. */
  range?: Span;
  fix?: Finding['fix'];
}

/** The speaker a sentence leaves for the next one's pronouns ("He added:"). */
export interface SentenceOutcome {
  report: SentenceReport;
  lastSpeaker?: Speaker;
}

/**
 * Checks one sentence. `lastSpeaker` resolves a pronoun speaker; the outcome carries the speaker
 * for the next sentence. Pure: the same inputs give the same outcome, so callers may cache it.
 */
export function checkSentence(
  draft: Draft,
  sentence: DraftSentence,
  index: SourceIndex,
  lastSpeaker: Speaker | undefined,
  options: CheckOptions = {},
): SentenceOutcome {
  const speakers = findSpeakers(draft.prose, sentence.tokens, lastSpeaker);
  // A name, as the sources take one for their pronouns: not "the Kremlin", nor "officials" ("He added" is no official's).
  const named = speakers.find((s) => !s.pronoun && /^\p{Lu}/u.test(s.name) && !/^the\b/i.test(s.name));
  const outcome: SentenceOutcome = { report: { start: sentence.start, end: sentence.end, claim: false, supported: false, findings: [] }, lastSpeaker: named };
  if (sentence.disabled) return outcome;
  const judge = new SentenceJudge(draft, sentence, index, speakers, options);
  outcome.report = judge.run();
  // "Kerr criticised the cost." names whom a following "He added:" means, as a speech verb would.
  if (!speakers.length) outcome.lastSpeaker = judge.subjectSpeaker();
  return outcome;
}

class SentenceJudge {
  private readonly findings: Finding[] = [];
  private readonly numbers: NumberMention[];
  private readonly quotes: { match?: QuoteMatch; start: number; end: number }[] = [];
  /** The sentence's candidate source sentences, best first. */
  private ranked: readonly Candidate[] = [];
  /** `excludedTokens()`, once the quotations are matched. */
  private excluded = new Set<Token>();
  /** Whether the sentence rests on a merged support (several loosely matched sentences). */
  private mergedSupport = false;
  /** The best support joins sentences: merged, or an adjacent pair. */
  private looseSupport = false;
  private stems: Set<string> | undefined;
  /** The content stems of each column of the table headers read, by header sentence (see `columnNaming`). */
  private readonly headerColumns = new Map<number, Set<string>[]>();

  /** The stems of the sentence's words. */
  private get draftStems(): Set<string> {
    return (this.stems ??= new Set(this.sentence.tokens.map((t) => t.stem)));
  }

  /**
   * Content words a draft word and a source word must share around them to stand among the same
   * words (see `sharesContext`): among the sentences of a merged support or a pair, one shared
   * word is chance.
   */
  private get contextWords(): number {
    return this.looseSupport ? 2 : 1;
  }

  constructor(
    private readonly draft: Draft,
    private readonly sentence: DraftSentence,
    private readonly index: SourceIndex,
    private readonly speakers: SpeakerMention[],
    private readonly options: CheckOptions,
  ) {
    this.numbers = extractNumbers(draft.prose, sentence.tokens);
  }

  run(): SentenceReport {
    const { sentence } = this;
    const broken = this.checkCitationTargets();
    const ranked = (this.ranked = this.index.candidates(sentence.tokens, CANDIDATES));
    this.checkQuotes(ranked);
    const excluded = (this.excluded = this.excludedTokens());
    // A name no source spells out that a candidate writes by its initials ("United Kingdom",
    // "UK") is found there.
    for (const run of nameRuns(this.draft.prose, sentence.tokens)) {
      if (run.every((t) => this.index.documentFrequency(t.stem) > 0)) continue;
      const acronym = acronymOf(this.draft.text, run);
      if (acronym && ranked.some((c) => acronym.test(this.index.sentences[c.id].text))) for (const t of run) excluded.add(t);
    }
    const supports = findSupport(this.index, sentence.tokens, excluded, ranked, this.speakers.length > 0);
    const quoted = this.quotes.find((q) => q.match?.verbatim)?.match;
    // Words of the sentence outside its quotation, speakers and numbers: "the team" in `Osei said the team "measured…"`.
    const framing = quoted ? sentence.tokens.filter((t) => isContentToken(t) && !excluded.has(t)).length : 0;
    if (quoted && (!supports.length || (supports[0].coverage < SUPPORTED && (framing <= 1 || (supports[0].missing.length <= 1 && !supports[0].sentences.includes(quoted.sentence)))))) {
      // Everything checkable is in a verbatim quotation (plus at most a word of framing).
      supports.unshift(this.quoteSupport(quoted.sentence, excluded));
    }
    let best = supports[0];
    const claim = this.isClaim();
    let supported = !!best && best.coverage >= SUPPORTED;
    if (!supported) {
      const merged = findMergedSupport(this.index, sentence.tokens, excluded, ranked);
      if (merged && merged.coverage >= MERGED_SUPPORTED) {
        best = merged;
        supported = true;
        this.mergedSupport = true;
      }
    }
    this.looseSupport = this.mergedSupport || (!!best && best.sentences.length > 1);
    this.checkSpeakers(supported ? best : undefined);
    if (supported) this.checkNumbers(best);
    // A sentence the best source sentence would support but for a word swapped for another of
    // its class ("began in January" where it says "began in February") is that swap, not a
    // claim resting on nothing.
    const contradiction = supported ? this.findContradiction(best) : best && this.supportedButForSwaps(best) ? this.findContradiction(best) : undefined;
    const citedOk = broken ? true : this.checkCitations(supports, supported && !contradiction);
    const hasFinding = this.findings.some((f) => f.code !== 'broken-citation');
    if (claim && !hasFinding && citedOk) {
      if (contradiction) this.add(contradiction.code ?? 'unsupported-claim', contradiction.message, contradiction.range ?? sentence, contradiction.evidence, contradiction.fix);
      else if (!supported) this.reportUnsupported(best, best ? this.novelNames(best) : []);
      else {
        const novel = [...this.novelNames(best), ...this.novelFaults()];
        if (novel.length) this.reportUnsupported(best, novel);
      }
    }
    const findings = this.findings.filter((f) => this.severity(f.code) !== 'off');
    for (const f of findings) f.severity = this.severity(f.code) as Finding['severity'];
    return { start: sentence.start, end: sentence.end, claim, supported: claim && !findings.length, support: best, findings };
  }

  /**
   * The person opening the sentence as its subject ("Kerr criticised…", "Brennan was asked…"),
   * when the sentence's own best candidates give that name as a speaker: a capitalised word
   * opening a sentence is as often a thing ("Trams will run…"), and the sources tell the two apart.
   */
  subjectSpeaker(): SpeakerMention | undefined {
    const { tokens, quotes } = this.sentence;
    const text = this.draft.prose;
    // Not a quotation's first word, nor an opener ("On Monday Nandakumar…" names a day first).
    if (!tokens[0]?.capitalized || tokens[0].numeric || STOPWORDS.has(tokens[0].norm) || quotes.some((q) => q.start <= tokens[0].start && tokens[0].start < q.end)) return undefined;
    const last = nameRunEnd(text, tokens, 0, 3);
    // A subject before its verb, not a possessive ("Kerr's figures") nor a name ending the sentence.
    const next = tokens[last + 1];
    if (!next || next.capitalized || !/^ +$/.test(text.slice(tokens[last].end, next.start))) return undefined;
    const name = text.slice(tokens[0].start, tokens[last].end);
    const key = speakerKey(name);
    // A candidate's speakers are read only where its text holds the name (reading them reads its document up to it).
    const surname = text.slice(tokens[last].start, tokens[last].end);
    const known =
      !!key &&
      this.ranked.slice(0, SUBJECT_CANDIDATES).some(({ id }) => {
        const candidate = this.index.sentences[id];
        return candidate.text.includes(surname) && candidate.speakers.some((s) => sameSpeaker(s.key, key));
      });
    return known ? { name, key, start: tokens[0].start, end: tokens[last].end, pronoun: false } : undefined;
  }

  private quoteSupport(sentence: SourceSentence, excluded: Set<Token>): Support {
    const content = this.sentence.tokens.filter((t) => isContentToken(t) && !excluded.has(t));
    const weights = content.map((t) => weightOf(this.index, t, t === this.sentence.tokens[0]));
    const support = scoreSupport(this.index, content, weights, [sentence]);
    support.coverage = Math.max(support.coverage, SUPPORTED);
    return support;
  }

  private severity(code: FindingCode): SeverityLevel {
    return this.options.severities?.[code] ?? FINDING_INFO[code].severity;
  }

  private add(code: FindingCode, message: string, range: { start: number; end: number }, evidence?: Evidence, fix?: Finding['fix']): void {
    // A fix copies source text; a source given as a string may hold a lone surrogate (one read
    // from a file cannot), which must not reach the draft.
    if (fix) fix = { ...fix, replacement: wellFormed(fix.replacement) };
    this.findings.push({ code, severity: FINDING_INFO[code].severity, message, start: range.start, end: range.end, evidence, fix });
  }

  /** A sentence is a claim when it names, counts, quotes or attributes something, or says enough. */
  private isClaim(): boolean {
    const { tokens, quotes } = this.sentence;
    if (quotes.length || this.numbers.length || this.speakers.length) return true;
    let content = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && tokens[i].capitalized && !tokens[i].numeric) return true;
      if (tokens[i].content) content++;
    }
    return content >= 3;
  }

  /** Speaker names, numbers and quoted words are judged by their own checks, not by coverage. */
  private excludedTokens(): Set<Token> {
    const out = new Set<Token>();
    // A date's month goes with its day: "March 28" for "Feb. 28" is the number check's.
    // A share's "percent" goes with its number: "26 percent" for "a quarter" is the number check's.
    // A bound's words go with its number: "fewer than 200" for 175 is the number check's.
    const numbers = this.numbers.map((n) => ({ start: boundOf(this.draft.prose, n)?.start ?? n.start, end: n.end + percentAfter(this.draft.prose, n).length }));
    const spans: Span[] = [...this.speakers, ...numbers, ...this.quotes.filter((q) => q.match?.verbatim)];
    if (!spans.length) return out;
    for (const t of this.sentence.tokens) {
      for (const s of spans) {
        if (t.start >= s.start && t.end <= s.end) {
          out.add(t);
          break;
        }
      }
    }
    return out;
  }

  /** Quotations against the sources; `ranked`, the sentence's candidates, are looked in first. */
  private checkQuotes(ranked: readonly Candidate[]): void {
    const { draft, index } = this;
    for (const quote of this.sentence.quotes) {
      const segments = quoteSegments(draft.prose, quote);
      if (!segments.length) continue;
      const match = matchSentenceQuote(index, this.sentence, quote, segments, ranked);
      this.quotes.push({ match, ...quote });
      if (match?.verbatim) continue;
      const words = segments.flat();
      const range = { start: words[0].start, end: words[words.length - 1].end };
      if (!match || match.similarity < 0.5) {
        this.add('misquote', `This quotation is not in any source${match ? `; the closest is ${where(match.sentence)}` : ''}`, range, match && evidenceOf(match.sentence));
        continue;
      }
      const documentText = index.documents.get(match.sentence.path)!.text;
      const sourceText = documentText.slice(match.passage.start, match.passage.end);
      // A passage a negation before it governs ("I don't think patching it is worth the money")
      // would say the opposite once quoted alone: no fix, the message still gives the words.
      const lead = documentText.slice(Math.max(match.sentence.start, match.passage.start - 40), match.passage.start);
      const governed = /(?:\b(?:not|never|no)\b|n['’]t\b)[^,;:.!?"“”]*$/i.test(lead);
      const fix = segments.length === 1 && !governed ? { ...range, replacement: sourceText } : undefined;
      this.add('misquote', `The source words differ: "${ellipsize(sourceText, 120)}" (${where(match.sentence)})`, range, evidenceOf(match.sentence), fix);
    }
  }

  private checkSpeakers(best: Support | undefined): void {
    // A name inside quotation marks is the quoted words, not the writer's attribution: the
    // quotation is judged by the quote check (two fixes to one name would undo each other).
    const claimed = this.speakers.filter((s) => !isCollective(s.name) && !this.insideQuote(s));
    if (!claimed.length) return;
    const verbatim = this.quotes.find((q) => q.match?.verbatim)?.match;
    const evidence = verbatim ? [verbatim.sentence] : best?.sentences ?? [];
    const actual = evidence.flatMap((s) => s.speakers);
    if (!actual.length) return;
    // "Putin during the call reiterated ..., according to the Kremlin": Putin is the subject of the
    // same speech verb, so "Putin reiterated" is faithful too.
    const verbs = new Set(this.sentence.tokens.filter((t) => SPEECH_VERBS.has(t.norm)).map((t) => t.stem));
    const says = (c: SpeakerMention) =>
      actual.some((a) => sameSpeaker(c.key, a.key) || sameByInitials(c, a) || this.roleFits(c, a, evidence)) || evidence.some((s) => this.subjectSays(s, verbs, [c]));
    const wrong = claimed.filter((c) => !says(c));
    if (!wrong.length) return;
    let said = actual[0];
    let who = wrong[0];
    if (wrong.length < claimed.length) {
      // One claimed speaker is right ("..., the Kremlin said"); another is wrong only when the
      // source names someone else of the same kind: "Trump told Putin" where Putin told Trump,
      // "according to the White House" where it is according to the Kremlin.
      const other = (c: SpeakerMention) => actual.find((a) => isInstitution(a) === isInstitution(c) && !claimed.some((x) => sameSpeaker(x.key, a.key)));
      const found = wrong.find((c) => other(c));
      if (!found) return;
      who = found;
      said = other(found)!;
    }
    // A swap ("Trump told Putin" for "Putin told Trump") is not mended by renaming one of them.
    const swapped = this.sentence.tokens.some((t) => t.capitalized && said.key.split(' ').includes(t.norm));
    this.add(
      'misattributed',
      `${shortName(said, who, '')} said this, not ${who.name.replace(/^(The|An?)\s/, (article: string) => article.toLowerCase())} (${where(evidence[0])})`,
      who,
      evidenceOf(evidence[0]),
      swapped ? undefined : { start: who.start, end: who.end, replacement: shortName(said, who, this.draft.text) },
    );
  }

  /**
   * Whether a speaker named by a role ("the Ukrainian leader", "the spokesman") may be `said`, a
   * person of the sources: when the sources introduce the person with the role's adjectives, or,
   * without any, with its noun, right before the name ("Ukrainian President Volodymyr
   * Zelenskyy", "his Russian counterpart, Vladimir Putin", "Kremlin spokesman Dmitry Peskov").
   */
  private roleFits(claimed: SpeakerMention, said: Speaker, evidence: readonly SourceSentence[]): boolean {
    const words = claimed.name.split(/\s+/);
    const noun = words[words.length - 1].toLowerCase();
    if (words.length < 2 || words[0].toLowerCase() !== 'the' || !ROLE_NOUNS.has(noun) || isInstitution(said) || !said.key) return false;
    const adjectives = words.slice(1, -1).filter((w) => /^\p{Lu}/u.test(w));
    // The first letter in either case ("president" as in "Ukrainian President ..."); the rest as written.
    const either = (word: string) => `[${escapeRegExp(word[0].toUpperCase())}${escapeRegExp(word[0].toLowerCase())}]${escapeRegExp(word.slice(1))}`;
    const marks = (adjectives.length ? adjectives : [noun]).map(either).join('|');
    const last = either(said.key.split(' ').pop()!);
    // The mark, then at most a lower-case word and a comma ("counterpart,"), then the name's words.
    const introduced = new RegExp(`(?<![\\p{L}])(?:${marks})(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*)*(?:\\s+\\p{Ll}+)?,?(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*)*\\s+${last}(?![\\p{L}])`, 'u');
    return [...new Set(evidence.map((s) => s.path))].some((path) => introduced.test(this.index.documents.get(path)!.prose));
  }

  /** Whether `span` lies inside one of the sentence's quotations. */
  private insideQuote(span: { start: number; end: number }): boolean {
    return this.sentence.quotes.some((q) => span.start >= q.start && span.end <= q.end);
  }

  private subjectSays(s: SourceSentence, verbs: Set<string>, claimed: SpeakerMention[]): boolean {
    const tokens = this.index.tokensOf(s.id);
    const verb = tokens.findIndex((t) => verbs.has(t.stem));
    if (verb < 0) return false;
    // The subject stands before the verb: in "Putin also told Trump", Trump is told, not telling.
    // The names of the verb's own clause, where it has some: in "Putin has “the cards” and
    // Zelenskyy does not, Trump has said", only Trump says. A parenthesis stays in the clause
    // ("The General National Congress (GNC) declared").
    const prose = this.index.documents.get(s.path)!.prose;
    let first = verb;
    while (first > 0 && verb - first < 6 && !SUBJECT_BREAK.test(prose.slice(tokens[first - 1].end, tokens[first].start))) first--;
    const names = (from: number, to: number) => tokens.slice(from, to).filter((t) => t.capitalized).map((t) => t.norm);
    const own = names(first, verb);
    const subject = own.length ? own : names(0, Math.min(verb, 6));
    return claimed.some((c) => c.key.split(' ').every((w) => subject.includes(w)));
  }

  private checkNumbers(best: Support): void {
    // A number inside a quotation is the quotation's to judge (a misquote, fixed with the
    // source's words): two checks fixing one number from two sentences would undo each other.
    const numbers = this.numbers.filter((n) => !this.insideQuote(n));
    if (!numbers.length) return;
    const doc = (s: SourceSentence) => this.index.documents.get(s.path)!;
    const sourceNumbers = best.sentences.flatMap((s) => this.index.numbersOf(s.id).map((n) => ({ n, s })));
    const used = new Set<number>();
    const unmatched: NumberMention[] = [];
    for (const d of numbers) {
      const same = sourceNumbers.findIndex(({ n, s }, i) => !used.has(i) && agrees(n, doc(s).prose, d, this.draft.prose) && !otherPeriods(n, d) && !otherDates(n, doc(s).prose, d, this.draft.prose));
      if (same >= 0 && !this.swapsNumbers(d, same, sourceNumbers, used) && !this.inOtherColumn(d, sourceNumbers[same], sourceNumbers) && !crossed(d, sourceNumbers[same].n, numbers, sourceNumbers)) used.add(same);
      else unmatched.push(d);
    }
    for (const d of unmatched) {
      const free = sourceNumbers.map((x, i) => ({ ...x, i })).filter(({ i }) => !used.has(i));
      // Two words after the number ("months with"), where it has two: one alone is just its unit.
      const byUnit2 = free.filter(({ n }) => n.unit2 && n.unit2 === d.unit2 && n.unit2 !== n.unit);
      // A rate ("$432/month", "$40 a week") is no count of its period ("two months").
      const draftRate = isRate(this.draft.prose, d);
      const byUnit = byUnit2.length === 1 ? byUnit2 : free.filter(({ n, s }) => n.unit && n.unit === d.unit && isRate(doc(s).prose, n) === draftRate);
      const sameBefore = (list: typeof free) => list.filter(({ n }) => n.before && n.before === d.before);
      // Several of the same unit ("three months", "$432/month"): the one after the same word ("first").
      const byUnitAndBefore = byUnit.length > 1 ? sameBefore(byUnit) : [];
      const byContext = byUnitAndBefore.length === 1 ? byUnitAndBefore : byUnit.length ? byUnit : sameBefore(free);
      // The one number left, without a unit or a word in common, is the draft's only when no
      // source of a candidate sentence gives the draft's own value (a draft may join facts of two).
      const lone = byContext.length === 0 && free.length === 1 && unmatched.length === 1 && !this.ranked.some((c) => this.index.mentionsNumber(d.value, this.index.sentences[c.id].path));
      // In a table row, the number in the column the draft names ("21 … rated good" under "Rated good").
      const byColumn = byContext.length === 1 ? [] : this.inNamedColumn(d, free);
      let pick = byContext.length === 1 ? byContext[0] : byColumn.length === 1 ? byColumn[0] : lone ? free[0] : undefined;
      // A date against the one date of the support: "March 28" where it says "Feb. 28".
      const dates = d.date && !pick ? free.filter(({ n }) => n.date) : [];
      if (dates.length === 1) pick = dates[0];
      // A count is no fix for a date, nor a date for a count.
      if (pick && otherKinds(pick.n, doc(pick.s).prose, d, this.draft.prose)) pick = undefined;
      // A year is no misspelled amount ("2021" for "$1.63"), nor an amount a misspelled year.
      if (pick && isYearAsWritten(doc(pick.s).prose, pick.n) !== isYearAsWritten(this.draft.prose, d)) pick = undefined;
      // The same count of another period ("two months" where the source says "two weeks"), the
      // one picked or, with none, any: the period is what differs.
      const period = (pick ? [pick] : free).find(({ n }) => Math.abs(n.value - d.value) < 1e-9 && otherPeriods(n, d));
      if (period && this.reportOtherPeriod(d, period.n, period.s)) {
        used.add(period.i);
        continue;
      }
      if (period === pick) pick = undefined;
      if (!pick) {
        const text = this.draft.text.slice(d.start, d.end);
        // The value is the support's, but as a date where the draft counts ("5 people" for
        // "January 5") or the other way round, and no candidate gives it as the draft does.
        const asOther = free.find(({ n, s }) => Math.abs(n.value - d.value) < 1e-9 && otherDates(n, doc(s).prose, d, this.draft.prose));
        if (asOther && !this.givesAsDraft(d, asOther.s)) {
          const said = doc(asOther.s).text.slice(asOther.n.start, asOther.n.end);
          this.add('unsupported-claim', `${text} is ${d.date ? 'a date' : 'a count'} no source gives; ${where(asOther.s)} has ${d.value} only ${asOther.n.date ? `in the date ${said}` : 'as a count'}: "${ellipsize(asOther.s.text, 100)}"`, this.sentence, evidenceOf(asOther.s));
          continue;
        }
        // "one" in words is also a pronoun and a determiner ("one person", "one of them"), and
        // sources say it with "a": no source writing it is no evidence against it.
        if (!this.index.mentionsNumber(d.value) && !(d.value === 1 && !/\d/.test(text))) {
          this.add('unsupported-claim', `${text} appears in no source; nearest: ${where(best.sentences[0])} "${ellipsize(best.sentences[0].text, 100)}"`, this.sentence, evidenceOf(best.sentences[0]));
        }
        continue;
      }
      used.add(pick.i);
      // The number given what another counts, when that other is already another draft number's:
      // the value stands ("500 square kilometers" beside a "1,300" the draft also gives).
      if (Math.abs(pick.n.value - d.value) < 1e-9 && !pick.n.date && !d.date) continue;
      const source = doc(pick.s).text;
      const sourceText = source.slice(pick.n.start, pick.n.end);
      const draftText = this.draft.text.slice(d.start, d.end);
      // "a quarter" for "half": the article goes with the fraction the fix writes.
      const article = /\d/.test(sourceText) || pick.n.value >= 1 ? undefined : /(?:^|[^\p{L}])(an?)\s+$/iu.exec(source.slice(Math.max(0, pick.n.start - 4), pick.n.start))?.[1];
      const draftArticle = /(?:^|[^\p{L}])(an?|the|one)\s+$/iu.exec(this.draft.text.slice(Math.max(0, d.start - 5), d.start))?.[1];
      const hasArticle = !!draftArticle;
      let replacement = article && !hasArticle ? `${article.toLowerCase()} ${sourceText}` : sourceText;
      // "Half of the cost…" opening a sentence becomes "A quarter of the cost…".
      if (/^\p{Lu}/u.test(draftText) && /^\p{Ll}/u.test(replacement)) replacement = replacement[0].toUpperCase() + replacement.slice(1);
      // The message quotes both fractions whole: "a quarter, not a third".
      // A percentage keeps its sign in the message ("not 40%").
      const said = article && d.value < 1 && draftArticle && !/\d/.test(draftText) ? `${draftArticle.toLowerCase()} ${draftText}` : draftText + percentAfter(this.draft.text, d);
      const sourceSaid = sourceText + percentAfter(source, pick.n);
      // Between a percentage and a fraction no word-for-word fix fits ("a quarter%"): the message says it.
      const fixes = isPercent(this.draft.text, d) === isPercent(source, pick.n);
      this.add(
        'number-mismatch',
        `The source says ${article ? `${article.toLowerCase()} ` : ''}${sourceSaid}, not ${said} (${where(pick.s)})`,
        d,
        evidenceOf(pick.s),
        fixes ? { start: d.start, end: d.end, replacement } : undefined,
      );
    }
  }

  /**
   * Whether the draft's number `d`, of the same value as the source's `n`, belongs to another
   * number of the source: "175 badly wounded soldiers" where it says "175 prisoners of war …
   * and 23 badly wounded soldiers", "1,300 square miles" where it says "1,300 square kilometers
   * (500 square miles)". The two words after `d` are those after another number of the source,
   * of another value, and not those after `n` (one word is too often chance: "18 school…"). Only
   * numbers of `n`'s own sentence are compared: another sentence may count the same things of
   * something else ("600 pupils enrolled this year" at the rival academy). `same` is `n`'s index
   * in `sourceNumbers`.
   */
  private swapsNumbers(d: NumberMention, same: number, sourceNumbers: { n: NumberMention; s: SourceSentence }[], used: ReadonlySet<number>): boolean {
    const { n, s: sentence } = sourceNumbers[same];
    if (d.date || n.date || !d.unit2.includes(' ') || n.unit2 === d.unit2 || !this.countsWhatFollows(this.draft.prose, this.sentence.tokens, d)) return false;
    // After the same first word, the second tells numbers apart for a measure ("square miles"),
    // or where both words stand in the number's own phrase ("12 minutes at peak times", not
    // "three months, where the Platinum plan…").
    const measure = n.unit !== d.unit || MEASURE_MODIFIERS.has(d.unit);
    if (!measure && !unitsInPhrase(this.draft.prose, this.sentence.tokens, d)) return false;
    const sameValue = (m: NumberMention) => Math.abs(m.value - d.value) < 1e-9;
    const prose = this.index.documents.get(sentence.path)!.prose;
    const tokens = this.index.tokensOf(sentence.id);
    const after = sourceNumbers
      .map(({ n: m, s }, i) => ({ m, i, s }))
      .filter(({ m, s }) => s === sentence && m.unit2 === d.unit2 && !m.date && this.countsWhatFollows(prose, tokens, m) && (measure || unitsInPhrase(prose, tokens, m)));
    return after.some(({ m, i }) => i !== same && !sameValue(m) && !used.has(i)) && !after.some(({ m }) => sameValue(m));
  }

  /** A number of things named right after it ("23 badly wounded soldiers"), not a year, nor one the words after it do not count ("five for the school year"). */
  private countsWhatFollows(text: string, tokens: readonly Token[], n: NumberMention): boolean {
    const next = tokens[n.tokens[1] + 1];
    return !!next && next.content && !next.numeric && !isYearAsWritten(text, n);
  }

  /**
   * Whether the draft's `d`, of the value of `match` in a table row, names another column, one
   * holding another value, with more of its words and one right beside it: "Brent had 9 sites in
   * total" where 9 is Brent's flooded sites and its total is 40.
   */
  private inOtherColumn<T extends { n: NumberMention; s: SourceSentence }>(d: NumberMention, match: T, numbers: T[]): boolean {
    if (!this.index.tableHeaderOf(match.s.id)) return false;
    const named = this.inNamedColumn(d, numbers.filter((x) => x.s === match.s));
    if (named.length !== 1 || named[0] === match || Math.abs(named[0].n.value - d.value) < 1e-9) return false;
    const other = this.columnNaming(d, named[0]);
    return other.distance <= BESIDE && other.shared > this.columnNaming(d, match).shared;
  }

  /**
   * Those of `numbers` in cells of a markdown table row whose column the draft's words around
   * `d` name best: the most of its words, then the nearest (none when no word names any).
   */
  private inNamedColumn<T extends { n: NumberMention; s: SourceSentence }>(d: NumberMention, numbers: T[]): T[] {
    let best: T[] = [];
    let top = { shared: 0, distance: Infinity };
    for (const x of numbers) {
      const naming = this.columnNaming(d, x);
      if (!naming.shared) continue;
      const order = naming.shared - top.shared || top.distance - naming.distance;
      if (order > 0) [best, top] = [[x], naming];
      else if (order === 0) best.push(x);
    }
    return best;
  }

  /**
   * How the draft's words within COLUMN_WORDS of `d` name the column of number `x` in its table
   * row: how many words of its header that no other column's has they share, and how far from
   * `d` the nearest stands. None when `x` is no cell of a row.
   */
  private columnNaming(d: NumberMention, x: { n: NumberMention; s: SourceSentence }): { shared: number; distance: number } {
    const none = { shared: 0, distance: Infinity };
    const header = this.index.tableHeaderOf(x.s.id);
    // A number of the header itself ("2023") is no cell.
    if (!header || x.n.start < x.s.start) return none;
    const doc = this.index.documents.get(x.s.path)!;
    let columns = this.headerColumns.get(header.id);
    if (!columns) {
      columns = lineCells(doc.text, doc.lineStarts, header.line).map((cell) => new Set(tokenize(cell).filter(isContentToken).map((t) => t.stem)));
      this.headerColumns.set(header.id, columns);
    }
    const own = columns[columnAt(doc.text, doc.lineStarts[x.s.line - 1], x.n.start)];
    if (!own) return none;
    const tokens = this.sentence.tokens;
    const shared = new Set<string>();
    let distance = Infinity;
    for (let i = Math.max(0, d.tokens[0] - COLUMN_WORDS); i <= Math.min(tokens.length - 1, d.tokens[1] + COLUMN_WORDS); i++) {
      const stem = tokens[i].stem;
      if (!isContentToken(tokens[i]) || !own.has(stem) || columns.some((c) => c !== own && c.has(stem))) continue;
      shared.add(stem);
      distance = Math.min(distance, i < d.tokens[0] ? d.tokens[0] - i : i - d.tokens[1]);
    }
    return { shared: shared.size, distance };
  }

  /**
   * Whether a source of the sentence's candidates (or `support`'s) gives the draft's number `d`
   * as the draft does, a date as a date and a count as a count. A number written in words
   * ("five", "one") is taken as given: the sources' words are not searched.
   */
  private givesAsDraft(d: NumberMention, support: SourceSentence): boolean {
    const digits = /\d+/.exec(this.draft.text.slice(d.start, d.end))?.[0];
    if (!digits) return true;
    const paths = new Set([support.path, ...this.ranked.map((c) => this.index.sentences[c.id].path)]);
    for (const path of paths) {
      if (!this.index.mentionsNumber(d.value, path)) continue;
      const document = this.index.documents.get(path)!;
      for (let id = document.firstSentence; id < document.firstSentence + document.sentenceCount; id++) {
        if (!this.index.sentences[id].text.includes(digits)) continue;
        if (this.index.numbersOf(id).some((n) => Math.abs(n.value - d.value) < 1e-9 && !otherDates(n, document.prose, d, this.draft.prose))) return true;
      }
    }
    return false;
  }

  /**
   * Reports a count of one period where the source counts another, with a fix that writes the
   * source's period. False when either period word does not follow its number.
   */
  private reportOtherPeriod(d: NumberMention, n: NumberMention, s: SourceSentence): boolean {
    const draftUnit = this.sentence.tokens[d.tokens[1] + 1];
    const sourceUnit = this.index.tokensOf(s.id)[n.tokens[1] + 1];
    if (draftUnit?.stem !== d.unit || sourceUnit?.stem !== n.unit) return false;
    const prose = this.index.documents.get(s.path)!.prose;
    const said = prose.slice(n.start, sourceUnit.end);
    const written = this.draft.text.slice(d.start, draftUnit.end);
    const replacement = prose.slice(sourceUnit.start, sourceUnit.end);
    this.add('number-mismatch', `The source says ${said}, not ${written} (${where(s)})`, { start: d.start, end: draftUnit.end }, evidenceOf(s), {
      start: draftUnit.start,
      end: draftUnit.end,
      replacement,
    });
    return true;
  }

  /** Whether the draft negates right after `subject` ("Zelenskyy does not have", "Lopez never had"). */
  private negatesAfter(subject: string): boolean {
    const tokens = this.sentence.tokens;
    const norm = subject.toLowerCase();
    return tokens.some((t, i) => t.norm === norm && tokens.slice(i + 1, i + 4).some((n) => NEGATIONS.has(n.norm)));
  }

  /** A word as the draft writes it. */
  private draftWord(t: Token): string {
    return this.draft.prose.slice(t.start, t.end);
  }

  /** The sentence of `support` a token of its tokens comes from. */
  private holderOf(support: Support, w: Token): SourceSentence | undefined {
    return support.sentences.find((s) => this.index.tokensOf(s.id).includes(w));
  }

  /**
   * A word of source sentence `s` as the source writes it ("Wednesday", not its folded
   * "wednesday"), or its words from `w` through `through` ("last year"); folded when the
   * sentence holding them is not known.
   */
  private sourceWord(s: SourceSentence | undefined, w: Token, through = w): string {
    return s ? this.index.documents.get(s.path)!.prose.slice(w.start, through.end) : through === w ? w.norm : `${w.norm} ${through.norm}`;
  }

  /** A reversed fact: an opposite word ("accepted"/"rejected") or a negation on one side only. */
  private findContradiction(best: Support): Contradiction | undefined {
    // The message points at the source sentence that says the other word (a support may join several).
    const reversed = (said: Token, not: Token) => {
      const holder = this.holderOf(best, said);
      return { message: `The source says "${this.sourceWord(holder, said)}", not "${this.draftWord(not)}" (${where(holder ?? best.sentences[0])})`, evidence: evidenceOf(holder ?? best.sentences[0]) };
    };
    const draftTokens = this.sentence.tokens;
    // A period counted from another time: "this year" where the source says "last year".
    const shifted = shiftedPeriod(draftTokens, best.tokens);
    if (shifted) {
      const holder = this.holderOf(best, shifted.said);
      return {
        message: `The source says "${this.sourceWord(holder, shifted.said, shifted.saidUnit)}", not "${this.draft.prose.slice(shifted.not.start, shifted.unit.end)}" (${where(holder ?? best.sentences[0])})`,
        evidence: evidenceOf(holder ?? best.sentences[0]),
      };
    }
    for (const t of best.missing) {
      // An opposite in any form ("decreasing" where the source says "increase"), or the word with a negating prefix.
      const stems = OPPOSITE_STEMS.get(t.stem);
      if (stems && namesPreviousPeriod(draftTokens, t)) continue;
      const opposite = best.tokens.find((w) => (stems?.has(w.stem) && !namesPreviousPeriod(best.tokens, w)) || negatedForm(t.norm, w.norm));
      if (opposite) return reversed(opposite, t);
      // Among the same words, and not where the draft says both or either means to refuse.
      const near = refuses(draftTokens, t) ? undefined : CONTEXTUAL_OPPOSITE_STEMS.get(t.stem);
      const nearOpposite =
        near &&
        best.tokens.find((w) => near.has(w.stem) && !this.draftStems.has(w.stem) && !refuses(best.tokens, w) && sharesContext(draftTokens, t, best.tokens, w, this.contextWords));
      if (nearOpposite) return reversed(nearOpposite, t);
    }
    // A support of several sentences (an adjacent pair, a merged one) may hold the draft's word in
    // one and its opposite, among the same words, in another: "long-range ballistic missiles"
    // where one says "short-range ballistic missiles" and another "long-range missile strikes".
    // The opposite stands.
    if (best.sentences.length > 1) {
      const said = this.draftStems;
      // The opposite must stand among more of the draft word's neighbours than the word itself does
      // in the support: "increased" of China's exports, said so by one sentence, is not undone by
      // the other's "decreased" of India's.
      const parts = best.sentences.map((p) => this.index.tokensOf(p.id));
      for (const [k, part] of best.sentences.entries()) {
        const tokens = parts[k];
        for (const t of draftTokens) {
          const stems = t.content ? OPPOSITE_STEMS.get(t.stem) : undefined;
          if (!stems || tokens.some((w) => w.stem === t.stem)) continue;
          const held = Math.max(0, ...parts.flatMap((p) => p.filter((w) => w.stem === t.stem).map((w) => contextOverlap(draftTokens, t, p, w))));
          const opposite = tokens.find((w) => stems.has(w.stem) && !said.has(w.stem) && contextOverlap(draftTokens, t, tokens, w) >= Math.max(2, held + 1));
          if (opposite) return { message: `The source says "${this.sourceWord(part, opposite)}", not "${this.draftWord(t)}" (${where(part)})`, evidence: evidenceOf(part) };
        }
      }
      // A word such a support lacks whose opposite another of the best candidates says among the
      // same words: "The Kremlin rejected the 30-day ceasefire proposal", supported by a "the
      // Kremlin said" and a "his 30-day ceasefire proposal", where a third sentence says "agreed
      // to the 30-day ceasefire proposal". (A single sentence that says the claim is not undone
      // by a neighbour about the same thing at another time, "rejected ... in March".)
      for (const t of best.missing) {
        const stems = OPPOSITE_STEMS.get(t.stem);
        if (!stems) continue;
        for (const { id } of this.ranked.slice(0, OPPOSITE_CANDIDATES)) {
          if (best.sentences.some((s) => s.id === id)) continue;
          const tokens = this.index.tokensOf(id);
          if (tokens.some((w) => w.stem === t.stem)) continue;
          // Not a relative clause's verb: "closes a loophole that allows private sales" allows nothing.
          const opposite = tokens.find(
            (w, k) => stems.has(w.stem) && !said.has(w.stem) && !RELATIVES.has(tokens[k - 1]?.norm) && sharesContext(draftTokens, t, tokens, w, 2, WIDE_CONTEXT),
          );
          const holder = this.index.sentences[id];
          if (opposite) return { message: `The source says "${this.sourceWord(holder, opposite)}", not "${this.draftWord(t)}" (${where(holder)})`, evidence: evidenceOf(holder) };
        }
      }
    }
    // A member of a closed class swapped for another among the same words: "this year" where the
    // source says "this month", "on Thursday" where it says "on Wednesday". A month or a weekday
    // is a date, wrong like a number, and fixed with the source's.
    for (const t of best.missing) {
      const other = this.swappedFor(t, best);
      if (!other) continue;
      if (!classesOf(t)!.some((k) => CALENDAR_CLASSES.has(k))) return reversed(other, t);
      const holder = this.holderOf(best, other) ?? best.sentences[0];
      const name = this.sourceWord(holder, other);
      return { message: `The source says ${name}, not ${this.draftWord(t)} (${where(holder)})`, evidence: evidenceOf(holder), code: 'number-mismatch', range: t, fix: { start: t.start, end: t.end, replacement: name } };
    }
    // Function words never count as missing, yet some reverse a statement alone: "before" where
    // the source says "after". The two must stand among the same words.
    let sourceNorms: Set<string> | undefined;
    let draftNorms: Set<string> | undefined;
    for (const t of draftTokens) {
      if (isContentToken(t)) continue;
      const hard = OPPOSITES.get(t.norm);
      const soft = CONTEXTUAL_OPPOSITES.get(t.norm);
      if (!hard && !soft) continue;
      const opposites = [...(hard ?? []), ...(soft ?? [])];
      sourceNorms ??= new Set(best.tokens.map((t) => t.norm));
      const said = (draftNorms ??= new Set(draftTokens.map((t) => t.norm)));
      if (sourceNorms.has(t.norm)) continue;
      const opposite = best.tokens.find((w) => opposites.includes(w.norm) && !said.has(w.norm) && sharesContext(draftTokens, t, best.tokens, w));
      if (opposite) return reversed(opposite, t);
    }
    const sourceParts = this.sourceParts(best);
    const compound = swappedModifier(this.draft.prose, draftTokens, sourceParts);
    if (compound) {
      const holder = best.sentences[sourceParts.indexOf(compound.part)];
      return { message: `The source says "${compound.said}", not "${compound.not}" (${where(holder)})`, evidence: evidenceOf(holder) };
    }
    const draftNegated = negatedWords(this.draft.prose, draftTokens, true);
    const sourceNegated = sourceParts.flatMap((p) => negatedWords(p.text, p.tokens));
    const { excluded } = this;
    const judged = draftTokens.filter((t) => !excluded.has(t) && !t.capitalized);
    // The negated source word must stand among the same words in the draft: a long source
    // sentence negating a common word elsewhere ("no cost to you") says nothing about this use.
    // A source that also states the word plainly among the same words ("we have to become aware
    // ... if we don't become aware") may be what the draft rests on.
    const flipped = sourceNegated.find(
      (w) =>
        judged.some((t) => t.stem === w.stem && sharesContext(draftTokens, t, best.tokens, w, this.contextWords)) &&
        !draftNegated.some((n) => n.stem === w.stem) &&
        !best.tokens.some((p) => p.stem === w.stem && !sourceNegated.includes(p) && judged.some((t) => t.stem === w.stem && sharesContext(draftTokens, t, best.tokens, p))),
    );
    const evidence = evidenceOf(best.sentences[0]);
    if (flipped) {
      const holder = this.holderOf(best, flipped);
      return { message: `The source says this is not so ("${this.sourceWord(holder, flipped)}" is negated there) (${where(holder ?? best.sentences[0])})`, evidence: holder ? evidenceOf(holder) : evidence };
    }
    const sourceStems = draftNegated.length ? new Set(best.tokens.map((t) => t.stem)) : undefined;
    // Or a negation in the draft where the supporting sentences negate nothing among the same
    // words ("they can't construct" where the source says "we build"): the draft says the
    // opposite in other words. A source negation elsewhere ("without any manual work") is no
    // answer to it; one near the same words may be ("not very expensive" for "not too high").
    const negatesNear = (w: Token) =>
      sourceNegated.some((n) => sharesContext(draftTokens, w, best.tokens, n, this.contextWords)) ||
      best.tokens.some((n) => NEGATIVE_MEANING.has(n.norm) && sharesContext(draftTokens, w, best.tokens, n, this.contextWords));
    // A source negating by ellipsis ("Putin has the cards and Zelenskyy does not") negates the
    // words of the clause before for its own subject, which a draft about that subject may spell
    // out ("Zelenskyy does not have the cards"; not "Putin does not have the cards").
    const elliptical = draftNegated.length > 0 && best.sentences.some((s) => [...s.text.matchAll(ELLIPTICAL_NEGATION)].some((m) => this.negatesAfter(m[1])));
    const added = elliptical
      ? undefined
      : (draftNegated.find((w) => judged.includes(w) && sourceStems!.has(w.stem) && !sourceNegated.some((n) => n.stem === w.stem)) ??
        draftNegated.find((w) => judged.includes(w) && !sourceStems!.has(w.stem) && negatedByVerb(draftTokens, w) && !negatesNear(w)));
    if (added) return { message: `The draft negates "${this.draftWord(added)}"; the source does not (${where(best.sentences[0])})`, evidence };
    const hedged = droppedHedge(sourceParts, draftTokens, this.draft.prose);
    if (hedged) return { message: `The source hedges: "${hedged.said}"; the draft says "${this.draftWord(hedged.not)}" (${where(best.sentences[0])})`, evidence };
    const only = this.addedRestriction(best);
    if (only) return { message: `The draft says "${this.draftWord(only)}"; the source does not (${where(best.sentences[0])})`, evidence };
    const swapped = this.findSwappedAgent(sourceParts);
    if (swapped) return { message: `${swapped} (${where(best.sentences[0])})`, evidence };
    return undefined;
  }

  /**
   * Whether `best` would support the sentence if its missing words that another of their closed
   * class stands for among the same words (a month, a weekday) were covered.
   */
  private supportedButForSwaps(best: Support): boolean {
    const tokens = this.sentence.tokens;
    const swapped = best.missing.filter((t) => this.swappedFor(t, best));
    if (!swapped.length) return false;
    const weight = (t: Token) => weightOf(this.index, t, t === tokens[0]);
    const total = tokens.filter((t) => isContentToken(t) && !this.excluded.has(t)).reduce((sum, t) => sum + weight(t), 0);
    const regained = swapped.reduce((sum, t) => sum + weight(t), 0);
    return total > 0 && best.coverage + regained / total >= SUPPORTED;
  }

  /**
   * The word of `best` that draft word `t` replaces by another of its closed class among the same
   * words ("month" for "year", "Wednesday" for "Monday"), one the draft does not also say.
   */
  private swappedFor(t: Token, best: Support): Token | undefined {
    const kinds = classesOf(t);
    if (!kinds) return undefined;
    const said = this.draftStems;
    return best.tokens.find((w) => !said.has(w.stem) && classesOf(w)?.some((k) => kinds.includes(k)) && sharesContext(this.sentence.tokens, t, best.tokens, w));
  }

  /**
   * A restriction the source does not make: "only life insurance" where it lists several kinds.
   * "The only candidate" and "only slightly" describe, "only two" counts, "not only" adds: those
   * are left alone, as is a source that restricts too ("sole", "just", "alone").
   */
  private addedRestriction(best: Support): Token | undefined {
    const tokens = this.sentence.tokens;
    const only = tokens.find((t, i) => {
      const next = tokens[i + 1];
      const before = tokens[i - 1]?.norm;
      return RESTRICTIVE.has(t.norm) && next?.content && !mayBeNumber(next) && !next.norm.endsWith('ly') && !OWNERS.has(before) && before !== 'not' && best.tokens.some((w) => w.stem === next.stem);
    });
    return only && !best.tokens.some((w) => RESTRICTING.has(w.norm)) ? only : undefined;
  }

  /**
   * The draft makes A the agent of an action the source gives to B: "Trump proposed" where the
   * source says "Putin's proposal" or "Putin proposed".
   */
  private findSwappedAgent(sourceParts: { text: string; tokens: Token[] }[]): string | undefined {
    const draftAgents = agentsOf(this.draft.prose, this.sentence.tokens, this.excluded);
    if (!draftAgents.size) return undefined;
    const sourceAgents = new Map(sourceParts.flatMap((p) => [...agentsOf(p.text, p.tokens, undefined, true)]));
    for (const [stem, agent] of draftAgents) {
      const other = sourceAgents.get(stem);
      if (other && other.norm !== agent.norm && !sameSpeaker(other.norm, agent.norm)) {
        return `The source gives this to ${other.text}, not ${agent.text}`;
      }
    }
    return undefined;
  }

  /**
   * The supporting sentences, each with the text of its own document and its run of
   * `best.tokens` (a support may join sentences of several documents; offsets are per document).
   */
  private sourceParts(best: Support): { text: string; tokens: Token[] }[] {
    let at = 0;
    return best.sentences.map((s) => {
      const count = this.index.tokensOf(s.id).length;
      const part = { text: this.index.documents.get(s.path)!.prose, tokens: best.tokens.slice(at, at + count) };
      at += count;
      return part;
    });
  }

  /** Names in the draft that the supporting sentences do not mention and no source uses. */
  private novelNames(best: Support): Token[] {
    const { excluded } = this;
    const novel = this.sentence.tokens.filter(
      (t, i) =>
        i > 0 &&
        t.capitalized &&
        isContentToken(t) &&
        !excluded.has(t) &&
        !best.words.covers(t) &&
        this.index.documentFrequency(t.stem) === 0 &&
        ![...this.index.documents.values()].some((d) => spelledOutIn(this.draft.text.slice(t.start, t.end), d.prose)),
    );
    if (!novel.length) return novel;
    const known = new Set(nameRuns(this.draft.prose, this.sentence.tokens).filter((run) => run.some((t) => novel.includes(t)) && this.initialsInSources(run)).flat());
    return novel.filter((t) => !known.has(t));
  }

  /** Whether a source writes the name `run` by its initials. */
  private initialsInSources(run: Token[]): boolean {
    const acronym = acronymOf(this.draft.text, run);
    return !!acronym && [...this.index.documents.values()].some((d) => acronym.test(d.prose));
  }

  /** Words charging an error or omission ("fails to mention") that no source uses. */
  private novelFaults(): Token[] {
    return this.sentence.tokens.filter((t) => FAULT_WORDS.has(t.norm) && this.index.documentFrequency(t.stem) === 0);
  }

  private reportUnsupported(best: Support | undefined, novel: Token[] = []): void {
    const { sentence } = this;
    if (!best) {
      this.add('unsupported-claim', 'No source sentence shares this claim\'s content', sentence);
      return;
    }
    const nearest = best.sentences[0];
    const missing = (novel.length ? novel : best.missing).slice(0, 4).map((t) => this.draft.text.slice(t.start, t.end));
    // The share is rounded down: a claim just short of the threshold must not read as meeting it.
    const lead = novel.length
      ? `${missing.map((m) => `"${m}"`).join(', ')} ${missing.length > 1 ? 'appear' : 'appears'} in no source`
      : `No source supports this (${Math.floor(best.coverage * 100)}% of its content found)`;
    this.add('unsupported-claim', `${lead}; nearest: ${where(nearest)} "${ellipsize(nearest.text, 100)}"`, sentence, evidenceOf(nearest));
  }

  /** Broken targets: a file that is not a source, or lines past its end. Returns true if any. */
  private checkCitationTargets(): boolean {
    let broken = false;
    for (const c of this.sentence.citations) {
      const doc = this.index.documents.get(c.path);
      if (!doc) {
        const exists = this.options.fileExists?.(c.path);
        if (exists === true && !c.lines) continue;
        if (exists === undefined && !c.lines && !/\.(txt|md|markdown)$/i.test(c.path)) continue;
        this.add('broken-citation', exists ? `${c.url} is not one of the sources` : `${c.url} does not exist`, c);
        broken = true;
        continue;
      }
      const count = this.index.lineCount(c.path);
      if (c.lines && (c.lines.from < 1 || c.lines.to > count || c.lines.from > c.lines.to)) {
        this.add('broken-citation', `${basename(c.path)} has ${count} lines; ${c.url.slice(c.url.indexOf('#'))} is outside it`, c);
        broken = true;
      }
    }
    return broken;
  }

  /**
   * Judges the sentence by what it cites. Returns false when a citation was reported (so the
   * sentence needs no second finding), true otherwise.
   */
  private checkCitations(supports: Support[], supported: boolean): boolean {
    const citations = this.sentence.citations.filter((c) => this.index.documents.has(c.path));
    if (!citations.length) return true;
    const content = this.sentence.tokens.filter((t) => isContentToken(t));
    const weights = content.map((t) => weightOf(this.index, t, t === this.sentence.tokens[0]));
    for (const c of citations) {
      // The cited lines together and one by one; without a line fragment, the file's best supports.
      const cited = c.lines ? this.index.sentencesOnLines(c.path, c.lines.from, c.lines.to) : [];
      const groups: SourceSentence[][] = c.lines
        ? [cited, ...cited.map((s) => [s])]
        : supports.filter((s) => s.sentences[0].path === c.path).map((s) => s.sentences);
      const citedBest = groups
        .filter((group) => group.length)
        .map((group) => scoreSupport(this.index, content, weights, group))
        .sort((a, b) => b.coverage - a.coverage)[0];
      if (citedBest && citedBest.coverage >= SUPPORTED) return true;
      if (!supported) continue;
      const best = supports[0];
      const target = best.sentences[0];
      // A citation of the best support itself is right, whatever else the sentence gets wrong.
      if (c.path === target.path && (!c.lines || best.sentences.some((s) => s.endLine >= c.lines!.from && s.line <= c.lines!.to))) return true;
      const lastLine = best.sentences[best.sentences.length - 1].endLine;
      const fragment = target.line === lastLine ? `#L${target.line}` : `#L${target.line}-L${lastLine}`;
      const file = relativePath(dirname(this.draft.path), target.path);
      const replacement = `${file}${fragment}`;
      // "article.txt:19 does", or for a pair, "article.txt:19-20 do".
      const supportingLines = target.line === lastLine ? `${where(target)} does` : `${basename(target.path)}:${target.line}-${lastLine} do`;
      this.add(
        'citation-mismatch',
        c.lines
          ? `The cited ${c.lines.from === c.lines.to ? 'line' : 'lines'} ${c.url.slice(c.url.indexOf('#') + 1)} ${c.lines.from === c.lines.to ? 'does' : 'do'} not support this; ${supportingLines}`
          : `The cited file does not support this; ${supportingLines}`,
        c,
        evidenceOf(target),
        // A destination other sentences cite too is left to the writer: re-pointing it would break them.
        c.urlSpan && !isSharedCitation(this.draft, c) ? { ...c.urlSpan, replacement } : undefined,
      );
      return false;
    }
    return true;
  }
}

/** `text` with each lone surrogate replaced by U+FFFD, as a decoder would. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const ORDINALS = ['first', 'second', 'third', 'fourth'];

/**
 * Whether `text` spells out the abbreviation `word`: a quarter ("Q3" for "third quarter") or
 * initials of consecutive words ("YoY" for "year over year", "EPS" for "earnings per share").
 */
export function spelledOutIn(word: string, text: string): boolean {
  const month = MONTH_NAMES.indexOf(word.toLowerCase());
  if (month >= 0) {
    // "November" as "Nov." or in an ISO date, "2018-11-15".
    const short = word[0].toUpperCase() + word.slice(1, 3).toLowerCase() + (month === 8 ? 't?' : '');
    return new RegExp(`(?<!\\p{L})${short}\\.?(?!\\p{L})|(?<!\\d)\\d{4}-${String(month + 1).padStart(2, '0')}-\\d{2}(?!\\d)`, 'u').test(text);
  }
  const quarter = /^Q([1-4])$/i.exec(word);
  if (quarter) return new RegExp(`\\b${ORDINALS[Number(quarter[1]) - 1]}[\\s-]+quarter`, 'i').test(text);
  if (!/^[A-Za-z]{2,6}$/.test(word) || word.replace(/[^A-Z]/g, '').length < 2) return false;
  // Two initials match too easily by chance ("AI" in "and it"): their words must be long.
  const rest = word.length === 2 ? `[\\p{L}'’]{3,}` : `[\\p{L}'’]*`;
  const initials = (separator: string) => [...word].map((c) => `${c}${rest}`).join(separator);
  const apart = `(?<!\\p{L})${initials('\\s+')}(?!\\p{L})`;
  // Or, three and more, one compound ("year-over-year" is YoY): not a compound and a word
  // ("self-employed contractor" is no SEC), nor two-word compounds ("anti-inflammatory" is no AI).
  const joined = word.length >= 3 ? `|(?<![\\p{L}-])${initials('-')}(?![\\p{L}-])` : '';
  return new RegExp(apart + joined, 'iu').test(text);
}

/** OPPOSITES by stem: the pairs of words in any of their forms. */
const byStem = (words: Map<string, Set<string>>): Map<string, Set<string>> => {
  // Merged: the forms of a word share a stem ("increase", "increasing") but not all their opposites.
  const map = new Map<string, Set<string>>();
  for (const [word, opposites] of words) {
    const stems = map.get(stemWord(word)) ?? new Set<string>();
    for (const opposite of opposites) stems.add(stemWord(opposite));
    map.set(stemWord(word), stems);
  }
  return map;
};
const OPPOSITE_STEMS = byStem(OPPOSITES);
/** CONTEXTUAL_OPPOSITES by stem. */
const CONTEXTUAL_OPPOSITE_STEMS = byStem(CONTEXTUAL_OPPOSITES);

/** Indexes in CLOSED_CLASSES of the weekdays and the months: names of dates. */
const CALENDAR_CLASSES: ReadonlySet<number> = new Set([CLOSED_CLASSES.findIndex((c) => c.includes('monday')), CLOSED_CLASSES.findIndex((c) => c.includes('february'))]);

/** The closed classes of a word: those of its stem, a month or weekday only when capitalised ("march" is a verb). */
function classesOf(t: Token): number[] | undefined {
  const kinds = CLASSES_OF.get(t.stem);
  return kinds && !t.capitalized ? kinds.filter((k) => !CALENDAR_CLASSES.has(k)) : kinds;
}

/** The closed classes of each stem ("second" is a unit of time and an ordinal). */
const CLASSES_OF: Map<string, number[]> = (() => {
  const map = new Map<string, number[]>();
  CLOSED_CLASSES.forEach((words, kind) => {
    for (const stem of words.map(stemWord)) map.set(stem, [...(map.get(stem) ?? []), kind]);
  });
  return map;
})();

/** Offsets of the cell delimiters of `text[from, to)`: pipes not escaped (an even run of backslashes before one escapes nothing). */
function cellDelimiters(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  let backslashes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 124 /* | */ && backslashes % 2 === 0) out.push(i);
    backslashes = c === 92 /* \ */ ? backslashes + 1 : 0;
  }
  return out;
}

/** The cells of 1-based line `line`, from the first, without the pipes that open and close it. */
function lineCells(text: string, lineStarts: readonly number[], line: number): string[] {
  const start = lineStarts[line - 1];
  let end = line < lineStarts.length ? lineStarts[line] : text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const pipes = cellDelimiters(text, start, end);
  const opens = text.slice(start, end).trimStart().startsWith('|');
  const bounds = [start - 1, ...pipes, end].slice(opens ? 1 : 0);
  return bounds.slice(1).map((pipe, k) => text.slice(bounds[k] + 1, pipe));
}

/** The column, from 0, of the cell at `offset` of the table line starting at `lineStart`. */
function columnAt(text: string, lineStart: number, offset: number): number {
  const opens = text.slice(lineStart, offset).trimStart().startsWith('|');
  return cellDelimiters(text, lineStart, offset).length - (opens ? 1 : 0);
}

/**
 * Whether the draft's `d` and another of its numbers trade places with the source's `n` and
 * another of its numbers: each stands after the word the other stands after in the source, with
 * the same unit ("in the first four years, based on two years of monitoring" where the source
 * says "in the first two years … based on four years"; "drawn three and lost two" for "drawn two
 * and lost three"). Only a full crossing counts: one number after another word is paraphrase.
 */
function crossed(d: NumberMention, n: NumberMention, draft: readonly NumberMention[], source: readonly { n: NumberMention }[]): boolean {
  if (!d.before || d.date || n.date || n.before === d.before) return false;
  const same = (a: NumberMention, b: NumberMention) => Math.abs(a.value - b.value) < 1e-9;
  return source.some(
    ({ n: m }) =>
      m !== n && !m.date && !same(m, d) && m.before === d.before && m.unit === d.unit && draft.some((e) => e !== d && !e.date && same(e, m) && e.before === n.before && e.unit === n.unit),
  );
}

/** Words either side of a draft number read for the column of a table it names. */
const COLUMN_WORDS = 6;
/** Words from a draft number within which a column named overrides a cell of the same value in another. */
const BESIDE = 3;

/** Words that place a period before, at or after the time of writing, each group apart: "last year", "this year", "next year". */
const PERIOD_TIMES: ReadonlyMap<string, number> = new Map([
  ...['last', 'past', 'previous'].map((w) => [w, 0] as const),
  ...['this', 'current'].map((w) => [w, 1] as const),
  ...['next', 'coming'].map((w) => [w, 2] as const),
]);
/** Periods such words place: units of time, weekdays, months, seasons, quarters. */
const PLACED_PERIODS: ReadonlySet<string> = new Set([...CLOSED_CLASSES.slice(0, 4).flat(), 'quarter'].map(stemWord));

/**
 * A period the draft places at another time than the source does, the same period named
 * right after ("this year" where the source says "last year", "next week" for "this week"),
 * unless the source also places it as the draft does, or the draft places it as the source
 * does too.
 */
function shiftedPeriod(draft: readonly Token[], source: readonly Token[]): { not: Token; unit: Token; said: Token; saidUnit: Token } | undefined {
  for (let i = 0; i + 1 < draft.length; i++) {
    const time = PERIOD_TIMES.get(draft[i].norm);
    const unit = draft[i + 1];
    if (time === undefined || !PLACED_PERIODS.has(unit.stem)) continue;
    let other: number | undefined;
    for (let j = 0; j + 1 < source.length; j++) {
      if (source[j + 1].stem !== unit.stem) continue;
      const placed = PERIOD_TIMES.get(source[j].norm);
      if (placed === time) {
        other = undefined;
        break;
      }
      if (placed !== undefined && other === undefined) other = j;
    }
    // A draft comparing the two periods ("this year compared to last year") names both.
    const both = other !== undefined && draft.some((t, k) => k !== i && draft[k + 1]?.stem === unit.stem && PERIOD_TIMES.get(t.norm) === PERIOD_TIMES.get(source[other!].norm));
    if (other !== undefined && !both) return { not: draft[i], unit, said: source[other], saidUnit: source[other + 1] };
  }
  return undefined;
}

/**
 * Words right after a negation in the same clause ("not productive", "never fully captured"),
 * within six tokens.
 */
function negatedWords(text: string, tokens: readonly Token[], idiomsApart = false): Token[] {
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    // "non-linear" negates the word it is joined to; "lacks file sharing" denies it, where "a
    // lack of nurses" names a shortage.
    const lacks = LACKS.has(t.norm) && tokens[i + 1]?.norm !== 'of' && !DETERMINERS.has(tokens[i - 1]?.norm);
    if (!isNegator(t.norm) && !(t.norm === 'non' && text[t.end] === '-') && !lacks) return;
    // "whether or not the fees are fair" asks, "not only ... but also" adds: neither denies.
    if (t.norm === 'not' && tokens[i - 1]?.norm === 'or') return;
    if (idiomsApart && idiomAfterNegation(tokens, i)) return;
    // "no longer offers" denies the verb, as "not" does.
    const noLonger = t.norm === 'no' && tokens[i + 1]?.norm === 'longer';
    const determiner = (t.norm === 'no' || t.norm === 'without') && !noLonger;
    // "no doubt", "without exception" deny nothing.
    if (determiner && AFFIRMING_AFTER_NO.has(tokens[i + 1]?.norm)) return;
    const apart = (j: number) => CLAUSE_BREAK.test(text.slice(tokens[j - 1].end, tokens[j].start));
    for (let j = noLonger ? i + 2 : i + 1, steps = 0; j < Math.min(tokens.length, i + 13) && steps < 6; j++) {
      if (apart(j)) break;
      if (isFalseStart(text, tokens, j)) continue;
      steps++;
      if (isContentToken(tokens[j])) {
        out.push(tokens[j]);
        // "no available discounts": a determiner's negation reaches the noun right after the
        // adjective it qualifies ("with no changes last week" does not reach the week); "a
        // no-fee podcast app" negates only the fee.
        const noun = tokens[j + 1];
        if (determiner && text[t.end] !== '-' && noun && isContentToken(noun) && !apart(j + 1) && !CLASSES_OF.has(noun.stem) && !TIME_QUALIFIERS.has(noun.norm)) out.push(noun);
        break;
      }
    }
  });
  return out;
}

/** The hyphenated compounds of a text ("off-policy", "space-by-time"): runs of tokens joined by single hyphens. */
function compoundsOf(text: string, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const joined = i < tokens.length && tokens[i].start === tokens[i - 1].end + 1 && text[tokens[i - 1].end] === '-';
    if (joined) continue;
    if (i - first > 1) out.push(tokens.slice(first, i));
    first = i;
  }
  return out;
}

/**
 * A compound of the draft whose modifier a supporting sentence swaps for its opposite or for
 * another of a closed kind: "on-policy" where the source says "off-policy", "post-stimulus" for
 * "pre-stimulus", "long-term" for "short-term". The draft's modifier is nowhere in the supporting
 * sentences and the source's nowhere in the draft. Other modifiers ("government-owned" for
 * "state-owned") and heads ("AI-driven" for "AI-powered") may say the same in other words;
 * numbers ("30-day") are the number check's.
 */
function swappedModifier(
  draftText: string,
  draftTokens: readonly Token[],
  parts: readonly { text: string; tokens: Token[] }[],
): { said: string; not: string; part: { text: string; tokens: Token[] } } | undefined {
  const draftCompounds = compoundsOf(draftText, draftTokens);
  if (!draftCompounds.length) return undefined;
  // Made only for a pair of compounds of the same head: most sentences have none.
  let draftNorms: Set<string> | undefined;
  let sourceNorms: Set<string> | undefined;
  const span = (text: string, run: Token[]) => text.slice(run[0].start, run[run.length - 1].end);
  for (const part of parts) {
    for (const theirs of compoundsOf(part.text, part.tokens)) {
      for (const ours of draftCompounds) {
        const [mine, other] = [ours[0], theirs[0]];
        if (ours.length !== theirs.length || mine.stem === other.stem || ours.some((t, k) => k > 0 && t.stem !== theirs[k].stem)) continue;
        if (mine.numeric || other.numeric) continue;
        sourceNorms ??= new Set(parts.flatMap((p) => p.tokens.map((t) => t.norm)));
        draftNorms ??= new Set(draftTokens.map((t) => t.norm));
        if (sourceNorms.has(mine.norm) || draftNorms.has(other.norm)) continue;
        // Modifiers of a closed kind, or opposites: "government-owned" for "state-owned" says the same.
        const closed = (STOPWORDS.has(mine.norm) && STOPWORDS.has(other.norm)) || PREFIX_OPPOSITES.get(mine.norm)?.has(other.norm) === true;
        if (!closed && !OPPOSITE_STEMS.get(mine.stem)?.has(other.stem) && !CONTEXTUAL_OPPOSITE_STEMS.get(mine.stem)?.has(other.stem)) continue;
        return { said: span(part.text, theirs), not: span(draftText, ours), part };
      }
    }
  }
  return undefined;
}

/** Verbs that deny what they take: "it lacks file sharing". */
const LACKS = new Set(['lack', 'lacks', 'lacked', 'lacking']);

/**
 * Where quotation `quote` of draft sentence `sentence` is found in the sources (see `matchQuote`),
 * as the check finds it and the hover shows it: among the sentence's own candidates first, and
 * a misquotation aligned with the sentence's words just outside the quotation.
 */
export function matchSentenceQuote(
  index: SourceIndex,
  sentence: DraftSentence,
  quote: Span,
  segments: Token[][],
  ranked: readonly Candidate[] = index.candidates(sentence.tokens, CANDIDATES),
): QuoteMatch | undefined {
  const { tokens } = sentence;
  const next = tokens.findIndex((t) => t.start >= quote.end);
  let previous = (next < 0 ? tokens.length : next) - 1;
  while (previous >= 0 && tokens[previous].end > quote.start) previous--;
  return matchQuote(index, segments, ranked, { before: tokens[previous], after: next >= 0 ? tokens[next] : undefined });
}

/** Words that open a relative clause. */
const RELATIVES: ReadonlySet<string | undefined> = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** Candidates besides the support read for an opposite of a word the support lacks. */
const OPPOSITE_CANDIDATES = 3;

/** Best candidates of a sentence asked whether its opening name is a speaker of the sources (each read costs). */
const SUBJECT_CANDIDATES = 3;

/** Punctuation that ends the clause a subject stands in (a parenthesis does not: "Congress (GNC) said"). */
const SUBJECT_BREAK = /[,;:.!?—–"“”]/;

/** Punctuation between two tokens that ends a negation's reach. */
const CLAUSE_BREAK = /[,;:.!?—–()"“”|]/;
/** After "no" or "without", words that make the phrase affirm: "no doubt", "without exception". */
const AFFIRMING_AFTER_NO: ReadonlySet<string | undefined> = new Set(['doubt', 'matter', 'wonder', 'question', 'exception', 'fail']);
/** Words that place a phrase in time rather than name a thing: "no changes last week". */
const TIME_QUALIFIERS: ReadonlySet<string> = new Set(['last', 'next', 'past', 'previous', 'recent', 'ago', 'earlier', 'later']);
/** Words that make the next word a noun phrase's: "a lack of", "their lack". */
const DETERMINERS: ReadonlySet<string | undefined> = new Set('a an the his her its their our my your this that any'.split(' '));

/**
 * A token of spoken disfluency that a transcript's negation reaches past: a word said again in
 * the same clause ("for the for the", not the cells "Inspected | Not inspected"), a filler
 * ("uh") or a cut-off fragment ("the e elderly").
 */
function isFalseStart(text: string, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (FILLERS.has(t.norm) || (t.norm.length === 1 && !t.numeric && t.norm !== 'a' && t.norm !== 'i')) return true;
  for (let k = j - 1; k >= Math.max(0, j - 3) && !CLAUSE_BREAK.test(text.slice(tokens[k].end, tokens[k + 1].start)); k--) if (tokens[k].norm === t.norm) return true;
  return false;
}

const FILLERS = new Set(['uh', 'um', 'er', 'erm', 'uhm', 'hmm', 'mm']);

/** Runs of two or more capitalized words written one after another ("United Kingdom"), "of" and "the" left inside. */
function nameRuns(text: string, tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const gap = i > 0 ? text.slice(tokens[i - 1].end, t.start) : '';
    if (run.length && !/^[ \t]*\n?[ \t]*$/.test(gap)) close();
    // A run starts at a name, not at a capitalized function word ("Under Smith").
    if (t.capitalized && !t.numeric && (run.length || t.content)) run.push(t);
    else if (!(run.length && (t.norm === 'of' || t.norm === 'the'))) close();
  }
  close();
  return runs;
}

/** Whether `t` is "decline" meaning to refuse: "declined to comment", "declined the offer". */
function refuses(tokens: readonly Token[], t: Token): boolean {
  if (t.stem !== DECLINE) return false;
  const i = tokens.indexOf(t);
  const next = tokens[i + 1]?.norm;
  // "declined to $4.2 billion", "declined the most in May", "declined 5%" fall.
  const numberSoon = tokens.slice(i + 1, i + 4).some((w) => w.numeric || mayBeNumber(w));
  return (next === 'to' || DETERMINERS.has(next)) && !numberSoon && !FALL_WORDS.has(tokens[i + 2]?.norm);
}

const DECLINE = stemWord('decline');
/** After "declined the", words that make it a fall: "declined the most", "declined the least". */
const FALL_WORDS: ReadonlySet<string | undefined> = new Set(['most', 'least', 'sharpest', 'fastest']);

/** Whether a number is written as a year: four bare digits from 1800 to 2100 ("2,000" and "$2000" are amounts). */
function isYearAsWritten(text: string, n: NumberMention): boolean {
  return n.value >= 1800 && n.value <= 2100 && /^\d{4}$/.test(text.slice(n.start, n.end)) && !/[$€£¥]/.test(text[n.start - 1] ?? '');
}

/** Whether a number is a rate, written before "/", "per" or "a": "$432/month", "$40 a week". */
function isRate(text: string, n: NumberMention): boolean {
  return /^\s*(?:\/|per\s|an?\s)/i.test(text.slice(n.end, n.end + 5));
}

/**
 * Whether the draft's number `d` says what the source's `n` says: the same value; a share as a
 * percentage where the source has a fraction ("25%" for "a quarter"); or, of the same unit, a
 * value the draft's qualifier allows ("more than 1,000 square kilometers" where the source gives
 * 1,300, "nearly 25%" for 24%, "about 500" for 480).
 */
function agrees(n: NumberMention, sourceText: string, d: NumberMention, draftText: string): boolean {
  if (Math.abs(n.value - d.value) < 1e-9) return true;
  // A share: a percentage, a fraction in words ("a quarter") or a ratio ("one in 10").
  const share = (m: NumberMention, text: string) => (isPercent(text, m) ? m.value / 100 : m.value < 1 && /^\D*$|\s(?:in|out of)\s/.test(text.slice(m.start, m.end)) ? m.value : undefined);
  const a = share(n, sourceText);
  const b = share(d, draftText);
  // A share and a count are not compared: "more than 10 residents" is no bound on "24% of residents".
  if ((a === undefined) !== (b === undefined)) return false;
  // Two shares ("25 percent of", "a quarter of") are of the same thing; other numbers must share their unit.
  const shares = a !== undefined && b !== undefined;
  if (shares && Math.abs(a - b) < 1e-9) return true;
  if ((!shares && n.unit !== d.unit) || !!n.date || !!d.date) return false;
  const said = shares ? a : n.value;
  const given = shares ? b : d.value;
  const qualifier = boundOf(draftText, d)?.kind;
  const sourceQualifier = boundOf(sourceText, n)?.kind;
  // Where the source bounds its number ("over 100 stores", "under 12.50 euros"), the bound is the
  // fact: another bound misreports it, though it may follow ("over 80"). Only a floor rounded
  // down to fewer digits is the same fact ("more than 1,000" where it says "more than 1,300").
  if (sourceQualifier === 'floor' && qualifier === 'floor') return roundsDownTo(said, given);
  if (!qualifier || sourceQualifier === 'floor' || sourceQualifier === 'ceiling') return false;
  switch (qualifier) {
    case 'floor':
      return said > given;
    case 'ceiling':
      return said < given;
    case 'near':
      return said < given && said >= given * 0.9;
    case 'about':
      return Math.abs(said - given) <= given * 0.1;
    default:
      return false;
  }
}

/** Whether `given` is `value` cut to fewer significant digits: 1,300 to 1,000, 2.75 to 2.7 or 2. */
function roundsDownTo(value: number, given: number): boolean {
  if (!(given > 0 && given < value)) return false;
  const magnitude = Math.floor(Math.log10(value));
  for (let digits = 1; digits <= 15; digits++) {
    const step = 10 ** (magnitude - digits + 1);
    const cut = Math.floor(value / step + 1e-9) * step;
    if (Math.abs(cut - value) < step * 1e-6) return false;
    if (Math.abs(cut - given) < step * 1e-6) return true;
  }
  return false;
}

/** The percent sign or "percent" right after number `n` ("" when there is none). */
function percentAfter(text: string, n: NumberMention): string {
  return /^\s*(?:%|percent\b|per cent\b)/i.exec(text.slice(n.end, n.end + 9))?.[0] ?? '';
}

/** A number followed by a percent sign or "percent". */
function isPercent(text: string, n: NumberMention): boolean {
  return percentAfter(text, n) !== '';
}

type Qualifier = 'floor' | 'ceiling' | 'near' | 'about';

/** The words that bound a number, by how ("nearly 25%" is a value just above the true one). */
const QUALIFIERS: [Qualifier, RegExp][] = [
  ['near', /(?<![\p{L}])(?:nearly|almost|close to|just under)\s+$/iu],
  ['floor', /(?<![\p{L}])(?:more than|over|above|at least|upwards of|in excess of)\s+$/iu],
  ['ceiling', /(?<![\p{L}])(?:less than|fewer than|under|below|at most|up to)\s+$/iu],
  ['about', /(?<![\p{L}])(?:about|around|roughly|approximately|some|an estimated|estimated)\s+$/iu],
];

/** The last word of each qualifier: a number after any other word is bounded by none (most are). */
const QUALIFIER_ENDS: ReadonlySet<string> = new Set(['nearly', 'almost', 'to', 'under', 'than', 'over', 'above', 'least', 'of', 'below', 'most', 'about', 'around', 'roughly', 'approximately', 'some', 'estimated']);

/** The ASCII word ending before `end` (spaces between skipped), lower-cased, with where it starts. */
function asciiWordBefore(text: string, end: number): { word: string; start: number } {
  let stop = end;
  while (stop > 0 && /\s/.test(text[stop - 1])) stop--;
  let start = stop;
  for (let c = text.charCodeAt(start - 1); start > 0 && ((c | 32) >= 97 && (c | 32) <= 122); c = text.charCodeAt(start - 1)) start--;
  return { word: text.slice(start, stop).toLowerCase(), start };
}

/** How the words before a number bound it ("more than 1,000" is a floor), and where they start. */
function boundOf(text: string, n: NumberMention): { kind: Qualifier; start: number } | undefined {
  // A cheap look at the word before (past an article: "nearly a quarter") rules out most numbers.
  let before = asciiWordBefore(text, n.start);
  if (before.word === 'a' || before.word === 'an' || before.word === 'one') before = asciiWordBefore(text, before.start);
  if (!QUALIFIER_ENDS.has(before.word)) return undefined;
  const from = Math.max(0, n.start - 28);
  // The qualifier may stand before an article: "nearly a quarter", "more than a third".
  // Read as written (no lower-casing, which may change the length), case aside.
  const words = text.slice(from, n.start).replace(/(?:^|\s)(?:an?|one)\s+$/iu, ' ');
  for (const [kind, qualifier] of QUALIFIERS) {
    const m = qualifier.exec(words);
    if (m) return { kind, start: from + m.index };
  }
  return undefined;
}

/**
 * Whether two numbers of the same value are different dates, or a date and a count: "March 28"
 * is not "Feb. 28", and "5 people" is not "January 5". A day written without its month ("the
 * 28th", "28th") may be any month's.
 */
function otherDates(source: NumberMention, sourceText: string, draft: NumberMention, draftText: string): boolean {
  return otherKinds(source, sourceText, draft, draftText) || (!!draft.date && !!source.date && source.unit !== draft.unit);
}

/** A date and a count: "January 5" and "5 people", not "January 5" and "the 5th". */
function otherKinds(source: NumberMention, sourceText: string, draft: NumberMention, draftText: string): boolean {
  if (!!source.date === !!draft.date) return false;
  return source.date ? !mayBeDay(draft, draftText) : !mayBeDay(source, sourceText);
}

const MONTH_KEYS: ReadonlySet<string> = new Set(MONTH_NAMES.map((m) => m.slice(0, 3)));

/** A number that may be a day without its month: "the 28th", or next to a month in lower case ("march 3"). */
function mayBeDay(n: NumberMention, text: string): boolean {
  return /^\d{1,2}(?:st|nd|rd|th)$/i.test(text.slice(n.start, n.end)) || MONTH_KEYS.has(n.unit) || MONTH_KEYS.has(n.before);
}

/** Whether two numbers count different periods: "three weeks" is not "three months". */
function otherPeriods(a: NumberMention, b: NumberMention): boolean {
  return a.unit !== b.unit && PERIOD_UNITS.has(a.unit) && PERIOD_UNITS.has(b.unit);
}

/** A negation with its verb left out, ending its clause: "and Zelenskyy does not,", "but we cannot." */
const ELLIPTICAL_NEGATION = /(\p{L}+)\s+(?:(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|must)(?:\s+not|n[’']t)|cannot)\s*(?=[.;:!?—–]|,(?!\s*\p{L}+,)|\s-\s|$)/giu;

/** Whether the two content words after number `n` (its `unit2`) follow it with no punctuation between. */
function unitsInPhrase(text: string, tokens: readonly Token[], n: NumberMention): boolean {
  let seen = 0;
  for (let j = n.tokens[1] + 1; j < tokens.length && j <= n.tokens[1] + 6; j++) {
    if (/[,;:()[\]—–.!?"“”]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) return false;
    if (!tokens[j].numeric && !STOPWORDS.has(tokens[j].norm) && ++seen === 2) return true;
  }
  return false;
}

/** Words that make a unit of the next one: "square miles" is not "square kilometers". */
const MEASURE_MODIFIERS: ReadonlySet<string> = new Set(['square', 'cubic', 'metric', 'nautical'].map(stemWord));

const PERIOD_UNITS: ReadonlySet<string> = new Set(TIME_UNIT_WORDS.map(stemWord));

/** "last year", "last week": "last" meaning the one before, which "first" does not oppose. */
function namesPreviousPeriod(tokens: readonly Token[], t: Token): boolean {
  if (t.norm !== 'last') return false;
  let next = tokens.indexOf(t) + 1;
  if (tokens[next]?.norm === 'fiscal' || tokens[next]?.norm === 'financial') next++;
  return PERIODS.has(tokens[next]?.stem);
}

/** Stems of the spans of time "last" may name the previous one of ("last year", "last Tuesday", "last spring"). */
const PERIODS: ReadonlySet<string | undefined> = new Set([...CLOSED_CLASSES.slice(0, 4).flat(), 'may', 'quarter', 'night', 'season', 'term', 'weekend'].map(stemWord));

/** An expression for the initials of the name `run` written as one word: "UK" or "U.K." for "United Kingdom". */
function acronymOf(text: string, run: Token[]): RegExp | undefined {
  const initials = run.map((t) => text[t.start]);
  if (initials.some((c) => !/\p{Lu}/u.test(c))) return undefined;
  return new RegExp(`(?<!\\p{L})${initials.join('\\.?')}\\.?(?!\\p{L})`, 'u');
}

/**
 * Whether `w` is negated by "not", "never" or a verb's "n't" ("they don't build", "cannot
 * prove"), not by "no" or "without", which as often restate a plain word ("no fee" is "free"),
 * nor by a hedged "may not".
 */
function negatedByVerb(tokens: readonly Token[], w: Token): boolean {
  const i = tokens.indexOf(w);
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const n = tokens[j].norm;
    // "may not be as fast": a guess, not a denial; "could not" may be either, and counts.
    if (VERB_NEGATORS.has(n) || n.endsWith("n't")) return !idiomAfterNegation(tokens, j) && !HEDGES.has(tokens[j - 1]?.norm);
    if (isNegator(n)) return false;
  }
  return false;
}

/** After "not", "never" or "n't", words that make an idiom rather than a denial: "not only", "never before", "can't wait". */
const IDIOMATIC_AFTER_NEGATION: ReadonlySet<string | undefined> = new Set(
  'only just merely simply least surprisingly before until yet wait hesitate'.split(' '),
);

/** Whether the negation at `i` opens an idiom: "not only", "can't wait", "not to mention". */
function idiomAfterNegation(tokens: readonly Token[], i: number): boolean {
  return IDIOMATIC_AFTER_NEGATION.has(tokens[i + 1]?.norm) || (tokens[i + 1]?.norm === 'to' && tokens[i + 2]?.norm === 'mention');
}

/**
 * Words that say in the positive what a negation says ("missed" for "did not meet", "kept" for
 * "did not change"): a source holding one may be what a draft's negation restates.
 */
const NEGATIVE_MEANING = new Set(
  `fail failed fails failure refuse refused refuses decline declined declines deny denied denies
  unable lack lacked lacks miss missed misses avoid avoided avoids stop stopped stops halt halted
  remain remained remains keep kept keeps unchanged steady short absent ignore ignored reject rejected
  without lost lose loses`.split(/\s+/),
);

/** Words that restrict a statement to what follows them. */
const RESTRICTIVE = new Set(['only', 'solely', 'exclusively']);
/** Words of a source that restrict as "only" does. */
const RESTRICTING = new Set([...RESTRICTIVE, 'just', 'alone', 'sole', 'lone', 'single', 'mere', 'merely', 'exclusive', 'unique', 'first']);
/** Determiners before "only" that make it an adjective ("the only survivor"). */
const OWNERS: ReadonlySet<string | undefined> = new Set(['the', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose']);

/** Whether a folded word negates: a negation word or a verb's "n't". */
function isNegator(norm: string): boolean {
  return NEGATIONS.has(norm) || norm.endsWith("n't");
}

/** Modals that make the negation after them a guess. */
const HEDGES: ReadonlySet<string | undefined> = new Set(['may', 'might']);
/** Words that make a source's statement a possibility: "may reduce", "could delay", "possibly caused". */
const SOURCE_HEDGES = new Set(['may', 'might', 'could', 'possibly', 'potentially', 'probably', 'likely']);
/** Words by which a draft keeps a statement a possibility, or reports it as one ("suggests", "can", "were able to"). */
const DRAFT_HEDGES = new Set([
  ...SOURCE_HEDGES,
  ...'can would should perhaps maybe unlikely suggest suggests suggested suggesting appear appears appeared seem seems seemed expect expects expected expecting predict predicts predicted possible chance risk hope hopes hoped aim aims plan plans able allowed permitted'.split(' '),
]);
/** Adverbs that may stand between a hedge and its verb: "may well reduce", "could significantly delay". */
const HEDGED_ADVERBS = new Set(['well', 'also', 'still', 'even', 'further', 'eventually', 'ultimately', 'soon', 'significantly', 'substantially', 'greatly', 'slightly', 'partly', 'largely', 'sharply']);

/**
 * A possibility of the source stated as a fact: the source says "may reduce" and the draft
 * "reduces", with no word of possibility before it in its clause. The verb is the content word
 * right after the source's hedge ("may well reduce", "is likely to reduce" too), found in the
 * draft by its stem among the same words. Not where the source also states the verb plainly
 * ("could increase next year after they increased 8%"), nor "could" against a past tense ("could
 * return" is also "were able to return").
 */
function droppedHedge(sourceParts: { text: string; tokens: Token[] }[], draft: readonly Token[], draftText: string): { said: string; not: Token } | undefined {
  for (const { text, tokens } of sourceParts) {
    for (let i = 0; i < tokens.length; i++) {
      const hedge = tokens[i];
      if (!SOURCE_HEDGES.has(hedge.norm) || hedge.capitalized) continue;
      let j = i + 1;
      if (HEDGED_ADVERBS.has(tokens[j]?.norm) || (hedge.norm === 'likely' && tokens[j]?.norm === 'to')) j++;
      const verb = tokens[j];
      if (!verb || !isContentToken(verb) || CLAUSE_BREAK.test(text.slice(hedge.end, verb.start))) continue;
      if (tokens.some((t, n) => n !== j && t.stem === verb.stem && !SOURCE_HEDGES.has(tokens[n - 1]?.norm))) continue;
      const k = draft.findIndex((t, n) => t.stem === verb.stem && !DETERMINERS.has(draft[n - 1]?.norm) && sharesContext(draft, t, tokens, verb, 2));
      if (k < 0 || (hedge.norm === 'could' && draft[k].norm.endsWith('ed'))) continue;
      // The draft reports the possibility ("may", "suggests", "is expected to") or denies it ("not"), in the same clause.
      let kept = false;
      for (let b = k - 1; b >= 0 && !kept && !CLAUSE_BREAK.test(draftText.slice(draft[b].end, draft[b + 1].start)); b--) {
        kept = DRAFT_HEDGES.has(draft[b].norm) || NEGATIONS.has(draft[b].norm);
      }
      if (!kept) return { said: text.slice(hedge.start, verb.end).replace(/\s+/g, ' '), not: draft[k] };
    }
  }
  return undefined;
}

/** The negation words that deny a verb rather than count a noun ("no fee" and "without cost" restate "free"). */
const VERB_NEGATORS = new Set(['not', 'never', 'cannot']);

/** Content words within this many tokens either side count as a word's context. */
const CONTEXT = 4;
/** The same, for an opposite found outside the support: a clause ("agreed to the 30-day ceasefire proposal"), with two words shared. */
const WIDE_CONTEXT = 6;

/**
 * Whether `a` (in `aTokens`) and `b` (in `bTokens`) share a content word nearby, other than
 * themselves: "approved the plan" and "did not approve the plan" do; "lower costs" and
 * "at no cost to you" do not.
 */
export function sharesContext(aTokens: readonly Token[], a: Token, bTokens: readonly Token[], b: Token, least = 1, window = CONTEXT): boolean {
  return contextOverlap(aTokens, a, bTokens, b, window, least) >= least;
}

/** How many content words `a` and `b` share nearby (see `sharesContext`), counting no further than `enough`. */
function contextOverlap(aTokens: readonly Token[], a: Token, bTokens: readonly Token[], b: Token, window = CONTEXT, enough = Infinity): number {
  const near = (tokens: readonly Token[], t: Token) => {
    const i = tokens.indexOf(t);
    const out = new Set<string>();
    for (let j = Math.max(0, i - window); j <= Math.min(tokens.length - 1, i + window); j++) {
      if (j !== i && isContentToken(tokens[j]) && tokens[j].stem !== t.stem) out.add(tokens[j].stem);
    }
    return out;
  };
  const theirs = near(bTokens, b);
  let shared = 0;
  for (const stem of near(aTokens, a)) if (theirs.has(stem) && ++shared >= enough) break;
  return shared;
}


/**
 * Actions with a named agent right before them: "Trump proposed" (subject) or "Putin's proposal"
 * (possessor). Keyed by the action's stem; speech verbs are left to the speaker check.
 */
function agentsOf(text: string, tokens: readonly Token[], excluded?: ReadonlySet<Token>, possessives = false): Map<string, { norm: string; text: string }> {
  const out = new Map<string, { norm: string; text: string }>();
  for (let i = 1; i < tokens.length; i++) {
    const action = tokens[i];
    const agent = tokens[i - 1];
    if (!isContentToken(action) || action.capitalized || SPEECH_VERBS.has(action.norm)) continue;
    // "talks in Saudi Arabia led by Marco Rubio": a passive's agent comes after "by", the last
    // word of the name there (a run of capitalized words, "of" allowed, nothing but spaces
    // between); the word before the verb is no agent. Two names ("by Berg and Dahl") give none.
    if (tokens[i + 1]?.norm === 'by' && /(ed|en)$/.test(action.norm)) {
      let k = i + 2;
      // "led by the Kremlin" names one; "led by the Secretary of State" is a title, no name.
      const titled = tokens[k]?.norm === 'the';
      if (titled) k++;
      if (!tokens[k]?.capitalized) continue;
      const joined = (a: number, b: number) => /^\s+$/.test(text.slice(tokens[a].end, tokens[b].start));
      let title = false;
      for (;;) {
        if (tokens[k + 1]?.capitalized && joined(k, k + 1)) k++;
        else if (tokens[k + 1]?.norm === 'of' && tokens[k + 2]?.capitalized && joined(k, k + 1) && joined(k + 1, k + 2)) {
          title ||= titled;
          k += 2;
        } else break;
      }
      if (title) continue;
      const after = tokens[k + 1];
      const more = after && (after.norm === 'and' || (text.slice(tokens[k].end, after.start).includes(',') && after.capitalized));
      const by = tokens[k];
      if (by && !more && isAgent(text, by, excluded)) out.set(action.stem, { norm: by.norm, text: text.slice(by.start, by.end).replace(/['’]s$/, '') });
      continue;
    }
    // "Putin during the call reiterated his demand": in a source, a possessive pronoun stands for
    // the one name that opens the sentence (a run of capitalized words, "U.S. President Donald
    // Trump"). Not in a draft, where "Yesterday the president renewed his pledge" opens with none.
    if (POSSESSIVE_PRONOUNS.has(agent.norm) && !agent.capitalized) {
      if (!possessives) continue;
      const owner = openingName(text, tokens, i - 1);
      if (owner && isAgent(text, owner, excluded)) out.set(action.stem, { norm: owner.norm, text: text.slice(owner.start, owner.end).replace(/['’]s$/, '') });
      continue;
    }
    if (!isAgent(text, agent, excluded)) continue;
    const between = text.slice(agent.start, action.start);
    const possessive = /^[\p{L}\p{M}-]+['’]s?\s+$/u.test(between);
    const subject = /^[\p{L}\p{M}-]+\s+$/u.test(between) && /(ed|s)$/.test(action.norm);
    if (possessive || subject) out.set(action.stem, { norm: agent.norm, text: text.slice(agent.start, agent.end).replace(/['’]s$/, '') });
  }
  return out;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);

/**
 * The last word of the name opening the sentence, when it is the only name before `before`:
 * a run of capitalized words at the start, with no other capitalized word after it.
 */
function openingName(text: string, tokens: readonly Token[], before: number): Token | undefined {
  if (!tokens[0]?.capitalized) return undefined;
  let last = 0;
  while (last + 1 < before && tokens[last + 1].capitalized && /^[\s.]*$/.test(text.slice(tokens[last].end, tokens[last + 1].start))) last++;
  for (let k = last + 1; k < before; k++) if (tokens[k].capitalized) return undefined;
  return tokens[last];
}

/** Whether a token may name who acts: a capitalized word that is no pronoun, time or plain opener. */
function isAgent(text: string, agent: Token, excluded?: ReadonlySet<Token>): boolean {
  // A pronoun or determiner ("Our", "They") or a time ("September", "Monday") acts for no one;
  // "US", "WHO" or "May" may, though they fold to function words.
  if (!agent.capitalized || agent.numeric || STOP_AGENTS.has(agent.norm) || CLASSES_OF.has(agent.stem) || excluded?.has(agent)) return false;
  // A capitalized opener that is a plain word ("More buses", "Fewer buses") names no one.
  const written = text.slice(agent.start, agent.end);
  return !(OPPOSITES.has(agent.norm) || CONTEXTUAL_OPPOSITES.has(agent.norm) || (STOPWORDS.has(agent.norm) && written !== written.toUpperCase()));
}

/** Capitalized words that are not agents: sentence openers, pronouns and determiners. */
const STOP_AGENTS = new Set(
  `the a an this that these those it its he his she her they their we our i my you your in on at but and
  however meanwhile moreover instead therefore`.split(/\s+/),
);

/** The nouns of a speaker named by a role ("the Ukrainian leader"), in lower case. */
const ROLE_NOUNS = new Set(['leader', 'president', 'minister', 'chancellor', 'premier', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'mayor', 'senator', 'general', 'commander', 'envoy', 'ambassador', 'secretary', 'chief', 'head']);

/** An institution speaker ("the Kremlin", "the water board") rather than a person. */
function isInstitution(s: Speaker): boolean {
  return /^the\s/i.test(s.name) || !/^\p{Lu}/u.test(s.name);
}

/** "The company", "the team": a generic body, not one named speaker. */
export function isCollective(name: string): boolean {
  const words = name.trim().toLowerCase().split(/\s+/);
  return words.length === 2 && words[0] === 'the' && COLLECTIVE_SPEAKERS.has(words[1]);
}

function evidenceOf(s: SourceSentence): Evidence {
  return { path: s.path, line: s.line, text: s.text, sentenceId: s.id };
}

function where(s: SourceSentence): string {
  return `${basename(s.path)}:${s.line}`;
}

function ellipsize(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/**
 * How to name the source's speaker in place of the draft's: a person by surname ("Zelenskyy"),
 * an institution as written ("the Kremlin", capitalised at the start of a sentence).
 */
function shortName(said: Speaker, wrong: SpeakerMention, draftText: string): string {
  const institution = /^the\s/i.test(said.name);
  // People named by their role ("officials") are written in lower case, as an institution is.
  const lower = !institution && /^\p{Ll}/u.test(said.name);
  // A surname: the last word of the name that is no title, before any "of …" naming where the
  // person works ("Ruth Okafor of Lindqvist Securities" is Okafor; "Secretary of State Marco Rubio" Rubio).
  const surname = (words: string) => words.split(/\s+/).filter((w) => said.key.split(' ').includes(w.toLowerCase())).pop();
  const person = said.name.split(/\s+(?:of|at|from)\s+(?=\p{Lu})/u)[0];
  const personWords = person.split(/\s+/).filter((w) => said.key.split(' ').includes(w.toLowerCase())).length;
  // "Bank of England Governor Andrew Bailey" is Bailey: a name before "of" has two words at least.
  let name = institution ? said.name : ((personWords >= 2 ? surname(person) : undefined) ?? surname(said.name) ?? said.name);
  if (institution || lower) {
    const atStart = wrong.start === 0 || /[.!?:"“]\s*$/.test(draftText.slice(Math.max(0, wrong.start - 3), wrong.start)) || /^\s*$/.test(draftText.slice(draftText.lastIndexOf('\n', wrong.start - 1) + 1, wrong.start));
    name = institution ? (atStart ? 'The' : 'the') + name.slice(3) : atStart ? name[0].toUpperCase() + name.slice(1) : name;
  }
  return name;
}
