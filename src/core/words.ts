/** Closed word classes the checks rely on. English only, by design (see README). */

/** Function words: they carry no checkable content on their own. */
export const STOPWORDS = new Set(
  `a an the and or but nor so yet for of in on at to from by with without within into onto over under
  about above after before between through during against among around across along upon via per than
  as is are was were be been being am do does did doing done have has had having will would shall
  should can could may might must ought i me my mine we us our ours you your yours he him his she her
  hers it its they them their theirs this that these those there here what which who whom whose when
  where why how all any both each few more most other some such own same just also too very only
  then once again further now even still already ever really quite rather almost well if because
  while until unless though although whether not no yes up down out off away back s t don doesn didn
  isn aren wasn weren won wouldn shouldn couldn hasn haven hadn let lets one ones thing things
  something anything everything nothing someone anyone everyone way ways lot lots much many
  get gets got getting go goes went gone going make makes made making know knows knew known
  seem seems seemed like include includes including included according
  often frequently repeatedly regularly usually generally typically commonly nearly
  myself yourself himself herself itself ourselves yourselves themselves
  however moreover furthermore additionally meanwhile therefore thus hence nevertheless nonetheless
  instead indeed besides otherwise consequently accordingly likewise similarly`.split(/\s+/),
);

/** Verbs that attribute speech or a claim to someone. */
export const SPEECH_VERBS = new Set(
  `said says say told tells tell added adds add stated states state stressed stresses
  claimed claims claim argued argues warned warns noted notes explained explains announced announces
  insisted insists asserted asserts reiterated reiterates wrote writes declared declares
  remarked remarks suggested suggests mentioned mentions reported reports acknowledged acknowledges
  admitted admits confirmed confirms denied denies replied replies responded responds asked asks
  hailed hails cheered cheers`.split(/\s+/),
);

/** Whether a folded word carries content: not a number, a function word, a speech verb or a negation. */
export function isContentWord(norm: string, numeric: boolean): boolean {
  return !numeric && norm.length > 1 && !STOPWORDS.has(norm) && !SPEECH_VERBS.has(norm) && !NEGATIONS.has(norm);
}

/** Words that negate the statement they stand in. */
export const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'none', 'nobody', 'nothing', 'neither', 'nor', "n't", 'cannot', "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "shouldn't", "couldn't"]);

/**
 * Pairs of words whose swap reverses a statement. General English, not tied to any text;
 * each pair is listed once and read both ways.
 */
const OPPOSITE_PAIRS = `accept reject|accepted rejected|accepts rejects|agree disagree|agreed disagreed|
  agree reject|agreed rejected|agrees rejects|
  advance retreat|advancing retreating|advanced retreated|increase decrease|increased decreased|
  increases decreases|increasing decreasing|rise fall|rose fell|rising falling|higher lower|
  more less|most least|before after|earlier later|first last|largest smallest|larger smaller|
  biggest smallest|bigger smaller|best worst|better worse|win lose|won lost|winning losing|
  gain loss|gained lost|open closed|opened closed|support oppose|supported opposed|supports opposes|
  allow forbid|allowed banned|allow ban|start end|started ended|begin end|began ended|
  strong weak|stronger weaker|success failure|successful unsuccessful|positive negative|
  up down|above below|maximum minimum|include exclude|included excluded|approve reject|
  approved rejected|permanent temporary|full partial|fully partially|easy hard|easy difficult|
  easier harder|cheap expensive|cheaper pricier|high low|long short|longer shorter|
  old new|older newer|young old|younger older|always never|all none|many few|same different|
  public private|domestic foreign|legal illegal|true false|likely unlikely|possible impossible|
  profit loss|profitable unprofitable|buy sell|bought sold|lend borrow|import export|imports exports|
  inside outside|internal external|north south|east west|northern southern|eastern western|
  morning evening|day night|male female|men women|man woman|boy girl|husband wife|son daughter|
  father mother|brother sister|king queen|left right|love hate|like dislike|happy sad|
  friend enemy|ally enemy|attack defend|offensive defensive|arrive depart|arrived left|
  enter leave|entered left|remember forget|remembered forgot|pass fail|passed failed|
  innocent guilty|acquitted convicted|present absent|alive dead|live die|lived died|
  expand shrink|expanded shrank|expansion contraction|surplus deficit|over under|overestimated underestimated|
  optimistic pessimistic|agreeing disagreeing|confirmed denied|confirm deny|
  hardware software|online offline|input output|minor major|majority minority|
  novice advanced|novice expert|beginner advanced|basic advanced|simple complex|simpler complex|
  explicit implicit|explicitly implicitly|efficient inefficient|effective ineffective|accurate inaccurate|
  direct indirect|directly indirectly|dependent independent|formal informal|complete incomplete|
  correct incorrect|sufficient insufficient|visible invisible|relevant irrelevant|regular irregular|
  consistent inconsistent|compatible incompatible|finite infinite|rational irrational|
  maximize minimize|maximise minimise|manual automatic|manually automatically|inbound outbound|
  upgrade downgrade|add remove|added removed|adding removing|first final|initial final|
  minor significant|significant insignificant|confident sceptical|confident skeptical|confident doubtful|
  optimistic sceptical|optimistic skeptical|praise criticize|praised criticized|praises criticizes|
  praise criticise|praised criticised|welcome condemn|welcomed condemned|hail condemn|hailed condemned|
  first latest|earliest latest|roughly exactly|roughly precisely|permanently temporarily|transparency secrecy|transparent secret|
  good bad|benefit drawback|benefits drawbacks|advantage disadvantage|advantages disadvantages|
  strength weakness|strengths weaknesses|approximately exactly|approximately precisely|approximate exact|
  improve worsen|improved worsened|improvement deterioration|safe unsafe|safe dangerous|
  increase reduce|increased reduced|increases reduces|raise lower|raised lowered|grow shrink|grew shrank|
  encourage discourage|encouraged discouraged|encourages discourages|recommend discourage|recommended discouraged|
  recommends discourages|acknowledge ignore|acknowledged ignored|connect disconnect|connected disconnected|
  inclusive exclusive|including excluding|strengthen weaken|strengthened weakened|victory defeat`;

/**
 * Pairs that reverse a statement only where both stand among the same words: "growth" and
 * "decline" often share a sentence about different things ("growth in sales, a decline in costs").
 */
const CONTEXTUAL_OPPOSITE_PAIRS = `growth decline|grow decline|grew declined|growing declining|increase decline|
  increased declined|increasing declining|rise decline|rose declined|more fewer|help hurt|helped hurt|
  rich poor|winner loser|gain decline|gained declined|quick slow|quickly slowly|
  new existing|whole partial|comprehensive basic|specific general|early late|next last|next previous|
  local global|local national|urban rural|succeed fail|succeeded failed|wide narrow|
  broad narrow|hot cold|rise drop|rose dropped|allow prohibit|allowed prohibited|highlight ignore|
  emphasize ignore|emphasized ignored|address ignore|important irrelevant|crucial irrelevant|
  essential unnecessary|strict lenient|often rarely|frequently rarely|usually rarely|always rarely|
  affordable expensive|cheap costly|substantial modest|substantial slight|significant slight|significant modest|
  significantly slightly|substantially slightly|substantially minimally|sharply slightly|sharp slight|
  comprehensive limited|extensive limited|comprehensive partial|discount surcharge|modern traditional|
  innovative traditional|outdoor indoor|outdoors indoors|differing similar|secluded crowded|embrace avoid|
  embraced avoided|commonly rarely|common rare|introduction conclusion|teenager adult|teenagers adults|top bottom|
  daily weekly|daily monthly|weekly monthly|discussing dismissing|discuss dismiss|return departure|
  arrival departure|raise cut|raised cut|raising cutting|raises cuts|raised slashed|raise slash|raised trimmed|
  raise trim|boost cut|boosted cut|lift cut|lifted cut|hike cut|hiked cut|increase cut|increased cut|
  raised reduced|raise reduce`;

/** Modifiers a compound opens with that oppose each other: "pre-"/"post-", "full-time"/"part-time". */
const PREFIX_OPPOSITE_PAIRS = 'pre post|pro anti|inter intra|micro macro|hyper hypo|sub super|full part|single multi|upper lower|front back';

function pairsBothWays(pairs: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    if (!map.has(a)) map.set(a, new Set());
    map.get(a)!.add(b);
  };
  for (const pair of pairs.split('|')) {
    const words = pair.trim().split(/\s+/);
    if (words.length !== 2) throw new Error(`not a pair of words: "${pair.trim()}"`);
    add(words[0], words[1]);
    add(words[1], words[0]);
  }
  return map;
}

export const OPPOSITES: Map<string, Set<string>> = pairsBothWays(OPPOSITE_PAIRS);
export const CONTEXTUAL_OPPOSITES: Map<string, Set<string>> = pairsBothWays(CONTEXTUAL_OPPOSITE_PAIRS);
export const PREFIX_OPPOSITES: Map<string, Set<string>> = pairsBothWays(PREFIX_OPPOSITE_PAIRS);

/** Prefixes that turn a word into its opposite ("supervised"/"unsupervised", "linear"/"nonlinear"). */
const NEGATING_PREFIXES = ['un', 'non'];

/**
 * Latin negating prefixes, which also begin many words that deny nothing ("insight", "implant",
 * "income"): read as negations only before an adjective, a stem of three letters or more and an
 * adjective's ending ("efficient", "possible", "legal", "regular", "complete", "valid").
 */
const ADJECTIVE_PREFIXES = /^(?:in|im|il|ir)\w{3,}(?:able|ible|ent|ant|ive|ate|al|ar|ic|ect|ete|id|ite|ile|ure)$/;

/** Words that look like a negating prefix on an adjective and are none: "invaluable" is very valuable. */
const NOT_NEGATIONS = new Set(['invaluable', 'inflammable', 'impartial', 'incorporate', 'infamous', 'inhabitable', 'irradiate', 'impassive', 'inpatient', 'immigrant']);

/** Whether one word is the other with a negating prefix; the base needs four letters or more. */
export function negatedForm(a: string, b: string): boolean {
  // Not a destructured pair: this runs for every pair of words of every support.
  const aLonger = a.length > b.length;
  const long = aLonger ? a : b;
  const short = aLonger ? b : a;
  if (short.length < 4 || !long.endsWith(short)) return false;
  const prefix = long.slice(0, long.length - short.length);
  return NEGATING_PREFIXES.includes(prefix) || (prefix.length === 2 && ADJECTIVE_PREFIXES.test(long) && !NOT_NEGATIONS.has(long));
}

/** The months, in order. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Closed classes whose members stand for one another in the same place of a sentence: one
 * swapped for another changes the fact ("earlier this year" for "earlier this month"). As
 * written; compare them by stem. "May" is left out (a modal verb as often as a month).
 */
/** Words that name a length of time, singular and plural: "three months", "two in five minutes". */
export const TIME_UNIT_WORDS: readonly string[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'].flatMap((w) => [w, `${w}s`]);

export const CLOSED_CLASSES: readonly string[][] = [
  'second minute hour day week month year decade century'.split(' '),
  'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
  MONTH_NAMES.filter((m) => m !== 'may'),
  'spring summer autumn winter'.split(' '),
  'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' '),
  'q1 q2 q3 q4'.split(' '),
];

/**
 * Nouns that name a whole body of people without naming which one ("the company", "the team"):
 * as a speaker they stand for any of its members, so they cannot be a wrong attribution.
 */
export const COLLECTIVE_SPEAKERS = new Set(['company', 'organization', 'organisation', 'team', 'group', 'firm', 'management']);

/**
 * Words that charge someone with an error or an omission ("fails to mention", "misinforms",
 * "wrongly"). A summary that says so where no source does adds a judgement of its own.
 */
export const FAULT_WORDS = new Set(
  `fail fails failed failing misinform misinforms misinformed misinforming mislead misleads misled
  misleading falsely incorrect incorrectly wrong wrongly mistaken mistakenly erroneous erroneously
  inaccurate inaccurately neglect neglects neglected neglecting forget forgets forgot forgetting
  omit omits omitted omitting overlook overlooks overlooked misrepresent misrepresents misrepresented
  refuse refuses refused refusing`.split(/\s+/),
);
