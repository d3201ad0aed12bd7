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
  const tree = fromMarkdown(text, {
    extensions: [frontmatter(['yaml']), gfmFootnote(), gfmTable()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFootnoteFromMarkdown(), gfmTableFromMarkdown()],
  });
  const chars = new Array<string>(text.length);
  const out: ExtractedProse = { masked: '', blocks: [], links: [], disabled: [] };
  const definitions = new Map<string, { url: string; urlSpan?: Span }>();
  const footnotes = new Map<string, LinkTarget[]>();
  const comments: Span[] = [];
  collectDefinitions(tree, text, definitions, footnotes);

  const visit = (node: Nodes, inProse: boolean, inFootnote: boolean): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'yaml':
        out.frontMatter = { value: node.value, start, end };
        return;
      case 'code':
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'definition':
        return;
      case 'html':
        if (/^<!--/.test(node.value)) comments.push({ start, end });
        return;
      case 'footnoteDefinition':
        for (const child of node.children) visit(child, false, true);
        return;
      case 'heading':
        if (options.headings === false) return;
        out.blocks.push({ kind: 'heading', start, end });
        for (const child of node.children) visit(child, true, inFootnote);
        return;
      case 'paragraph':
        if (!inFootnote) out.blocks.push({ kind: 'paragraph', start, end });
        for (const child of node.children) visit(child, !inFootnote, inFootnote);
        return;
      case 'tableCell':
        out.blocks.push({ kind: 'tableCell', start, end });
        for (const child of node.children) visit(child, true, inFootnote);
        return;
      case 'link':
      case 'linkReference': {
        const target =
          node.type === 'link'
            ? { url: node.url, urlSpan: findUrlSpan(text, start, end, node.url) }
            : definitions.get(node.identifier);
        if (target && isRelativeTarget(target.url)) {
          // A citation link is evidence, not prose: its text ("source") is not checked.
          if (!inFootnote) out.links.push({ start, end, ...target });
          return;
        }
        for (const child of node.children) visit(child, inProse, inFootnote);
        return;
      }
      case 'footnoteReference':
        for (const link of footnotes.get(node.identifier) ?? []) out.links.push({ ...link, start, end });
        return;
      case 'text':
        if (inProse) for (let i = start; i < end; i++) chars[i] = text[i];
        return;
      case 'break':
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) visit(child, inProse, inFootnote);
    }
  };
  visit(tree, false, false);

  let masked = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    masked += chars[i] ?? (ch === '\n' || ch === '\r' ? ch : ' ');
  }
  out.masked = masked;
  out.disabled = disabledRanges(text, comments);
  return out;
}

function collectDefinitions(
  tree: Root,
  text: string,
  definitions: Map<string, { url: string; urlSpan?: Span }>,
  footnotes: Map<string, LinkTarget[]>,
): void {
  const walk = (node: Nodes, footnote?: string): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'definition') {
      definitions.set(node.identifier, { url: node.url, urlSpan: findUrlSpan(text, start, end, node.url) });
    } else if (node.type === 'footnoteDefinition') {
      footnotes.set(node.identifier, []);
      for (const child of node.children) walk(child, node.identifier);
      return;
    } else if (footnote && node.type === 'link' && isRelativeTarget(node.url)) {
      footnotes.get(footnote)!.push({ start, end, url: node.url, urlSpan: findUrlSpan(text, start, end, node.url) });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, footnote);
  };
  walk(tree);
  // Reference links to a definition inside a footnote are resolved after all definitions are known.
  const resolveRefs = (node: Nodes, footnote?: string): void => {
    if (node.type === 'footnoteDefinition') footnote = node.identifier;
    if (footnote && node.type === 'linkReference') {
      const def = definitions.get(node.identifier);
      const start = node.position?.start.offset ?? 0;
      if (def && isRelativeTarget(def.url)) footnotes.get(footnote)?.push({ start, end: node.position?.end.offset ?? start, ...def });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) resolveRefs(child, footnote);
  };
  resolveRefs(tree);
}

/** Where `url` is written inside a link or definition, searched from the end (after `](` or `]:`). */
function findUrlSpan(text: string, start: number, end: number, url: string): Span | undefined {
  if (!url) return undefined;
  const at = text.lastIndexOf(url, end);
  return at >= start && at + url.length <= end ? { start: at, end: at + url.length } : undefined;
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
      const lineEnd = text.indexOf('\n', c.end);
      if (lineEnd < 0) continue;
      let next = lineEnd + 1;
      while (next < text.length && /\s/.test(text[next])) next++;
      const nextEnd = text.indexOf('\n', next);
      ranges.push({ start: next, end: nextEnd < 0 ? text.length : nextEnd });
    }
  }
  if (openAt >= 0) ranges.push({ start: openAt, end: text.length });
  return ranges;
}
