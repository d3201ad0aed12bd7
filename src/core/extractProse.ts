import { parser as commonmark, Table, type BlockContext, type InlineContext, type Line, type MarkdownConfig } from '@lezer/markdown';
import type { Span } from './types';

/** A run of prose that sentences are split within. */
export interface ProseBlock extends Span {
  kind: 'paragraph' | 'heading' | 'tableCell';
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
 * GFM footnotes for the CommonMark parser: a definition `[^id]: text` holds the blocks indented
 * under it; a reference `[^id]` is an inline node.
 */
const FOOTNOTE_LABEL = /\[\^((?:[^\]\\\s]|\\[^\s])+)\]/y;

/** Where the `[^id]:` opening a footnote definition on `line` ends, or -1. */
function footnoteDefinitionAt(line: Line): number {
  if (line.next !== 91 /* [ */ || line.indent - line.baseIndent > 3) return -1;
  FOOTNOTE_LABEL.lastIndex = line.pos;
  return FOOTNOTE_LABEL.test(line.text) && line.text[FOOTNOTE_LABEL.lastIndex] === ':' ? FOOTNOTE_LABEL.lastIndex + 1 : -1;
}

const footnotes: MarkdownConfig = {
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
        if (next !== 91 /* [ */ || cx.char(pos + 1) !== 94 /* ^ */) return -1;
        const m = /^\[\^(?:[^\]\\\s]|\\[^\s])+\]/.exec(cx.slice(pos, Math.min(cx.end, pos + 1000)));
        return m ? cx.addElement(cx.elt('FootnoteReference', pos, pos + m[0].length)) : -1;
      },
    },
  ],
};

/** CommonMark with GFM tables and footnotes (Lezer: every node with its offsets, fast enough to run on each keystroke). */
const markdown = commonmark.configure([Table, footnotes]);

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
type Tree = ReturnType<typeof markdown.parse>;
type SyntaxNode = Tree['topNode'];

/**
 * Parses markdown with positions (CommonMark with GFM tables and footnotes, YAML front matter)
 * and returns its prose. `headings: false` leaves headings out (titles are not claims).
 */
export function extractProse(text: string, options: { headings?: boolean } = {}): ExtractedProse {
  const frontMatter = findFrontMatter(text);
  const tree = markdown.parse(prepare(text, frontMatter?.end ?? 0));
  const out: ExtractedProse = { masked: '', blocks: [], links: [], disabled: [] };
  if (frontMatter) out.frontMatter = frontMatter;
  const { definitions, footnotes } = collectDefinitions(tree, text);
  const prose = new Uint8Array(text.length);
  const comments: Span[] = [];
  /** Per open link: true when it is not a link after all (an undefined reference), its brackets plain text. */
  const literal: boolean[] = [];
  let footnoteDepth = 0;

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
      if (name === 'Paragraph' || name === 'TableCell' || HEADINGS.has(name)) {
        const heading = name !== 'Paragraph' && name !== 'TableCell';
        // Footnote definitions hold citations, not claims; titles are claims only when asked for.
        if (footnoteDepth || (heading && options.headings === false)) return false;
        out.blocks.push({ kind: heading ? 'heading' : name === 'Paragraph' ? 'paragraph' : 'tableCell', start: from, end: to });
        prose.fill(1, from, to);
        return true;
      }
      if (name === 'Link') {
        const link = readLink(ref.node, text, definitions);
        if (link.target && isRelativeTarget(link.target.url)) {
          // A citation link is evidence, not prose: its text ("source") is not checked.
          out.links.push({ start: from, end: to, ...link.target });
          prose.fill(0, from, to);
          return false;
        }
        literal.push(!link.target);
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
      if (MARKUP.has(name)) {
        if (!((name === 'LinkMark' || name === 'LinkLabel') && literal[literal.length - 1])) prose.fill(0, from, to);
        return false;
      }
      return true;
    },
    leave: (ref) => {
      if (ref.name === 'Link') literal.pop();
      else if (ref.name === 'FootnoteDefinition') footnoteDepth--;
    },
  });

  out.masked = mask(text, prose);
  out.disabled = disabledRanges(text, comments);
  return out;
}

/** The destination of a link, where it is written, and whether it is a reference link to a definition. */
interface ReadLink {
  /** Undefined for a reference to no definition: then `[text]` is plain text. */
  target?: { url: string; urlSpan?: Span };
}

/**
 * Reads a Link node: inline (`[text](url)`), full or collapsed reference (`[text][id]`,
 * `[id][]`) or shortcut (`[id]`), the last three resolved through `definitions`.
 */
function readLink(node: SyntaxNode, text: string, definitions: Map<string, { url: string; urlSpan?: Span }>): ReadLink {
  let close = -1;
  let url: SyntaxNode | null = null;
  let label: SyntaxNode | null = null;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name === 'URL') url = child;
    else if (child.name === 'LinkLabel') label = child;
    else if (child.name === 'LinkMark' && close < 0 && child.from > node.from && text[child.from] === ']') close = child.from;
  }
  if (close >= 0 && text[close + 1] === '(') {
    // Inline; `[text]()` has an empty destination.
    if (!url) return { target: { url: '' } };
    return { target: destination(text, url.from, url.to) };
  }
  const id = label && label.to - label.from > 2 ? text.slice(label.from + 1, label.to - 1) : text.slice(node.from + 1, close < 0 ? node.to : close);
  return { target: definitions.get(foldLabel(id)) };
}

/** A destination written at `[from, to)`, angle brackets and backslash escapes removed; its span only when written as is. */
function destination(text: string, from: number, to: number): { url: string; urlSpan?: Span } {
  if (text[from] === '<' && text[to - 1] === '>') {
    from++;
    to--;
  }
  const raw = text.slice(from, to);
  const url = raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return url === raw && url ? { url, urlSpan: { start: from, end: to } } : { url };
}

/**
 * Link definitions (`[id]: url`, the first of a label wins) and, per footnote definition, the
 * relative links it holds, by folded label.
 */
function collectDefinitions(
  tree: Tree,
  text: string,
): { definitions: Map<string, { url: string; urlSpan?: Span }>; footnotes: Map<string, LinkTarget[]> } {
  const definitions = new Map<string, { url: string; urlSpan?: Span }>();
  const footnotes = new Map<string, LinkTarget[]>();
  const footnoteLinks: { footnote: string; node: SyntaxNode }[] = [];
  const open: string[] = [];
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
          open.push(id);
          if (!footnotes.has(id)) footnotes.set(id, []);
          return true;
        }
        case 'Link':
          if (open.length) footnoteLinks.push({ footnote: open[open.length - 1], node: ref.node });
          return false;
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
  for (const { footnote, node } of footnoteLinks) {
    const { target } = readLink(node, text, definitions);
    if (target && isRelativeTarget(target.url)) footnotes.get(footnote)!.push({ start: node.from, end: node.to, ...target });
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
function findFrontMatter(text: string): ({ value: string } & Span) | undefined {
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
const CONTAINER_MARK = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t\r\n]|$))[ \t]?/y;

/**
 * The text the parser reads: front matter (up to `frontMatterEnd`) and every line nested deeper
 * than `MAX_NESTING` blanked, and each lone carriage return made a line feed (the parser breaks
 * lines at `\n` only). Same length, so offsets agree.
 */
function prepare(text: string, frontMatterEnd: number): string {
  const out: string[] = [];
  let copied = 0;
  const blank = (from: number, to: number) => {
    out.push(text.slice(copied, from), text.slice(from, to).replace(/[^\r\n]/g, ' '));
    copied = to;
  };
  if (frontMatterEnd) blank(0, frontMatterEnd);
  for (let lineStart = frontMatterEnd; lineStart < text.length; ) {
    let pos = lineStart;
    let indent = 0;
    for (; text[pos] === ' ' || text[pos] === '\t'; pos++) indent += text[pos] === '\t' ? 4 : 1;
    let depth = 0;
    for (CONTAINER_MARK.lastIndex = pos; depth <= MAX_NESTING && CONTAINER_MARK.test(text); depth++);
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    if (depth && depth + Math.floor(indent / 2) > MAX_NESTING) blank(lineStart, lineEnd);
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
  }
  out.push(text.slice(copied));
  const prepared = out.join('');
  return prepared.includes('\r') ? prepared.replace(/\r(?!\n)/g, '\n') : prepared;
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
