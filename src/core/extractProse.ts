import type { BlockContext, InlineContext, Line, MarkdownConfig, MarkdownParser } from '@lezer/markdown';
import type { Span } from './types';

/** A run of prose that sentences are split within. */
export interface ProseBlock extends Span {
  kind: 'paragraph' | 'heading' | 'tableCell' | 'tableHeader' | 'tableRow';
}

/** A relative link of the document: a candidate citation. */
export interface LinkTarget extends Span {
  /** The link destination as written, e.g. `../sources/article.txt#L13`. */
  url: string;
  /** Where the destination is written in the text, when it can be edited in place. */
  urlSpan?: Span;
}

/** What a markdown document holds that Sourceline reads. */
export interface ExtractedProse {
  /**
   * The text with everything that is not prose (markup, code, link destinations, HTML, front
   * matter, citation links) replaced by spaces. Same length as the input, so offsets agree.
   */
  masked: string;
  blocks: ProseBlock[];
  /** Relative links, in document order; a footnote reference stands for the links of its definition. */
  links: LinkTarget[];
  /** Ranges switched off by `sourceline-disable` comments. */
  disabled: Span[];
  /** The YAML front matter, without its fences. */
  frontMatter?: { value: string } & Span;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** True for a link destination that may point at a file next to the document. */
export function isRelativeTarget(url: string): boolean {
  return url.length > 0 && !url.startsWith('#') && !SCHEME.test(url) && !url.startsWith('//');
}

/**
 * A link or footnote label as CommonMark compares them: white space collapsed and trimmed, case
 * folded both ways ("ß" and "SS" meet).
 */
export function foldLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
}

/**
 * A GFM footnote label, `[^id]`: no white space and no unescaped bracket inside (which also keeps
 * the expressions linear on a run of "[^[^[^").
 */
const FOOTNOTE = String.raw`\[\^((?:[^[\]\\\s]|\\[^\s])+)\]`;
const FOOTNOTE_LABEL = new RegExp(FOOTNOTE, 'y');
const FOOTNOTE_DEFINITION = new RegExp(`${FOOTNOTE}:`, 'g');

/** Where the `[^id]:` opening a footnote definition on `line` ends, or -1. */
function footnoteDefinitionAt(line: Line): number {
  if (line.next !== 91 /* [ */ || line.indent - line.baseIndent > 3) return -1;
  FOOTNOTE_LABEL.lastIndex = line.pos;
  return FOOTNOTE_LABEL.test(line.text) && line.text[FOOTNOTE_LABEL.lastIndex] === ':' ? FOOTNOTE_LABEL.lastIndex + 1 : -1;
}

/**
 * The footnote extension for a document whose footnote definitions have the given (folded)
 * labels: as in GFM, `[^id]` is a reference only when `id` is defined; otherwise it is link
 * syntax like any other (`[^id](a.txt)` is a link).
 */
function footnotes(defined: ReadonlySet<string>): MarkdownConfig {
  return {
    defineNodes: [
      {
        name: 'FootnoteDefinition',
        block: true,
        // Continued by indented lines and blank ones, like a list item.
        composite(_cx: BlockContext, line: Line, indent: number): boolean {
          if (line.next >= 0 && line.indent < line.baseIndent + indent) return false;
          line.moveBaseColumn(line.baseIndent + indent);
          return true;
        },
      },
      'FootnoteLabel',
      'FootnoteReference',
    ],
    parseBlock: [
      {
        name: 'FootnoteDefinition',
        before: 'LinkReference',
        parse(cx: BlockContext, line: Line): boolean | null {
          const end = footnoteDefinitionAt(line);
          if (end < 0) return false;
          cx.startComposite('FootnoteDefinition', line.pos, 4);
          cx.addElement(cx.elt('FootnoteLabel', cx.lineStart + line.pos, cx.lineStart + end));
          line.moveBase(end);
          return null;
        },
        // A definition ends the paragraph before it, as in GFM: `[^1]: a` then `[^2]: b` are two.
        endLeaf: (_cx: BlockContext, line: Line) => footnoteDefinitionAt(line) >= 0,
      },
    ],
    parseInline: [
      {
        name: 'FootnoteReference',
        before: 'Link',
        parse(cx: InlineContext, next: number, pos: number): number {
          if (next !== 91 /* [ */ || cx.char(pos + 1) !== 94 /* ^ */ || !defined.size) return -1;
          FOOTNOTE_LABEL.lastIndex = pos - cx.offset;
          const m = FOOTNOTE_LABEL.exec(cx.text);
          return m && defined.has(foldLabel(m[1])) ? cx.addElement(cx.elt('FootnoteReference', pos, pos + m[0].length)) : -1;
        },
      },
    ],
  };
}

/**
 * Runs of ASCII letters and digits, stepped over in one go: no inline syntax starts inside one,
 * and the parser otherwise offers every character to each of its inline parsers in turn (a
 * third of a draft's parse). Nothing is added to the tree: the text stays plain text.
 */
const plainRuns: MarkdownConfig = {
  parseInline: [
    {
      name: 'PlainRun',
      before: 'Escape',
      parse(cx: InlineContext, next: number, pos: number): number {
        if (!isAsciiAlphanumeric(next)) return -1;
        let end = pos + 1;
        while (end < cx.end && isAsciiAlphanumeric(cx.char(end))) end++;
        return end;
      },
    },
  ],
};

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Every `[^id]:` of a text, folded: the footnote labels it may define (a few may sit in code). */
function footnoteLabelsIn(text: string): Set<string> {
  const labels = new Set<string>();
  if (text.includes('[^')) for (const m of text.matchAll(FOOTNOTE_DEFINITION)) labels.add(foldLabel(m[1]));
  return labels;
}

/**
 * CommonMark with GFM tables and footnotes (Lezer: every node with its offsets, fast enough to
 * run on each keystroke), for a document defining the given footnote labels. The parser of the
 * last label set is kept: a draft is parsed again and again with the same ones.
 */
function markdownFor(footnoteLabels: ReadonlySet<string>): MarkdownParser {
  const key = [...footnoteLabels].join('\n');
  if (key !== lastParser?.key) {
    const { parser: commonmark, Table } = require('./lazy/markdown') as typeof import('./lazy/markdown');
    lastParser = { key, parser: commonmark.configure([plainRuns, Table, footnotes(footnoteLabels)]) };
  }
  return lastParser.parser;
}

let lastParser: { key: string; parser: MarkdownParser } | undefined;

/** Nodes that are never prose and hold none: skipped whole. */
const NOT_PROSE = new Set(['FencedCode', 'CodeBlock', 'HTMLBlock', 'ProcessingInstructionBlock', 'LinkReference', 'HorizontalRule']);

/** Markup inside prose blocks: blanked, the prose around it kept. */
const MARKUP = new Set([
  'LinkMark',
  'URL',
  'LinkTitle',
  'LinkLabel',
  'EmphasisMark',
  'CodeMark',
  'InlineCode',
  'HTMLTag',
  'ProcessingInstruction',
  'HardBreak',
  'QuoteMark',
  'HeaderMark',
  'TableDelimiter',
  'Image',
  'Autolink',
]);

const HEADINGS = new Set(['ATXHeading1', 'ATXHeading2', 'ATXHeading3', 'ATXHeading4', 'ATXHeading5', 'ATXHeading6', 'SetextHeading1', 'SetextHeading2']);

/** The part of a syntax tree this module reads: each node's type, span and children. */
type Tree = ReturnType<MarkdownParser['parse']>;
type SyntaxNode = Tree['topNode'];

/** What `extractProse` reads as prose besides paragraphs. */
export interface ProseOptions {
  /** Headings (default true; a draft's titles are not claims). */
  headings?: boolean;
  /** Footnote definitions (default false: a draft's hold its citations; a source's say things). */
  footnotes?: boolean;
  /**
   * A table's rows as blocks, its header row apart, cells together with their delimiters, rather
   * than each cell apart (a source's row says one thing: "Ashcombe | 27 | 52").
   */
  tableRows?: boolean;
}

/**
 * Parses markdown with positions (CommonMark with GFM tables and footnotes, YAML front matter)
 * and returns its prose (see `ProseOptions`).
 */
export function extractProse(text: string, options: ProseOptions = {}): ExtractedProse {
  const frontMatter = findFrontMatter(text);
  const { tree, definitions, footnotes } = parseMarkdown(text, frontMatter?.end ?? 0);
  const out: ExtractedProse = { masked: '', blocks: [], links: [], disabled: [] };
  if (frontMatter) out.frontMatter = frontMatter;
  const prose = new Uint8Array(text.length);
  const comments: Span[] = [];
  /**
   * Per open link: true when it is not a link after all (a reference to no definition that
   * `parseMarkdown`'s passes left), its brackets plain text.
   */
  const literal: boolean[] = [];
  let footnoteDepth = 0;
  /** Inside a table row read whole: its cell delimiters stay, so that no phrase runs from cell to cell. */
  let inRow = false;

  tree.iterate({
    enter: (ref) => {
      const { name, from, to } = ref;
      if (NOT_PROSE.has(name)) return false;
      if (name === 'CommentBlock' || name === 'Comment') {
        comments.push({ start: from, end: to });
        prose.fill(0, from, to);
        return false;
      }
      if (name === 'FootnoteDefinition') {
        footnoteDepth++;
        return true;
      }
      if (options.tableRows && (name === 'TableRow' || name === 'TableHeader')) {
        out.blocks.push({ kind: name === 'TableHeader' ? 'tableHeader' : 'tableRow', start: from, end: to });
        prose.fill(1, from, to);
        inRow = true;
        return true;
      }
      if (name === 'Paragraph' || name === 'TableCell' || HEADINGS.has(name)) {
        const heading = name !== 'Paragraph' && name !== 'TableCell';
        if ((footnoteDepth && !options.footnotes) || (heading && options.headings === false)) return false;
        if (name === 'TableCell' && options.tableRows) return true; // its row is the block
        out.blocks.push({ kind: heading ? 'heading' : name === 'Paragraph' ? 'paragraph' : 'tableCell', start: from, end: to });
        prose.fill(1, from, to);
        return true;
      }
      if (name === 'Link') {
        const target = readLink(ref.node, text, definitions);
        if (target && isRelativeTarget(target.url)) {
          // A citation link is evidence, not prose: its text ("source") is not checked.
          out.links.push({ start: from, end: to, ...target });
          prose.fill(0, from, to);
          return false;
        }
        literal.push(!target);
        return true;
      }
      if (name === 'FootnoteReference') {
        const links = footnotes.get(foldLabel(text.slice(from + 2, to - 1)));
        // A reference to no definition is plain text.
        if (!links) return false;
        for (const link of links) out.links.push({ ...link, start: from, end: to });
        prose.fill(0, from, to);
        return false;
      }
      if (name === 'TableDelimiter' && inRow) return false;
      if (MARKUP.has(name)) {
        if (!((name === 'LinkMark' || name === 'LinkLabel') && literal[literal.length - 1])) prose.fill(0, from, to);
        return false;
      }
      return true;
    },
    leave: (ref) => {
      if (ref.name === 'Link') literal.pop();
      else if (ref.name === 'TableRow' || ref.name === 'TableHeader') inRow = false;
      else if (ref.name === 'FootnoteDefinition') footnoteDepth--;
    },
  });

  out.masked = mask(text, prose);
  out.disabled = disabledRanges(text, comments);
  return out;
}

/** Parses at most this many times: each pass makes plain the references to no definition it found. */
const MAX_PASSES = 3;

/**
 * The syntax tree of `text`, with its link and footnote definitions. The parser makes a link of
 * every bracket pair, not knowing the definitions; CommonMark makes one only of a reference to a
 * defined label, and a pair that is no link does not stop the link around it ("[Smith
 * [2020]](a.txt)", "[sic][s](a.txt)"). So the brackets of references to no definition are
 * made plain in the text the parser reads, and the text is parsed again.
 */
function parseMarkdown(text: string, frontMatterEnd: number): { tree: Tree } & Definitions {
  let prepared = prepare(text, frontMatterEnd);
  const markdown = markdownFor(footnoteLabelsIn(prepared));
  let tree = markdown.parse(prepared);
  let definitions = collectDefinitions(tree, text);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const plain = undefinedReferences(tree, text, definitions.definitions);
    if (!plain.length) break;
    prepared = blankAt(prepared, plain);
    tree = markdown.parse(prepared);
    definitions = collectDefinitions(tree, text);
  }
  return { tree, ...definitions };
}

/** The offsets of the brackets of every reference link to no definition (`[a]`, `[a][]`, the `[a]` of `[a][b]`). */
function undefinedReferences(tree: Tree, text: string, definitions: Map<string, Destination>): number[] {
  const out: number[] = [];
  tree.iterate({
    enter: (ref) => {
      if (ref.name !== 'Link') return true;
      const parts = linkParts(ref.node, text);
      if (parts.inline || definitions.has(foldLabel(parts.label))) return true;
      out.push(ref.from, parts.close);
      if (parts.labelNode && parts.labelNode.to - parts.labelNode.from === 2) out.push(parts.labelNode.from, parts.labelNode.from + 1);
      return true;
    },
  });
  return out;
}

/**
 * `text` with the brackets at `offsets` made an apostrophe: punctuation like them, so emphasis
 * beside them reads the same, and no markup at all. A space would change the blocks: a `[` opening
 * a line, made a space, can indent the line into code or let a "```" after it open a fence.
 */
function blankAt(text: string, offsets: number[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (const at of [...offsets].sort((a, b) => a - b)) {
    if (at < copied) continue;
    parts.push(text.slice(copied, at), "'");
    copied = at + 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** A link destination and, when it is written as is, where. */
interface Destination {
  url: string;
  urlSpan?: Span;
}

/** The pieces of a Link node. */
interface LinkParts {
  /** `[text](url)`, or `[text]()`. */
  inline: boolean;
  url: SyntaxNode | null;
  /** For a reference: the label it refers to (the `[label]` of a full reference, else the text). */
  label: string;
  labelNode: SyntaxNode | null;
  /** Where the `]` closing the link text is. */
  close: number;
}

function linkParts(node: SyntaxNode, text: string): LinkParts {
  let close = -1;
  let url: SyntaxNode | null = null;
  let labelNode: SyntaxNode | null = null;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name === 'URL') url = child;
    else if (child.name === 'LinkLabel') labelNode = child;
    else if (child.name === 'LinkMark' && close < 0 && child.from > node.from && text[child.from] === ']') close = child.from;
  }
  if (close < 0) close = node.to - 1;
  // A `(` after the text opens a destination only when the parser read one: "[a](see below)" is a reference.
  const inline = !!url || (text[close + 1] === '(' && node.to > close + 1);
  const label = labelNode && labelNode.to - labelNode.from > 2 ? text.slice(labelNode.from + 1, labelNode.to - 1) : text.slice(node.from + 1, close);
  return { inline, url, label, labelNode, close };
}

/**
 * The destination of a Link node: inline (`[text](url)`), or a full or collapsed reference
 * (`[text][id]`, `[id][]`) or a shortcut (`[id]`) resolved through `definitions`. Undefined for
 * a reference to no definition.
 */
function readLink(node: SyntaxNode, text: string, definitions: Map<string, Destination>): Destination | undefined {
  const parts = linkParts(node, text);
  if (!parts.inline) return definitions.get(foldLabel(parts.label));
  return parts.url ? destination(text, parts.url.from, parts.url.to) : { url: '' };
}

/**
 * A destination written at `[from, to)`: angle brackets, backslash escapes and character
 * references resolved; where it is written only when that is the destination as is (an edit
 * there then changes just it).
 */
function destination(text: string, from: number, to: number): Destination {
  if (text[from] === '<' && text[to - 1] === '>') {
    from++;
    to--;
  }
  const raw = text.slice(from, to);
  const url = raw.replace(/\\([!-/:-@[-`{-~])|&(#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi, (all, escaped?: string, entity?: string) => escaped ?? decodeEntity(entity!) ?? all);
  return url === raw && url ? { url, urlSpan: { start: from, end: to } } : { url };
}

/** Named character references a path may hold; others are left as written. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The character of a reference's body (`amp`, `#38`, `#x26`), or undefined when not known. */
function decodeEntity(body: string): string | undefined {
  if (body[0] !== '#') return Object.hasOwn(ENTITIES, body) ? ENTITIES[body] : undefined;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
}

/** A document's link definitions and, per footnote label, the relative links of its definition. */
interface Definitions {
  definitions: Map<string, Destination>;
  footnotes: Map<string, LinkTarget[]>;
}

/**
 * Link definitions (`[id]: url`) and footnote definitions, by folded label; the first of a label
 * wins, as in CommonMark and GFM.
 */
function collectDefinitions(tree: Tree, text: string): Definitions {
  const definitions = new Map<string, Destination>();
  const footnotes = new Map<string, LinkTarget[]>();
  const footnoteLinks: { links: LinkTarget[]; node: SyntaxNode }[] = [];
  /** The links of each open footnote definition; undefined for one whose label was defined before. */
  const open: (LinkTarget[] | undefined)[] = [];
  tree.iterate({
    enter: (ref) => {
      switch (ref.name) {
        case 'LinkReference': {
          const label = ref.node.getChild('LinkLabel');
          const url = ref.node.getChild('URL');
          const id = label ? foldLabel(text.slice(label.from + 1, label.to - 1)) : '';
          if (id && url && !definitions.has(id)) definitions.set(id, destination(text, url.from, url.to));
          return false;
        }
        case 'FootnoteDefinition': {
          const label = ref.node.getChild('FootnoteLabel');
          const id = label ? foldLabel(text.slice(label.from + 2, label.to - 2)) : '';
          const links: LinkTarget[] | undefined = footnotes.has(id) ? undefined : [];
          if (links) footnotes.set(id, links);
          open.push(links);
          return true;
        }
        case 'Link': {
          const links = open[open.length - 1];
          if (links) footnoteLinks.push({ links, node: ref.node });
          return false;
        }
        case 'Paragraph':
        case 'TableCell':
          // Only footnote definitions hold links this pass needs.
          return open.length > 0;
        default:
          return !NOT_PROSE.has(ref.name) && !HEADINGS.has(ref.name);
      }
    },
    leave: (ref) => {
      if (ref.name === 'FootnoteDefinition') open.pop();
    },
  });
  // Links are read once every definition is known: a footnote may use a reference defined after it.
  for (const { links, node } of footnoteLinks) {
    const target = readLink(node, text, definitions);
    if (target && isRelativeTarget(target.url)) links.push({ start: node.from, end: node.to, ...target });
  }
  return { definitions, footnotes };
}

/** The text with every character outside prose blanked, line breaks kept. */
function mask(text: string, prose: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; ) {
    const kept = prose[i];
    let j = i + 1;
    while (j < text.length && prose[j] === kept) j++;
    const run = text.slice(i, j);
    parts.push(kept ? run : run.replace(/[^\r\n]/g, ' '));
    i = j;
  }
  return parts.join('');
}

/**
 * YAML front matter: a `---` line opening the text and the next `---` line closing it. The value
 * is what lies between, without the line break before the closing fence.
 */
export function findFrontMatter(text: string): ({ value: string } & Span) | undefined {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return undefined;
  const valueStart = open[0].length;
  // Each later line start: the closing fence is the first line of `---`.
  const fence = /---[ \t]*(?=\r\n|\r|\n|$)/y;
  for (let lineStart = valueStart; lineStart < text.length; ) {
    fence.lastIndex = lineStart;
    if (fence.test(text)) {
      const valueEnd = lineStart === valueStart ? valueStart : lineStart - (text[lineStart - 2] === '\r' && text[lineStart - 1] === '\n' ? 2 : 1);
      return { value: text.slice(valueStart, valueEnd), start: 0, end: fence.lastIndex };
    }
    const lineEnd = lineEndAt(text, lineStart);
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
  }
  return undefined;
}

/**
 * Container nesting (block quotes, list items) deeper than this on one line is not parsed: no
 * real document nests this deep, and blanking such lines bounds the parser's work on hostile input.
 */
const MAX_NESTING = 32;
/** A GFM table delimiter row ("|---|:--:|") with white space after its last character: indentation, row, trailing space. */
const DELIMITER_ROW = /^( {0,3})(\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?)?)([ \t\r]+)$/;
const CONTAINER_MARK = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t\r\n]|$))[ \t]?/y;

/**
 * The text the parser reads: front matter (up to `frontMatterEnd`) and every line nested deeper
 * than `MAX_NESTING` blanked, and carriage returns made what the parser reads as line ends (see
 * below). Same length, so offsets agree.
 */
function prepare(text: string, frontMatterEnd: number): string {
  const out: string[] = [];
  let copied = 0;
  const replace = (from: number, to: number, replacement: string) => {
    out.push(text.slice(copied, from), replacement);
    copied = to;
  };
  const blank = (from: number, to: number) => replace(from, to, text.slice(from, to).replace(/[^\r\n]/g, ' '));
  if (frontMatterEnd) blank(0, frontMatterEnd);
  for (let lineStart = frontMatterEnd; lineStart < text.length; ) {
    let pos = lineStart;
    let indent = 0;
    for (; text[pos] === ' ' || text[pos] === '\t'; pos++) indent += text[pos] === '\t' ? 4 : 1;
    let depth = 0;
    for (CONTAINER_MARK.lastIndex = pos; depth <= MAX_NESTING && CONTAINER_MARK.test(text); depth++);
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const crlf = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n';
    if (depth && depth + Math.floor(indent / 2) > MAX_NESTING) blank(lineStart, lineEnd);
    else if (crlf || text[lineEnd - 1] === ' ' || text[lineEnd - 1] === '\t') {
      // A table's delimiter row must end at its last pipe for the parser: white space after it
      // (a trailing space, the `\r` of `\r\n`) moves to the front of the row, which is markup.
      const row = text.slice(lineStart, lineEnd + (crlf ? 1 : 0));
      const m = DELIMITER_ROW.exec(row);
      if (m && m[1].length + m[3].length <= 3) replace(lineStart, lineStart + row.length, ' '.repeat(m[3].length) + m[1] + m[2]);
    }
    lineStart = lineEnd + (crlf ? 2 : 1);
  }
  out.push(text.slice(copied));
  const prepared = out.join('');
  // The parser breaks lines at `\n` only, and reads a `\r` before it as a character of the line
  // (a line of "\r" is not blank to it): a lone `\r` becomes `\n`, the `\r` of `\r\n` a space.
  return prepared.includes('\r') ? prepared.replace(/\r(\n?)/g, (_, lf: string) => (lf ? ' \n' : '\n')) : prepared;
}

const DISABLE = /^<!--\s*sourceline-disable\s*-->$/;
const ENABLE = /^<!--\s*sourceline-enable\s*-->$/;
const DISABLE_NEXT_LINE = /^<!--\s*sourceline-disable-next-line\s*-->$/;

function disabledRanges(text: string, comments: Span[]): Span[] {
  const ranges: Span[] = [];
  let openAt = -1;
  for (const c of comments) {
    const body = text.slice(c.start, c.end).trim();
    if (DISABLE.test(body)) {
      if (openAt < 0) openAt = c.end;
    } else if (ENABLE.test(body)) {
      if (openAt >= 0) ranges.push({ start: openAt, end: c.start });
      openAt = -1;
    } else if (DISABLE_NEXT_LINE.test(body)) {
      const lineEnd = lineEndAt(text, c.end);
      if (lineEnd >= text.length) continue;
      let next = lineEnd;
      while (next < text.length && /\s/.test(text[next])) next++;
      ranges.push({ start: next, end: lineEndAt(text, next) });
    }
  }
  if (openAt >= 0) ranges.push({ start: openAt, end: text.length });
  return ranges;
}

/** The offset of the line break ending the line that holds `from` (`\n`, `\r\n` or a lone `\r`), or the text's length. */
function lineEndAt(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
