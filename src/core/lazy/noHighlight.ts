/**
 * Stands in for @lezer/highlight in the bundles (see esbuild.config.mjs): @lezer/markdown tags
 * its node types for syntax highlighting, which Sourceline never does, and the tagging machinery
 * is 5 KB of an extension bundle held under 300 KB. The trees, node types and offsets are the
 * parser's own either way; the unit tests run against the real module.
 */

export class Tag {}

/** Any tag, and any tag made of tags (`tags.special(tags.content)`): none is ever read. */
type AnyTag = () => AnyTag;
const anyTag: AnyTag = () => anyTag;

export const tags: Record<string, AnyTag> = new Proxy({}, { get: () => anyTag });

/** Tags nothing: a node-prop source that adds no prop to any node type. */
export function styleTags(): () => undefined {
  return () => undefined;
}
