import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
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
 * Parses markdown with positions (micromark/mdast, GFM tables and footnotes, YAML front matter)
 * and returns its prose. `headings: false` leaves headings out (titles are not claims).
 */
export function extractProse(text: string, options: { headings?: boolean } = {}): ExtractedProse {
  const tree = fromMarkdown(limitNesting(text), {
    extensions: [frontmatter(['yaml']), gfmFootnote(), gfmTable()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFootnoteFromMarkdown(), gfmTableFromMarkdown()],
  });
  const chars = new Array<string>(text.length);
  const out: ExtractedProse = { masked: '', blocks: [], links: [], disabled: [] };
  const definitions = new Map<string, { url: string; urlSpan?: Span }>();
  const footnotes = new Map<string, LinkTarget[]>();
  const comments: Span[] = [];
  collectDefinitions(tree, text, definitions, footnotes);

  // Depth-first, in document order, with an explicit stack: deeply nested markdown must not
  // overflow the call stack.
  const stack: { node: Nodes; inProse: boolean; inFootnote: boolean }[] = [{ node: tree, inProse: false, inFootnote: false }];
  const visitChildren = (node: Nodes, inProse: boolean, inFootnote: boolean): void => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], inProse, inFootnote });
  };
  while (stack.length) {
    const { node, inProse, inFootnote } = stack.pop()!;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'yaml':
        out.frontMatter = { value: node.value, start, end };
        break;
      case 'code':
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'definition':
        break;
      case 'html':
        if (/^<!--/.test(node.value)) comments.push({ start, end });
        break;
      case 'footnoteDefinition':
        visitChildren(node, false, true);
        break;
      case 'heading':
        if (options.headings === false) break;
        out.blocks.push({ kind: 'heading', start, end });
        visitChildren(node, true, inFootnote);
        break;
      case 'paragraph':
      case 'tableCell':
        // Footnote definitions hold citations, not claims.
        if (!inFootnote) out.blocks.push({ kind: node.type, start, end });
        visitChildren(node, !inFootnote, inFootnote);
        break;
      case 'link':
      case 'linkReference': {
        const target =
          node.type === 'link'
            ? { url: node.url, urlSpan: findUrlSpan(text, labelEnd(node, start), end, node.url, '(') }
            : definitions.get(node.identifier);
        if (target && isRelativeTarget(target.url)) {
          // A citation link is evidence, not prose: its text ("source") is not checked.
          if (!inFootnote) out.links.push({ start, end, ...target });
          break;
        }
        visitChildren(node, inProse, inFootnote);
        break;
      }
      case 'footnoteReference':
        for (const link of footnotes.get(node.identifier) ?? []) out.links.push({ ...link, start, end });
        break;
      case 'text':
        if (inProse) for (let i = start; i < end; i++) chars[i] = text[i];
        break;
      case 'break':
        break;
      default:
        visitChildren(node, inProse, inFootnote);
    }
  }

  let masked = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    masked += chars[i] ?? (ch === '\n' || ch === '\r' ? ch : ' ');
  }
  out.masked = masked;
  out.disabled = disabledRanges(text, comments);
  return out;
}

/**
 * Container nesting (block quotes, list items) deeper than this on one line is not parsed: the
 * parser's time grows steeply with depth (a 2 KB line of "- - - …" takes seconds), and no real
 * document nests this deep.
 */
const MAX_NESTING = 32;
const CONTAINER_MARK = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t\r\n]|$))[ \t]?/y;

/**
 * The text with every line nested deeper than `MAX_NESTING` blanked (line breaks kept, so
 * offsets agree). Depth is the line's container marks plus half its indentation in columns.
 */
function limitNesting(text: string): string {
  let out: string[] | undefined;
  let copied = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    let pos = lineStart;
    let indent = 0;
    for (; text[pos] === ' ' || text[pos] === '\t'; pos++) indent += text[pos] === '\t' ? 4 : 1;
    let depth = 0;
    for (CONTAINER_MARK.lastIndex = pos; depth <= MAX_NESTING && CONTAINER_MARK.test(text); depth++);
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    if (depth && depth + Math.floor(indent / 2) > MAX_NESTING) {
      out ??= [];
      out.push(text.slice(copied, lineStart), ' '.repeat(lineEnd - lineStart));
      copied = lineEnd;
    }
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** Where a link's label ends (its `]`): after its last child, or right after `[` when empty. */
function labelEnd(node: Nodes, start: number): number {
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  return children.length ? children[children.length - 1].position?.end.offset ?? start + 1 : start + 1;
}

function collectDefinitions(
  tree: Root,
  text: string,
  definitions: Map<string, { url: string; urlSpan?: Span }>,
  footnotes: Map<string, LinkTarget[]>,
): void {
  const nodes = flatten(tree);
  for (const { node, footnote } of nodes) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'definition') {
      definitions.set(node.identifier, { url: node.url, urlSpan: findUrlSpan(text, definitionLabelEnd(text, start), end, node.url, ':') });
    } else if (node.type === 'footnoteDefinition') {
      footnotes.set(node.identifier, []);
    } else if (footnote && node.type === 'link' && isRelativeTarget(node.url)) {
      footnotes.get(footnote)!.push({ start, end, url: node.url, urlSpan: findUrlSpan(text, labelEnd(node, start), end, node.url, '(') });
    }
  }
  // Reference links to a definition inside a footnote are resolved after all definitions are known.
  for (const { node, footnote } of nodes) {
    if (!footnote || node.type !== 'linkReference') continue;
    const def = definitions.get(node.identifier);
    const start = node.position?.start.offset ?? 0;
    if (def && isRelativeTarget(def.url)) footnotes.get(footnote)?.push({ start, end: node.position?.end.offset ?? start, ...def });
  }
}

/** Every node in document order, each with the footnote definition holding it (without recursion). */
function flatten(tree: Root): { node: Nodes; footnote?: string }[] {
  const out: { node: Nodes; footnote?: string }[] = [];
  const stack: { node: Nodes; footnote?: string }[] = [{ node: tree }];
  while (stack.length) {
    const entry = stack.pop()!;
    out.push(entry);
    const { node } = entry;
    const footnote = node.type === 'footnoteDefinition' ? node.identifier : entry.footnote;
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], footnote });
  }
  return out;
}

const DEFINITION_LABEL = /\[(?:\\[\s\S]|[^\\\]])*\]:/y;

/** Where the label of a definition written at `start` (`[id]: url`) ends: its `]`. */
function definitionLabelEnd(text: string, start: number): number {
  DEFINITION_LABEL.lastIndex = start;
  const m = DEFINITION_LABEL.exec(text);
  return m ? start + m[0].length - 2 : -1;
}

/**
 * Where `url` is written: after the label's `]` at `labelEnd` and the `opener` (`(` of a link,
 * `:` of a definition), past blanks and an optional `<`, before `end`. Undefined when the
 * destination is written differently from `url` (escapes, entities): it is then not edited.
 */
function findUrlSpan(text: string, labelEnd: number, end: number, url: string, opener: '(' | ':'): Span | undefined {
  if (!url || labelEnd < 0 || text[labelEnd] !== ']' || text[labelEnd + 1] !== opener) return undefined;
  let at = labelEnd + 2;
  while (at < end && /[ \t\r\n]/.test(text[at])) at++;
  if (text[at] === '<') at++;
  return at + url.length <= end && text.startsWith(url, at) ? { start: at, end: at + url.length } : undefined;
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
