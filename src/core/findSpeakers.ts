import { findQuotedRanges, isTitleAbbreviation } from './splitSentences';
import type { Token } from './tokenize';
import { SPEECH_VERBS, STOPWORDS } from './words';
import type { Span, Speaker } from './types';

/** A speaker found in a sentence, with where its name is written. */
export interface SpeakerMention extends Speaker, Span {
  /** True when the name was a pronoun ("He added:") resolved from context. */
  pronoun: boolean;
}

const PRONOUNS = new Set(['he', 'she', 'they']);
/** Words that may stand between a speaker and the speech verb: "Trump has also said", "Putin would later say". */
const BETWEEN = new Set(['has', 'have', 'had', 'also', 'previously', 'repeatedly', 'later', 'earlier', 'once', 'again', 'then', 'still', 'immediately', 'publicly', 'privately', 'reportedly', 'separately', 'recently', 'himself', 'herself', 'themselves', 'did', 'would', 'will', 'was', 'were', 'is', 'are', 'had', 'been']);
/** Words before a speech verb that deny or only suppose the speaking: "cannot say", "never told", "should tell". */
const DENIED = new Set(['not', 'never', 'cannot', "can't", "couldn't", "won't", "wouldn't", "didn't", "doesn't", "don't", 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);
/** Forms of "be" that make "told" or "asked" passive: "Zelenskyy was told". */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
/**
 * Function words that open a sentence capitalised and name no one: "As Putin said", "When asked",
 * "It was said". Articles, counts and possessives stay ("A spokesman", "One official", "His
 * aide"), and so do words that are also names ("May said", "Will Smith said").
 */
const NOT_NAMES = new Set(
  `as when while if because although though since until unless whether after before during once then
  now so yet but and or nor also even still just only again further here there where why how what
  which who whom whose that this these those it i we you they in on at to from by with without into
  for of about over under between through against among around across upon via than however
  meanwhile instead`.split(/\s+/),
);
/**
 * Prepositions of time and circumstance: "Putin during the call reiterated" is Putin's, not the
 * call's. Others are left out: "a spokesman for the water board said" is the board's word.
 */
const CIRCUMSTANCE = new Set(['during', 'after', 'before', 'since', 'amid', 'despite', 'following', 'throughout', 'until']);
/** Lower-case words allowed inside a speaker's name: "US officials", "the Secretary of State". */
const NAME_PARTS = new Set(['of', 'the', 'de', 'van', 'von', 'al', 'bin', 'officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'aides', 'aide', 'minister', 'ministry', 'president', 'leaders', 'leader', 'authorities', 'sources', 'representatives', 'representative', 'executives', 'analysts', 'lawmakers', 'diplomats', 'forces', 'military', 'government', 'administration']);
/**
 * People named by their role, who speak unnamed: "officials said", "two senior officials, who
 * asked not to be named, said". A speaker in lower case, as "the water board" is one.
 */
const ROLES = new Set(['officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'aides', 'aide', 'authorities', 'sources', 'representatives', 'representative', 'executives', 'analysts', 'lawmakers', 'diplomats']);
/**
 * Words that may follow an inverted speaker ("…, said the minister on Monday"). Any other word
 * there shows that "said" opens a clause ("…, said the talks failed"), whose subject is no speaker.
 */
const AFTER_INVERTED = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'as', 'when', 'while', 'from', 'to', 'via', 'last', 'this', 'earlier', 'later', 'late', 'today', 'yesterday']);
/** Words of a name that are titles or roles, left out of the comparison key. */
const TITLES = new Set(['president', 'prime', 'minister', 'secretary', 'of', 'state', 'the', 'mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'sen', 'senator', 'rep', 'gov', 'governor', 'chancellor', 'king', 'queen', 'pope', 'ceo', 'chairman', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'foreign', 'defense', 'defence', 'former', 'vice', 'deputy', 'ukrainian', 'russian', 'american', 'british', 'french', 'german', 'chinese', 'israeli', 'iranian']);

/**
 * Finds who a sentence attributes its content to: "X said", "said X", "X told reporters",
 * "according to X", "X has said", "X added:", and a transcript label "X: ..." at the start.
 * `tokens` are the sentence's tokens, `text` the document they index into. A pronoun ("He
 * added:") resolves to `lastSpeaker` when given. Returns `[]` when nothing is attributed.
 */
export function findSpeakers(text: string, tokens: Token[], lastSpeaker?: Speaker): SpeakerMention[] {
  const found: SpeakerMention[] = [];
  const add = (m: SpeakerMention | undefined) => {
    if (m && !found.some((f) => f.key === m.key)) found.push(m);
  };
  // A speech verb inside a quotation is the quoted speaker's own ("I told them…," Okafor said).
  let quoted: Span[] | undefined;
  const insideQuote = (t: Token) =>
    (quoted ??= findQuotedRanges(text, Math.max(0, tokens[0].start - 1), Math.min(text.length, tokens[tokens.length - 1].end + 1))).some((q) => q.start < t.start && t.end < q.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') {
      add(nameAfter(text, tokens, i + 2, lastSpeaker, false));
      continue;
    }
    if (!SPEECH_VERBS.has(t.norm) || t.capitalized || insideQuote(t)) continue;
    const before = nameBefore(text, tokens, i, lastSpeaker) ?? nameBeforeAppositive(text, tokens, i, lastSpeaker) ?? relativeSpeaker(text, tokens, i, lastSpeaker);
    if (before) add(before);
    else if ((/[,"”]\s*$/.test(text.slice(tokens[i - 1]?.end ?? t.start, t.start)) || i === 0) && tokens[i + 1] && /^\s+$/.test(text.slice(t.end, tokens[i + 1].start))) {
      // "…,” said Zelenskyy": the name follows the verb directly, not across a colon or a quotation mark.
      const after = nameAfter(text, tokens, i + 1, lastSpeaker);
      // After a bare comma "said" may open a clause ("In Kyiv, officials, who asked not to be
      // named, said the talks failed"): its subject speaks only when nothing of a clause follows.
      const quoted = /["”]\s*$/.test(text.slice(tokens[i - 1]?.end ?? t.start, t.start));
      if (after && (quoted || !opensClause(text, tokens, after))) add(after);
    }
  }
  return found;
}

/** Whether a word follows `name` in its clause, other than a circumstance ("on Monday"): the name then is a subject, not an inverted speaker. */
function opensClause(text: string, tokens: Token[], name: SpeakerMention): boolean {
  const k = tokens.findIndex((t) => t.start >= name.end);
  return k >= 0 && /^\s+$/.test(text.slice(name.end, tokens[k].start)) && !AFTER_INVERTED.has(tokens[k].norm);
}

/**
 * A transcript label opening a line: `Project Manager:`, `INTERVIEWER:`, after a time code
 * (`[00:12:31] Amara Osei:`, `(00:21) Osei:`), in bold (`**Osei:**`), with a role
 * (`Amara Osei (geologist):`). The name, and where the label ends in the line.
 */
export function findLineLabel(line: string): { name: string; end: number } | undefined {
  const m = LINE_LABEL.exec(line);
  return m ? { name: m[1].trim(), end: m[0].length } : undefined;
}

const LINE_LABEL =
  /^\s*(?:[[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?[\])]?\s*[-–—]?\s*)?(?:\*\*|__)?((?:\p{Lu}[\p{L}.'’-]*\s?){1,4})(?:\s*\([^()\n]{1,40}\))?(?:\*\*|__)?:(?:\*\*|__)?\s/u;

/** The comparison key of a name: its words without titles, lower-case. */
export function speakerKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const kept = words.filter((w) => !TITLES.has(w) && !COUNTERS.has(w));
  return (kept.length ? kept : words).join(' ');
}

/** Words that count or point at a speaker without naming one: "an official" and "one official" are the same. */
const COUNTERS = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Two speakers are the same when one's key ends with the other's last word ("zelenskyy" / "volodymyr zelenskyy"). */
export function sameSpeaker(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.includes(w)) && long.includes(short[short.length - 1]);
}

/**
 * Whether one speaker is written as the other's initials, in capitals: "The US" and "the United
 * States", "WHO" and "the World Health Organization" (not "Li" and "Lucy Irwin").
 */
export function sameByInitials(a: Speaker, b: Speaker): boolean {
  const initials = (s: Speaker) => /^(?:[Tt]he\s+)?((?:\p{Lu}\.?){2,6})$/u.exec(s.name.trim())?.[1].replace(/\./g, '').toLowerCase();
  const spelled = (s: Speaker) => s.key.split(' ').map((w) => w[0]).join('');
  const [ia, ib] = [initials(a), initials(b)];
  return (!!ia && !ib && ia === spelled(b) && b.key.includes(' ')) || (!!ib && !ia && ib === spelled(a) && a.key.includes(' '));
}

/** "the water board", "the city council": an institution named in lower case after "the". */
function institution(text: string, tokens: Token[], from: number, to: number): SpeakerMention | undefined {
  if (tokens[from]?.norm !== 'the' || to - from < 1 || to - from > 3) return undefined;
  for (let k = from + 1; k <= to; k++) {
    if (tokens[k].numeric || STOPWORDS.has(tokens[k].norm) || SPEECH_VERBS.has(tokens[k].norm) || !adjacent(text, tokens[k - 1], tokens[k])) return undefined;
  }
  const name = text.slice(tokens[from].start, tokens[to].end);
  return { name, key: speakerKey(name), start: tokens[from].start, end: tokens[to].end, pronoun: false };
}

/** A speaker named by a role word alone: "officials". */
function role(text: string, t: Token): SpeakerMention {
  const name = text.slice(t.start, t.end);
  return { name, key: speakerKey(name), start: t.start, end: t.end, pronoun: false };
}

function mention(text: string, tokens: Token[], from: number, to: number, lastSpeaker?: Speaker): SpeakerMention | undefined {
  if (to < from) return undefined;
  const first = tokens[from];
  if (from === to && PRONOUNS.has(first.norm)) {
    if (!lastSpeaker || first.norm === 'they') return undefined;
    return { ...lastSpeaker, start: first.start, end: first.end, pronoun: true };
  }
  // "As Putin said": a function word opening the sentence is no part of the name.
  // Written in capitals ("WHO", "IT"), it is a name; "I" is not.
  const written = text.slice(first.start, first.end);
  if (NOT_NAMES.has(first.norm) && (written !== written.toUpperCase() || written.length === 1)) return from < to ? mention(text, tokens, from + 1, to, lastSpeaker) : undefined;
  // Drop a leading "the" from the span but keep it in the name, so a fix reads naturally.
  const name = text.slice(first.start, tokens[to].end);
  if (!tokens.slice(from, to + 1).some((t) => t.capitalized)) return undefined;
  const key = speakerKey(name);
  return key ? { name, key, start: first.start, end: tokens[to].end, pronoun: false } : undefined;
}

/** Whether `a` is a title abbreviated before the name `b` ("Dr. Ines", "Gen. Smith"). */
function titleBefore(text: string, a: Token, b: Token): boolean {
  return b.capitalized && /^\.\s+$/.test(text.slice(a.end, b.start)) && (TITLES.has(a.norm) || isTitleAbbreviation(text.slice(a.start, a.end)));
}

/** Tokens `i..j` are joined by nothing but spaces, hyphens or a possessive. */
function adjacent(text: string, a: Pick<Token, 'start' | 'end'>, b: Pick<Token, 'start' | 'end'>): boolean {
  return /^[\s-]*$/.test(text.slice(a.end, b.start));
}

/** The name written right before token `verb`; with `comma`, before the comma that precedes it. */
function nameBefore(text: string, tokens: Token[], verb: number, lastSpeaker?: Speaker, comma = false): SpeakerMention | undefined {
  let j = verb - 1;
  // Capitalised, such a word is a name ("Will said").
  while (!comma && j >= 0 && BETWEEN.has(tokens[j].norm) && !tokens[j].capitalized && adjacent(text, tokens[j], tokens[j + 1])) {
    // "Zelenskyy was told", "Putin was asked": the subject is told, not telling. (Other
    // passives, "the film is reported to", keep their subject as the speaker: dropping it moved
    // podcast +0.3 and WiCE -0.2 through coverage, and was left out.)
    if (PASSIVE.has(tokens[j].norm) && (tokens[verb].norm === 'told' || tokens[verb].norm === 'asked')) return undefined;
    j--;
  }
  if (j < 0 || (!comma && !adjacent(text, tokens[j], tokens[j + 1]))) return undefined;
  // "the researchers cannot say", "Smith never told the board", "Police must tell": no one says it.
  if (!comma && DENIED.has(tokens[j].norm) && !tokens[j].capitalized) return undefined;
  if (PRONOUNS.has(tokens[j].norm)) return mention(text, tokens, j, j, lastSpeaker);
  let i = j;
  while (i > 0 && i > j - 6 && adjacent(text, tokens[i - 1], tokens[i]) && isNamePart(tokens[i - 1])) i--;
  while (i < j && !tokens[i].capitalized && tokens[i].norm !== 'the') i++;
  // "officials said", "two senior officials said": people named by their role.
  if (ROLES.has(tokens[j].norm) && !tokens.slice(i, j + 1).some((t) => t.capitalized || t.norm === 'the')) return role(text, tokens[j]);
  if (!isNamePart(tokens[j]) || !tokens.slice(i, j + 1).some((t) => t.capitalized)) {
    for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
      // "Putin during the call reiterated": "the call" is no subject.
      if (tokens[k].norm === 'the') return CIRCUMSTANCE.has(tokens[k - 1]?.norm ?? '') ? undefined : institution(text, tokens, k, j);
    }
    return undefined;
  }
  return mention(text, tokens, i, j, lastSpeaker);
}

/** Words that open an appositive between a name and its verb: "Ortiz, a Democrat, said", "Ortiz, who chairs the board, said". */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'his', 'her', 'its', 'their', 'our', 'then', 'now', 'herself', 'himself', 'also', 'once', 'formerly', 'former']);

/**
 * A name set off from its verb by appositives between commas: "Jane Ortiz, mayor of
 * Springfield, said", "Ortiz, 54, a Democrat, said". Without this, "said the city will…" after
 * the last comma would read as an inverted "said the city". The appositive next to the verb may
 * be any eight words; one before it must open like one ("a", "the", "who", a number), so that
 * "In Kyiv, officials, who asked not to be named, said" gives the officials, not Kyiv.
 */
function nameBeforeAppositive(text: string, tokens: Token[], verb: number, lastSpeaker?: Speaker): SpeakerMention | undefined {
  const j = verb - 1;
  if (j < 1 || !/^\s*,\s*$/.test(text.slice(tokens[j].end, tokens[verb].start))) return undefined;
  let commas = 0;
  for (let k = j; k >= Math.max(1, j - 11); k--) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (!gap.includes(',')) {
      if (/[^\s'’-]/.test(gap) || (commas === 0 && j - k >= 7)) return undefined;
      continue;
    }
    // An appositive before the last one must open like one.
    if (!/^\s*,\s*$/.test(gap) || (commas > 0 && !(APPOSITIVE_OPENERS.has(tokens[k].norm) || tokens[k].numeric)) || ++commas > 3) return undefined;
    const name = nameBefore(text, tokens, k, lastSpeaker, true);
    // "However, in 1958, the board recommended": an opening word is no name, nor is an opening
    // phrase ("In Kyiv, a man who asked not to be named, said").
    if (name) return name.pronoun || name.key.split(' ').every((w) => STOPWORDS.has(w)) || afterPreposition(text, name) ? undefined : name;
  }
  return undefined;
}

/** The name a relative clause of speech is set after: "Gideon Farrow KC, who told the court…". */
function relativeSpeaker(text: string, tokens: Token[], verb: number, lastSpeaker?: Speaker): SpeakerMention | undefined {
  const who = tokens[verb - 1];
  if (who?.norm !== 'who' || !tokens[verb - 2] || !/^\s*,\s*$/.test(text.slice(tokens[verb - 2].end, who.start)) || !adjacent(text, who, tokens[verb])) return undefined;
  const name = nameBefore(text, tokens, verb - 1, lastSpeaker, true);
  return name && !name.pronoun && !afterPreposition(text, name) ? name : undefined;
}

/** "In Kyiv", "After Putin": a name in a phrase of place or time, not a subject. */
function afterPreposition(text: string, name: SpeakerMention): boolean {
  const word = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, name.start - 12), name.start))?.[1];
  return OPENING_PREPOSITIONS.has(word?.toLowerCase() ?? '');
}
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'from', 'to', 'for', 'with', 'by', 'since', 'until', 'near', 'across', 'inside', 'outside', 'under', 'over', 'like', 'unlike', 'despite', 'amid']);

/** The speaker named from token `from` on: after "said" (`afterVerb`) or "according to". */
function nameAfter(text: string, tokens: Token[], from: number, lastSpeaker?: Speaker, afterVerb = true): SpeakerMention | undefined {
  if (from >= tokens.length) return undefined;
  if (PRONOUNS.has(tokens[from].norm)) return mention(text, tokens, from, from, lastSpeaker);
  // "according to him", "according to her," (not "her spokesman").
  const next = tokens[from + 1];
  if (lastSpeaker && (tokens[from].norm === 'him' || (tokens[from].norm === 'her' && (!next || !adjacent(text, tokens[from], next))))) {
    return { ...lastSpeaker, start: tokens[from].start, end: tokens[from].end, pronoun: true };
  }
  // "according to officials", "said officials".
  if (ROLES.has(tokens[from].norm) && !tokens[from].capitalized) return role(text, tokens[from]);
  let j = from;
  if (tokens[j].norm === 'the') j++;
  if (j >= tokens.length) return undefined;
  if (!tokens[j].capitalized) {
    // "according to chief financial officer Marek Dusil": a role before a name is not an institution.
    const named = nameAfterRole(text, tokens, j);
    if (named) return mention(text, tokens, named[0], named[1], lastSpeaker);
    let end = j;
    // "the talks failed": a past tense after the noun is the clause's verb, not the name's ("the armed forces").
    while (end + 1 < tokens.length && end - from < 3 && adjacent(text, tokens[end], tokens[end + 1]) && !STOPWORDS.has(tokens[end + 1].norm) && !tokens[end + 1].norm.endsWith('ed')) end++;
    const body = institution(text, tokens, from, end);
    return (body && afterVerb && namedInApposition(text, tokens, end + 1, lastSpeaker)) || body;
  }
  while (j + 1 < tokens.length && j - from < 6 && (adjacent(text, tokens[j], tokens[j + 1]) || titleBefore(text, tokens[j], tokens[j + 1])) && isNamePart(tokens[j + 1]) && (tokens[j + 1].capitalized || NAME_PARTS.has(tokens[j + 1].norm) && tokens[j + 2]?.capitalized === true || /^(officials|spokesman|spokeswoman|spokesperson|aides)$/.test(tokens[j + 1].norm))) j++;
  // "according to Kvist's purchasing director, Lene Brask": the person of the possessive's, named after.
  if (/['’]s$/.test(text.slice(tokens[j].start, tokens[j].end)) && tokens[j + 1] && !tokens[j + 1].capitalized && adjacent(text, tokens[j], tokens[j + 1])) {
    const named = nameAfterRole(text, tokens, j + 1, true);
    if (named) return mention(text, tokens, named[0], named[1], lastSpeaker);
  }
  return mention(text, tokens, from, j, lastSpeaker);
}

/** Most lower-case words of a role before a name: "chief financial officer", "deputy harbour master". */
const ROLE_WORDS = 4;

/**
 * The name after the role starting at token `from`, lower-case words then a capitalised name,
 * run on ("chief executive Annika Holmvik") or, with `apposition`, set off by commas
 * ("purchasing director, Lene Brask,"): its first and last tokens. None where the role is no run
 * of plain words (a function word or a verb in "-ed" ends it: "the talks failed").
 */
function nameAfterRole(text: string, tokens: Token[], from: number, apposition = false): [number, number] | undefined {
  let k = from;
  while (k < tokens.length && k - from < ROLE_WORDS && !tokens[k].capitalized && !tokens[k].numeric && !STOPWORDS.has(tokens[k].norm) && !tokens[k].norm.endsWith('ed')) {
    if (k > from && !adjacent(text, tokens[k - 1], tokens[k])) return undefined;
    k++;
  }
  const first = tokens[k];
  if (k === from || !first?.capitalized || first.numeric) return undefined;
  const between = text.slice(tokens[k - 1].end, first.start);
  const last = nameRunEnd(text, tokens, k, 4);
  // The name closes the phrase ("…officer Marek Dusil, the plant…", "… Holmvik (pictured)"), or
  // goes on with "of" or a circumstance ("… Jane Doe in a statement"); a verb after it makes it a
  // clause's subject: "according to union sources Reuters spoke to" names no one.
  const next = tokens[last + 1];
  const closed = /^\s*(?:[,;:.!?"”()—–-]|$)/.test(text.slice(tokens[last].end, tokens[last].end + 3)) || (!!next && (next.norm === 'of' || AFTER_INVERTED.has(next.norm)));
  if (!closed) return undefined;
  if (/^\s+$/.test(between)) return [k, last];
  // Set off by commas: "purchasing director, Lene Brask,".
  return apposition && /^\s*,\s*$/.test(between) ? [k, last] : undefined;
}

/**
 * "…, said the group's chair, Helen Marsh.": the name set after a role by a comma, ending the
 * sentence, is the speaker the role introduces (a title before it stays out: "Dr. Helen Marsh").
 */
function namedInApposition(text: string, tokens: Token[], at: number, lastSpeaker?: Speaker): SpeakerMention | undefined {
  if (!tokens[at] || !/^\s*,\s*$/.test(text.slice(tokens[at - 1].end, tokens[at].start))) return undefined;
  let first = at;
  while (TITLES.has(tokens[first]?.norm) && tokens[first + 1] && /^\.?\s+$/.test(text.slice(tokens[first].end, tokens[first + 1].start))) first++;
  if (!tokens[first]?.capitalized || tokens[first].numeric) return undefined;
  const last = nameRunEnd(text, tokens, first, 4);
  // The sentence's last word: only its closing marks follow ("text" is the whole document).
  if (last + 1 < tokens.length || !/^[.!?]?["”’)]*(?:\s|$)/.test(text.slice(tokens[last].end, tokens[last].end + 4))) return undefined;
  return mention(text, tokens, first, last, lastSpeaker);
}

/** Speech verbs as participles opening a clause after a comma: "…, saying the cuts were needed". */
export const SPEAKING: ReadonlySet<string> = new Set(['saying', 'adding', 'warning', 'noting', 'arguing', 'insisting', 'stressing', 'claiming', 'explaining', 'telling']);

/**
 * The speaker of ", saying …": the sentence's subject, a full name (two capitalised words or
 * more, "The Kremlin" too) among its first words, "Council cabinet member Rachel Dunmore
 * defended the cuts, saying…". Not a name further on, which the clause may be about ("…which
 * ruled in favor of Arab Bank, saying…"). None without such a name. Read for sources (`SpeakerReader`).
 */
export function participleSpeaker(text: string, tokens: readonly Token[]): Speaker | undefined {
  // Not "adding to the pressure": a participle before "to" says nothing.
  const at = tokens.findIndex((t, i) => i > 0 && SPEAKING.has(t.norm) && tokens[i + 1]?.norm !== 'to' && /,\s*$/.test(text.slice(tokens[i - 1].end, t.start)));
  for (let i = 0; i < Math.min(at, SUBJECT_WORDS); i++) {
    if (!tokens[i].capitalized) continue;
    const j = nameRunEnd(text, tokens, i, Infinity, at);
    if (j > i && (!STOPWORDS.has(tokens[i].norm) || tokens[i].norm === 'the')) {
      const written = text.slice(tokens[i].start, tokens[j].end);
      return { name: written, key: speakerKey(written) };
    }
    i = j;
  }
  return undefined;
}

/** Where a sentence's subject may start: after a role of a few words ("Council cabinet member"). */
const SUBJECT_WORDS = 5;

/**
 * The last token of the run of capitalised words starting at token `from` (at most `max` of them,
 * before token `limit`), joined by spaces or hyphens: a name as written, "Rachel Dunmore".
 */
export function nameRunEnd(text: string, tokens: readonly Token[], from: number, max: number, limit = tokens.length): number {
  let last = from;
  while (last + 1 < limit && last - from + 1 < max && tokens[last + 1].capitalized && !tokens[last + 1].numeric && adjacent(text, tokens[last], tokens[last + 1])) last++;
  return last;
}

function isNamePart(t: Token): boolean {
  return (t.capitalized && !t.numeric) || NAME_PARTS.has(t.norm);
}
