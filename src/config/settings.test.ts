import assert from 'node:assert/strict';
import { globalRegistry } from 'zod/mini';
import { FINDING_CODES } from '../core/types';
import { parseSettings, settingsSchema } from './settings';

const DEFAULTS = {
  sources: ['sources/**/*.{txt,md}'],
  drafts: ['**/*.md'],
  run: 'onType',
  debounceMs: 300,
  quoteStyle: 'inline',
  severity: {
    'unsupported-claim': 'warning',
    misquote: 'error',
    misattributed: 'error',
    'number-mismatch': 'error',
    'citation-mismatch': 'warning',
    'broken-citation': 'error',
  },
  maxFileSizeKB: 2048,
};

describe('parseSettings', () => {
  it('returns every default and no problems for empty input', () => {
    assert.deepEqual(parseSettings({}), { settings: DEFAULTS, problems: [] });
  });

  it('keeps valid values', () => {
    const raw = {
      sources: ['refs/*.txt'],
      drafts: [],
      run: 'manual',
      debounceMs: 0,
      quoteStyle: 'blockquote',
      severity: { ...DEFAULTS.severity, misquote: 'off' },
      maxFileSizeKB: 1,
    };
    assert.deepEqual(parseSettings(raw), { settings: raw, problems: [] });
  });

  it('replaces each invalid value by its default with one message naming the setting', () => {
    const cases: [string, unknown, string][] = [
      ['debounceMs', 'fast', 'sourceline.debounceMs: expected an integer from 0 to 5000, got "fast"; using 300'],
      ['debounceMs', 5001, 'sourceline.debounceMs: expected an integer from 0 to 5000, got 5001; using 300'],
      ['debounceMs', 2.5, 'sourceline.debounceMs: expected an integer from 0 to 5000, got 2.5; using 300'],
      ['run', 'always', 'sourceline.run: expected one of "onType", "onSave", "manual", got "always"; using "onType"'],
      ['quoteStyle', null, 'sourceline.quoteStyle: expected one of "inline", "blockquote", got null; using "inline"'],
      ['sources', 'sources/*.txt', 'sourceline.sources: expected a list of strings, got "sources/*.txt"; using ["sources/**/*.{txt,md}"]'],
      ['drafts', ['*.md', 3], 'sourceline.drafts: expected a list of strings, got ["*.md",3]; using ["**/*.md"]'],
      ['maxFileSizeKB', 0, 'sourceline.maxFileSizeKB: expected an integer from 1 to 102400, got 0; using 2048'],
      ['severity', 'loud', 'sourceline.severity: expected an object, got "loud"; using the defaults'],
    ];
    for (const [key, value, message] of cases) {
      const { settings, problems } = parseSettings({ [key]: value });
      assert.deepEqual(problems, [message]);
      assert.deepEqual(settings, DEFAULTS, `settings after ${key} = ${JSON.stringify(value)}`);
    }
  });

  it('checks severity entry by entry, keeping the valid ones', () => {
    const { settings, problems } = parseSettings({ severity: { misquote: 'off', 'number-mismatch': 'fatal', misqoute: 'hint' } });
    assert.deepEqual(settings.severity, { ...DEFAULTS.severity, misquote: 'off' });
    assert.deepEqual(problems, [
      `sourceline.severity.misqoute: unknown key, expected one of ${FINDING_CODES.join(', ')}; ignored`,
      'sourceline.severity.number-mismatch: expected one of "error", "warning", "information", "hint", "off", got "fatal"; using "error"',
    ]);
  });

  it('reports every invalid setting and keeps the valid ones', () => {
    const { settings, problems } = parseSettings({ run: 'onSave', debounceMs: -1, quoteStyle: 'fancy' });
    assert.equal(settings.run, 'onSave');
    assert.equal(problems.length, 2);
  });
});

describe('settingsSchema', () => {
  it('describes every setting, for the generated manifest', () => {
    for (const [key, schema] of Object.entries(settingsSchema.shape)) {
      assert.ok(globalRegistry.get(schema)?.description, `sourceline.${key} has no description`);
    }
  });

  it('has a severity for every finding code', () => {
    assert.deepEqual(Object.keys(parseSettings({}).settings.severity), [...FINDING_CODES]);
  });
});
