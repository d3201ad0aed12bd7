// zod/mini, not zod: the full zod API cannot be tree-shaken and would add about 90 KB to the bundle.
import * as z from 'zod/mini';
import { FINDING_INFO } from '../core/findingCodes';
import { FINDING_CODES, type FindingCode, type SeverityLevel } from '../core/types';

/** The configuration section: the setting `sourceline.debounceMs` is `debounceMs` in `settingsSchema`. */
export const SETTINGS_SECTION = 'sourceline';

/** What the manifest shows for a setting: description, VS Code's `scope`, `enumDescriptions`. */
type SettingInfo = { description: string; scope?: 'resource'; enumDescriptions?: string[] };

/** `schema` with its default, and the fields the manifest shows for it. */
function setting<T extends z.ZodMiniType>(schema: T, fallback: Exclude<z.output<T>, undefined>, info: SettingInfo) {
  const withDefault = z._default(schema, fallback);
  z.globalRegistry.add(withDefault, info);
  return withDefault;
}

const severityLevel = z.enum(['error', 'warning', 'information', 'hint', 'off'] satisfies SeverityLevel[]);

// One entry per finding code, its default and description taken from the core's FINDING_INFO.
const severities = z.strictObject(
  Object.fromEntries(
    FINDING_CODES.map(code => [
      code,
      setting(severityLevel, FINDING_INFO[code].severity, { description: `Severity of ${code}: ${FINDING_INFO[code].title}.` }),
    ]),
  ) as Record<FindingCode, z.ZodMiniDefault<typeof severityLevel>>,
);

/**
 * Every setting of the extension, keyed by its name inside the `sourceline` section: type, range,
 * default, description and VS Code's `scope`. The single definition of the settings:
 * `contributes.configuration` in package.json is generated from it (scripts/generateManifest.ts,
 * checked by `npm test`), and `parseSettings` validates user values against it.
 */
export const settingsSchema = z.object({
  sources: setting(z.array(z.string()), ['sources/**/*.{txt,md}'], {
    scope: 'resource',
    description:
      'Glob patterns, relative to each workspace folder, of the source documents that drafts are checked against. A draft can name more in a "sources:" list in its front matter.',
  }),
  drafts: setting(z.array(z.string()), ['**/*.md'], {
    scope: 'resource',
    description: 'Glob patterns of the markdown files that "Check All Drafts in Workspace" checks.',
  }),
  run: setting(z.enum(['onType', 'onSave', 'manual']), 'onType', {
    description: 'When an open draft is checked.',
    enumDescriptions: [
      'As you type, after a pause of sourceline.debounceMs.',
      'When the draft is saved.',
      'Only when a Sourceline command asks for it.',
    ],
  }),
  debounceMs: setting(z.int().check(z.minimum(0), z.maximum(5000)), 300, {
    description: 'Milliseconds to wait after the last keystroke before re-checking a draft (with sourceline.run set to onType).',
  }),
  quoteStyle: setting(z.enum(['inline', 'blockquote']), 'inline', {
    scope: 'resource',
    description: 'How "Insert Quote from Sources…" writes a quote.',
    enumDescriptions: ['"Quoted words" followed by a citation link, inside the sentence.', 'A "> " blockquote followed by a citation link.'],
  }),
  severity: setting(severities, severities.parse({}), {
    scope: 'resource',
    description: 'Severity of each kind of finding; "off" hides it.',
  }),
  maxFileSizeKB: setting(z.int().check(z.minimum(1), z.maximum(102400)), 2048, {
    scope: 'resource',
    description: 'Sources and drafts larger than this many kilobytes are skipped with a warning.',
  }),
});

/** Validated settings, every one present. */
export type Settings = z.output<typeof settingsSchema>;

/**
 * Validates raw setting values (keyed as in `settingsSchema`, e.g. `debounceMs`; `undefined` means
 * unset) one setting at a time, and one entry at a time inside object settings such as `severity`.
 * An invalid value is replaced by its default and reported in `problems`, one message each, e.g.
 * `sourceline.debounceMs: expected an integer from 0 to 5000, got "fast"; using 300`.
 * Empty input returns every default and no problems.
 */
export function parseSettings(raw: Record<string, unknown>): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const settings = parseShape(SETTINGS_SECTION, settingsSchema.shape, raw, problems) as Settings;
  return { settings, problems };
}

function parseShape(prefix: string, shape: Record<string, z.core.$ZodType>, raw: Record<string, unknown>, problems: string[]) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, parseSetting(`${prefix}.${key}`, schema, raw[key], problems)]),
  );
}

function parseSetting(name: string, schema: z.core.$ZodType, value: unknown, problems: string[]): unknown {
  const fallback = z.parse(schema, undefined);
  if (value === undefined) return fallback;
  const inner = schema instanceof z.ZodMiniDefault ? schema.def.innerType : schema;
  if (inner instanceof z.ZodMiniObject && isPlainObject(value)) {
    // Entry by entry, so one bad entry does not reset the others to their defaults.
    const known = Object.keys(inner.shape);
    for (const key of Object.keys(value).filter(key => !known.includes(key))) {
      problems.push(`${name}.${key}: unknown key, expected one of ${known.join(', ')}; ignored`);
    }
    return parseShape(name, inner.shape, value, problems);
  }
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const using = isPlainObject(fallback) ? 'the defaults' : formatValue(fallback);
  problems.push(`${name}: expected ${describeExpected(inner)}, got ${formatValue(value)}; using ${using}`);
  return fallback;
}

// Read from the schema's definition rather than z.toJSONSchema, which would add 20 KB to the bundle.
function describeExpected(schema: z.core.$ZodType): string {
  const def = schema._zod.def;
  const bound = (check: string) => def.checks?.map(c => c._zod.def).find(d => d.check === check) as { value: number } | undefined;
  switch (def.type) {
    case 'enum':
      return `one of ${Object.values((def as z.core.$ZodEnumDef).entries).map(formatValue).join(', ')}`;
    case 'number':
      return `an integer from ${bound('greater_than')?.value} to ${bound('less_than')?.value}`;
    case 'array':
      return `a list of ${(def as z.core.$ZodArrayDef).element._zod.def.type}s`;
    case 'object':
      return 'an object';
    default:
      return `a value of type ${def.type}`;
  }
}

function formatValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
