/**
 * A deterministic corpus for the benchmark: news-like source documents (people with titles,
 * institutions, places, numbers, dates, quotations and attributions) and markdown drafts that
 * restate, paraphrase, misquote, misattribute, change numbers in, or invent claims about them.
 * Everything comes from one seeded PRNG, so every run and every machine sees the same text.
 */
import type { SourceDocument } from '../src/core';
import { decodeText } from '../src/core/decodeText';

/**
 * `text` as the CLI and the extension get it, decoded from a file's bytes: one flat string, not
 * the rope that building it piece by piece leaves, whose every character costs a detour.
 */
function asRead(text: string): string {
  return decodeText(new TextEncoder().encode(text)).text ?? text;
}

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (list: string): string[] => list.trim().split(/\s+/);

const FIRST = words(`Anna Boris Carla Daniel Elena Farid Greta Hassan Irina Jonas Keiko Lars Maria Nikolai Olga Pavel
  Quentin Rosa Sergei Tamara Umar Vera Walter Ximena Yusuf Zofia Amir Beatrix Cyril Dagny Emil Fatima Gustav Helga Ivo
  Jana Karim Leila Mateo Nadia Oskar Petra Rami Sofia Tomas Ulla Viktor Wanda Yara Zoran Agnes Bruno Celine Dmitri
  Esther Felix Gloria Henrik Ingrid Julian Katya Luca Mira Noor Otto Priya Rafael Selma Theo Uma Vlad Wren Ada Bram`);
const TITLES = words(`President Minister Governor Mayor Senator Ambassador Chancellor Commissioner Director Spokesperson General`);
const PORTFOLIOS = words(`Energy Finance Defense Health Transport Agriculture Trade Interior Labor Justice Education Environment`);
const INSTITUTIONS = words(`ministry agency council authority commission bank parliament committee tribunal coalition union
  federation institute board office secretariat assembly`);
const INSTITUTION_TOPICS = words(`Energy Grain Water Ports Railways Fisheries Statistics Aviation Shipping Mining Elections Housing
  Pensions Customs Nuclear Forestry Telecommunications Tourism Refugees Weather`);
const NOUNS = words(`ceasefire pipeline reactor harbor corridor convoy tariff subsidy pension reservoir refinery grid
  bridge railway airport hospital school budget treaty embargo sanction inquiry election referendum strike protest
  shipment harvest drought flood wildfire outbreak vaccine clinic factory warehouse terminal tunnel dam levee quota
  loan deficit surplus bond currency inflation wage contract license permit audit merger lawsuit verdict appeal
  negotiation summit delegation proposal amendment resolution mandate mission patrol checkpoint border frontier
  substation turbine satellite cable network platform program initiative framework roadmap partnership agreement`);
const ADJECTIVES = words(`temporary permanent partial comprehensive regional national bilateral multilateral emergency
  long-term short-term controversial disputed landmark fragile ambitious modest sweeping limited phased binding
  preliminary final revised joint independent unprecedented costly overdue expanded reduced major minor`);
const VERBS_PAST = words(`approved rejected proposed postponed expanded halted announced suspended extended delayed
  endorsed blocked signed finalized reviewed challenged criticized defended launched scrapped resumed restored
  negotiated secured financed funded cancelled completed inspected opened closed upgraded repaired`);
const VERBS_BASE = words(`approve reject propose postpone expand halt announce suspend extend delay endorse block sign
  finalize review challenge criticize defend launch scrap resume restore negotiate secure finance fund cancel
  complete inspect open close upgrade repair`);
const UNITS = words(`prisoners soldiers families workers vehicles tonnes barrels households schools hospitals flights
  containers megawatts kilometers hectares villages jobs patients trucks ships`);
const WEEKDAYS = words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);
const MONTHS = words(`Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.`);
const NUMBER_WORDS = words(`two three four five six seven eight nine ten twelve fifteen twenty thirty forty fifty`);
const QUOTE_OPENERS = [
  'We will not accept any',
  'We need to understand the',
  'Nobody should pretend that the',
  'This is the moment to finish the',
  'Our people deserve a',
  'There is no alternative to a',
  'We are ready to discuss any',
  'It would be a mistake to rush the',
  'We have always supported the',
  'History will judge this',
];
const QUOTE_TAILS = [
  'that ignores the people of PLACE',
  'before the winter comes',
  'without a clear timetable',
  'as long as the talks continue in good faith',
  'while our partners stand with us',
  'unless the other side keeps its word',
  'and we will say so openly',
  'because the numbers do not add up',
];
const NO_CLAIMS = ['Here is what we know so far.', 'More details are expected.', 'This story is developing.', 'Read on for the details.', 'Here is the background.'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];
/** Picks with a long tail, as names occur in news: a few very often, most rarely. */
const pickSkewed = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() ** 3 * list.length)];
const int = (random: () => number, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const capitalize = (s: string): string => s[0].toUpperCase() + s.slice(1);
const article = (phrase: string): string => `${/^[aeiou]/.test(phrase) ? 'an' : 'a'} ${phrase}`;

const ONSETS = words('b br ch d dr g gr h k kl kr l m n p pr r s sh st t tr v w z zh');
const VOWELS = words('a e i o u a e o ai ei ou');
const CODAS = ['', '', 'n', 'r', 'l', 's', 'k', 'v', 'sk', 'nd', 'rt'];

/** `count` distinct made-up names of two or three syllables with one of `endings`, in a fixed order. */
function makeNames(seed: number, count: number, endings: readonly string[]): string[] {
  const random = createRandom(seed);
  const out = new Set<string>();
  while (out.size < count) {
    let name = '';
    for (let i = random() < 0.75 ? 2 : 3; i > 0; i--) name += pick(random, ONSETS) + pick(random, VOWELS) + (i === 1 ? '' : pick(random, CODAS));
    name += pick(random, endings);
    out.add(capitalize(name));
  }
  return [...out];
}

/** Surnames and places: long-tailed pools, so a large corpus has rare names as real news does. */
const LAST = makeNames(11, 30000, ['', 'ov', 'ski', 'son', 'ez', 'ari', 'enko', 'ides', 'berg', 'ani', 'escu']);
const PLACES = makeNames(12, 8000, ['', 'grad', 'burg', 'port', 'ia', 'stad', 'ville', 'abad', 'ovo', 'mouth']);

/** A person in a story, named in full on first mention and by surname afterwards. */
interface Person {
  full: string;
  last: string;
  pronoun: 'He' | 'She';
}

/** One generated source sentence and what the draft generator may change in it. */
export interface GeneratedSentence {
  text: string;
  path: string;
  /** 1-based line the sentence starts on. */
  line: number;
  /** Surname or institution the sentence attributes itself to, as written in it. */
  speaker?: string;
  /** A quotation in it, without the marks. */
  quote?: string;
  /** The numbers written in it, as written. */
  numbers: string[];
}

/** A generated source set: the documents the index reads and the sentences they were written from. */
export interface GeneratedSources {
  documents: SourceDocument[];
  sentences: GeneratedSentence[];
}

function formatCount(random: () => number): string {
  const r = random();
  if (r < 0.25) return pick(random, NUMBER_WORDS);
  if (r < 0.55) return String(int(random, 11, 990));
  if (r < 0.8) return `${int(random, 1, 99)},${String(int(random, 0, 999)).padStart(3, '0')}`;
  return `${int(random, 1, 9)}.${int(random, 1, 9)} million`;
}

class StoryWriter {
  private readonly people: Person[];
  private readonly place: string;
  private readonly institution: string;
  private readonly topic: string[];
  private mentioned = new Set<string>();

  constructor(private readonly random: () => number, names: { first: readonly string[]; last: readonly string[] }) {
    const r = random;
    this.people = Array.from({ length: int(r, 2, 4) }, () => {
      const title = pick(r, TITLES);
      const role = title === 'Minister' ? `${pick(r, PORTFOLIOS)} Minister` : title;
      const first = pick(r, names.first);
      const last = pickSkewed(r, names.last);
      return { full: `${role} ${first} ${last}`, last, pronoun: r() < 0.5 ? 'He' : 'She' };
    });
    this.place = pickSkewed(r, PLACES);
    const kind = pick(r, INSTITUTIONS);
    this.institution = `the ${r() < 0.5 ? `${this.place} ` : ''}${pick(r, INSTITUTION_TOPICS)} ${capitalize(kind)}`;
    this.topic = [pick(r, NOUNS), pick(r, NOUNS), pick(r, NOUNS)];
  }

  private name(p: Person): string {
    if (this.mentioned.has(p.full)) return p.last;
    this.mentioned.add(p.full);
    return p.full;
  }

  private nounPhrase(): string {
    const r = this.random;
    const noun = r() < 0.6 ? pick(r, this.topic) : pick(r, NOUNS);
    const form = r();
    if (form < 0.35) return article(`${pick(r, ADJECTIVES)} ${noun}`);
    if (form < 0.65) return `the ${noun} near ${r() < 0.7 ? this.place : pickSkewed(r, PLACES)}`;
    return `the ${pick(r, ADJECTIVES)} ${noun} ${pick(r, NOUNS)}`;
  }

  private when(numbers: string[]): string {
    const r = this.random;
    const form = r();
    if (form < 0.3) return `on ${pick(r, WEEKDAYS)}`;
    if (form < 0.55) {
      const day = String(int(r, 1, 28));
      numbers.push(day);
      return `on ${pick(r, MONTHS)} ${day}`;
    }
    if (form < 0.75) {
      const n = String(int(r, 2, 90));
      numbers.push(`${n}-day`);
      return `after a ${n}-day pause`;
    }
    return `earlier this ${pick(r, ['week', 'month', 'year'])}`;
  }

  private clause(numbers: string[]): string {
    const r = this.random;
    const subject = r() < 0.5 ? `officials in ${this.place}` : this.institution;
    return `${subject} ${pick(r, VERBS_PAST)} ${this.nounPhrase()} ${this.when(numbers)}${this.purpose(numbers)}`;
  }

  /** A trailing phrase that makes sentences as long as wire copy usually is. */
  private purpose(numbers: string[]): string {
    const r = this.random;
    const form = r();
    if (form < 0.3) {
      const n = String(int(r, 3, 20));
      numbers.push(`${n}-point`);
      return ` as part of a ${n}-point plan to ${pick(r, VERBS_BASE)} the ${pick(r, this.topic)} in ${pickSkewed(r, PLACES)}`;
    }
    if (form < 0.6) return ` despite objections from lawmakers in ${pickSkewed(r, PLACES)} who called it ${pick(r, ADJECTIVES)}`;
    if (form < 0.92) return ` in a bid to ${pick(r, VERBS_BASE)} ${this.nounPhrase()} before the ${pick(r, NOUNS)} ${pick(r, ['expires', 'runs out', 'is renewed', 'is signed'])}`;
    return '';
  }

  private quotation(): string {
    const r = this.random;
    const tail = pick(r, QUOTE_TAILS).replace('PLACE', this.place);
    const opener = pick(r, QUOTE_OPENERS);
    const phrase = `${pick(r, ADJECTIVES)} ${pick(r, this.topic)}`;
    return `${opener.endsWith(' a') ? `${opener.slice(0, -2)} ${article(phrase)}` : `${opener} ${phrase}`} ${tail}`;
  }

  /** The next sentence of the story. */
  sentence(): Omit<GeneratedSentence, 'path' | 'line'> {
    const r = this.random;
    const person = pick(r, this.people);
    const numbers: string[] = [];
    const form = r();
    if (form < 0.16) {
      const name = this.name(person);
      return { text: `${name} said ${this.clause(numbers)}.`, speaker: name.split(' ').pop(), numbers };
    }
    if (form < 0.3) {
      const quote = this.quotation();
      const name = this.name(person);
      return { text: `“${quote},” ${name} said ${this.when(numbers)} in ${pick(r, ['an interview', 'a statement', 'a televised address', 'a briefing'])}.`, speaker: name.split(' ').pop(), quote, numbers };
    }
    if (form < 0.4) {
      const quote = this.quotation();
      const name = this.name(person);
      return { text: `${name} told reporters in ${this.place}: “${quote}.”`, speaker: name.split(' ').pop(), quote, numbers };
    }
    if (form < 0.52) {
      const clause = this.clause(numbers);
      const source = r() < 0.5 ? this.institution : `${pick(r, ['local media', 'the state broadcaster', 'two officials'])} in ${this.place}`;
      return { text: `${capitalize(clause)}, according to ${source}.`, speaker: source, numbers };
    }
    if (form < 0.72) {
      const count = formatCount(r);
      const unit = pick(r, UNITS);
      const when = this.when(numbers);
      numbers.unshift(count);
      const verb = pick(r, ['were moved out of', 'arrived in', 'were registered in', 'left', 'were counted in']);
      const share = r() < 0.4 ? `, up ${int(r, 2, 60)} percent from a year earlier` : '';
      if (share) numbers.push(share.match(/\d+/)![0]);
      return { text: `${capitalize(count)} ${unit} ${verb} ${this.place} ${when}${share}, ${capitalize(this.institution).replace(/^The/, 'the')} said.`, speaker: this.institution, numbers };
    }
    if (form < 0.8) {
      const name = this.name(person);
      return {
        text: `${name} urged ${this.institution} to ${pick(r, VERBS_BASE)} ${this.nounPhrase()} before talks resume in ${pickSkewed(r, PLACES)}${this.purpose(numbers)}.`,
        numbers,
      };
    }
    return { text: `${capitalize(this.clause(numbers))}.`, numbers };
  }
}

/**
 * `count` source sentences in stories of 20 to 60 sentences, one story per file under
 * `/bench/sources/`. Every tenth story is markdown (a title and paragraphs), the rest plain text
 * with a sentence or two per line and a blank line between paragraphs. Same seed, same corpus;
 * a smaller corpus is a prefix of a larger one.
 */
export function generateSources(count: number, seed = 20240317): GeneratedSources {
  const random = createRandom(seed);
  const documents: SourceDocument[] = [];
  const sentences: GeneratedSentence[] = [];
  for (let story = 0; sentences.length < count; story++) {
    const markdown = story % 10 === 9;
    const path = `/bench/sources/story-${String(story).padStart(5, '0')}.${markdown ? 'md' : 'txt'}`;
    const writer = new StoryWriter(random, { first: FIRST, last: LAST });
    const length = Math.min(int(random, 20, 60), count - sentences.length);
    let text = markdown ? `# Story ${story}\n\n` : '';
    let line = markdown ? 3 : 1;
    for (let i = 0; i < length; ) {
      const paragraph = Math.min(int(random, 1, 4), length - i);
      for (let k = 0; k < paragraph; k++, i++) {
        const s = writer.sentence();
        sentences.push({ ...s, path, line });
        // Markdown paragraphs run on; plain text puts most sentences on a line of their own.
        const joinNext = k + 1 < paragraph && (markdown || random() < 0.3);
        text += s.text + (k + 1 < paragraph ? (joinNext ? ' ' : '\n') : '\n');
        if (!joinNext && k + 1 < paragraph) line++;
      }
      text += '\n';
      line += 2;
    }
    documents.push({ path, text: asRead(text) });
  }
  return { documents, sentences };
}

/** How a draft sentence relates to the sources. */
export type DraftSentenceKind = 'supported' | 'paraphrased' | 'misquoted' | 'misattributed' | 'number-changed' | 'unsupported' | 'no-claim';

/** A generated draft: markdown text and the kind of each sentence, in order. */
export interface GeneratedDraft {
  path: string;
  text: string;
  kinds: DraftSentenceKind[];
  /** Offset of a sentence in the middle of the draft, inside a plain paragraph: where the edit benchmark types. */
  editOffset: number;
}

const KIND_WEIGHTS: [DraftSentenceKind, number][] = [
  ['supported', 0.32],
  ['paraphrased', 0.16],
  ['misquoted', 0.1],
  ['misattributed', 0.1],
  ['number-changed', 0.1],
  ['unsupported', 0.16],
  ['no-claim', 0.06],
];

function paraphrase(random: () => number, s: GeneratedSentence): string {
  let text = s.text;
  const according = /^(.*), according to (.*)\.$/.exec(text);
  if (according) return `According to ${according[2]}, ${according[1][0].toLowerCase()}${according[1].slice(1)}.`;
  text = text.replace(/ said (officials|the) /, ' said that $1 ').replace(/\bbefore talks resume\b/, 'ahead of new talks');
  for (const adjective of ADJECTIVES) {
    if (random() < 0.5 && text.includes(` ${adjective} `)) {
      text = text.replace(` ${adjective} `, ' ');
      break;
    }
  }
  return text === s.text ? text.replace(/ on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/, ' this week') : text;
}

function changeNumber(random: () => number, s: GeneratedSentence): string | undefined {
  const digits = s.numbers.find((n) => /\d/.test(n));
  if (digits) {
    const changed = digits.replace(/\d/, (d) => String((Number(d) + 1 + Math.floor(random() * 8)) % 10 || 1));
    return s.text.replace(digits, changed);
  }
  const word = s.numbers.find((n) => NUMBER_WORDS.includes(n.toLowerCase()));
  if (!word) return undefined;
  const other = NUMBER_WORDS.find((w) => w !== word.toLowerCase() && random() < 0.3) ?? 'eleven';
  return s.text.replace(word, word[0] === word[0].toUpperCase() ? capitalize(other) : other);
}

/**
 * A markdown draft of `count` sentences about `sources`: front matter, a title, paragraphs of two
 * to six sentences, some with citation links to the source line, a bulleted list, a code block
 * (never checked) and footnotes. Sentence kinds follow fixed weights.
 */
export function generateDraft(sources: GeneratedSources, count: number, seed = 7): GeneratedDraft {
  const random = createRandom(seed ^ count);
  const invented = new StoryWriter(createRandom(seed * 31 + count), { first: ['Odile', 'Bertrand', 'Mirela', 'Casimir'], last: ['Quillfeather', 'Ardengast', 'Pellworth', 'Tremaine'] });
  const kinds: DraftSentenceKind[] = [];
  const paragraphs: string[] = [];
  let editOffset = -1;
  const all = sources.sentences;
  /** The first sentence at or after `from` (wrapping around) that `test` accepts. */
  const findFrom = (from: number, test: (s: GeneratedSentence) => boolean): GeneratedSentence | undefined => {
    for (let k = 0; k < all.length; k++) if (test(all[(from + k) % all.length])) return all[(from + k) % all.length];
    return undefined;
  };
  const sentenceOf = (kind: DraftSentenceKind): string => {
    const at = Math.floor(random() * all.length);
    const s = all[at];
    switch (kind) {
      case 'supported':
        return s.text;
      case 'paraphrased':
        return paraphrase(random, s);
      case 'misquoted': {
        const quoted = findFrom(at, (q) => !!q.quote);
        if (!quoted?.quote) return s.text;
        const wordsOf = quoted.quote.split(' ');
        wordsOf[int(random, 1, wordsOf.length - 1)] = pick(random, NOUNS);
        return quoted.text.replace(quoted.quote, wordsOf.join(' '));
      }
      case 'misattributed': {
        const said = findFrom(at, (q) => !!q.speaker && /^[A-Z][a-z]+$/.test(q.speaker));
        if (!said?.speaker) return s.text;
        const other = findFrom(Math.floor(random() * 200), (l) => /^[A-Z][a-z]+$/.test(l.speaker ?? '') && l.speaker !== said.speaker)?.speaker ?? 'Moreau';
        return said.text.replace(new RegExp(`\\b${said.speaker}\\b`), other);
      }
      case 'number-changed':
        return changeNumber(random, s) ?? s.text;
      case 'unsupported':
        return invented.sentence().text;
      case 'no-claim':
        return pick(random, NO_CLAIMS);
    }
  };
  const byText = new Map(all.map((x) => [x.text, x]));
  const footnoteTargets: GeneratedSentence[] = [];
  const cite = (text: string): string => {
    const s = byText.get(text);
    if (!s || random() > 0.25) return text;
    if (!text.endsWith('.') || random() < 0.15) {
      footnoteTargets.push(s);
      return `${text}[^${footnoteTargets.length}]`;
    }
    return `${text.slice(0, -1)} ([source](../${s.path.slice('/bench/'.length)}#L${s.line})).`;
  };
  let text = `---\ntitle: Bench draft of ${count} sentences\n---\n\n# What we know\n\n`;
  let written = 0;
  let paragraphIndex = 0;
  while (written < count) {
    const size = Math.min(int(random, 2, 6), count - written);
    const parts: string[] = [];
    for (let i = 0; i < size; i++) {
      let r = random();
      let kind: DraftSentenceKind = 'supported';
      for (const [k, w] of KIND_WEIGHTS) {
        if (r < w) {
          kind = k;
          break;
        }
        r -= w;
      }
      kinds.push(kind);
      parts.push(kind === 'supported' ? cite(sentenceOf(kind)) : sentenceOf(kind));
    }
    written += size;
    paragraphIndex++;
    const asList = paragraphIndex % 9 === 4;
    const body = asList ? parts.map((p) => `- ${p}`).join('\n') : parts.join(paragraphIndex % 2 ? ' ' : '\n');
    if (editOffset < 0 && written >= count / 2 && !asList) editOffset = text.length + body.indexOf(' ', Math.floor(body.length / 2));
    paragraphs.push(body);
    text += body + '\n\n';
    if (paragraphIndex % 15 === 7) text += '```text\n“This is a code sample,” Nobody said. It is 1,000 words long.\n```\n\n';
    if (paragraphIndex % 20 === 10) text += `## Part ${paragraphIndex / 10}\n\n`;
  }
  footnoteTargets.forEach((s, i) => {
    text += `[^${i + 1}]: [${s.path.slice('/bench/sources/'.length)}](../${s.path.slice('/bench/'.length)}#L${s.line})\n`;
  });
  if (editOffset < 0) editOffset = text.indexOf(' ', Math.floor(text.length / 2));
  return { path: '/bench/drafts/draft.md', text: asRead(text), kinds, editOffset };
}
