import { relative } from 'node:path';
import { FINDING_CODES, FINDING_INFO, lineStarts, positionAt, type Finding } from '../core';

/** One checked draft, as the CLI reports it. */
export interface FileReport {
  /** The draft path as given on the command line. */
  path: string;
  text: string;
  findings: Finding[];
}

/** `path:line:col severity message [code]`, one finding per line. */
export function formatText(files: FileReport[], cwd: string): string {
  const lines: string[] = [];
  for (const file of files) {
    const starts = lineStarts(file.text);
    for (const f of file.findings) {
      const p = positionAt(starts, f.start);
      lines.push(`${file.path}:${p.line}:${p.column} ${f.severity} ${f.message} [${f.code}]`);
      if (f.evidence) lines.push(`    source ${relative(cwd, f.evidence.path)}:${f.evidence.line}`);
    }
  }
  const count = files.reduce((n, f) => n + f.findings.length, 0);
  lines.push(count ? `${count} finding${count === 1 ? '' : 's'} in ${files.filter((f) => f.findings.length).length} of ${files.length} draft${files.length === 1 ? '' : 's'}` : `no findings in ${files.length} draft${files.length === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}

/** The JSON shape of DESIGN.md: `{version: 1, files: [{path, diagnostics: [...]}]}`. */
export function formatJson(files: FileReport[], cwd: string): string {
  return JSON.stringify({
    version: 1,
    files: files.map((file) => {
      const starts = lineStarts(file.text);
      return {
        path: file.path,
        diagnostics: file.findings.map((f) => ({
          code: f.code,
          severity: f.severity,
          message: f.message,
          start: positionAt(starts, f.start),
          end: positionAt(starts, f.end),
          ...(f.evidence && { evidence: { path: relative(cwd, f.evidence.path), line: f.evidence.line, text: f.evidence.text } }),
          ...(f.fix && { fix: { start: positionAt(starts, f.fix.start), end: positionAt(starts, f.fix.end), replacement: f.fix.replacement } }),
        })),
      };
    }),
  }) + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** SARIF 2.1.0 with one rule per finding code. */
export function formatSarif(files: FileReport[], cwd: string, version: string): string {
  const rules = FINDING_CODES.map((code) => ({
    id: code,
    shortDescription: { text: FINDING_INFO[code].title },
    defaultConfiguration: { level: SARIF_LEVEL[FINDING_INFO[code].severity] },
  }));
  const results = files.flatMap((file) => {
    const starts = lineStarts(file.text);
    return file.findings.map((f) => {
      const s = positionAt(starts, f.start);
      const e = positionAt(starts, f.end);
      return {
        ruleId: f.code,
        ruleIndex: FINDING_CODES.indexOf(f.code),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(file.path) },
              region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column, charOffset: f.start, charLength: f.end - f.start },
            },
          },
        ],
        ...(f.evidence && {
          relatedLocations: [
            {
              id: 1,
              message: { text: f.evidence.text },
              physicalLocation: { artifactLocation: { uri: toUri(relative(cwd, f.evidence.path)) }, region: { startLine: f.evidence.line } },
            },
          ],
        }),
        ...(f.fix && {
          fixes: [
            {
              description: { text: `Replace with "${f.fix.replacement}"` },
              artifactChanges: [
                {
                  artifactLocation: { uri: toUri(file.path) },
                  replacements: [{ deletedRegion: { charOffset: f.fix.start, charLength: f.fix.end - f.fix.start }, insertedContent: { text: f.fix.replacement } }],
                },
              ],
            },
          ],
        }),
      };
    });
  });
  return JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{ tool: { driver: { name: 'sourceline', version, rules } }, results }],
  }, null, 2) + '\n';
}

/** A SARIF artifact URI: relative paths stay relative references, absolute ones become `file:` URIs. */
function toUri(path: string): string {
  const posix = path.split('\\').join('/');
  const encoded = posix.split('/').map(encodeURIComponent).join('/');
  if (posix.startsWith('/')) return `file://${encoded}`;
  if (/^[A-Za-z]:\//.test(posix)) return `file:///${posix.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}`;
  return encoded;
}
