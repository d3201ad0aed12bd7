// Writes `contributes.configuration` of package.json from the settings schema in
// src/config/settings.ts, so every setting is defined once.
// Usage: tsx scripts/generateManifest.ts [--check]
//   --check: write nothing; exit 1 naming the settings that differ when package.json is out of date.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod/mini';
import { SETTINGS_SECTION, settingsSchema } from '../src/config/settings';

const packagePath = path.join(__dirname, '..', 'package.json');

function buildConfiguration() {
  const properties = Object.fromEntries(
    Object.entries(settingsSchema.shape).map(([key, schema]) => {
      // io: 'input' leaves keys that have defaults optional, as VS Code expects of user values.
      const property: Record<string, unknown> = z.toJSONSchema(schema, { io: 'input' });
      delete property.$schema;
      return [`${SETTINGS_SECTION}.${key}`, property];
    }),
  );
  return { title: 'Sourceline', properties };
}

const manifest = JSON.parse(fs.readFileSync(packagePath, 'utf8'));
const wanted = buildConfiguration();

if (process.argv.includes('--check')) {
  const current = manifest.contributes?.configuration ?? {};
  const names = new Set([...Object.keys(wanted.properties), ...Object.keys(current.properties ?? {})]);
  const stale = [...names].filter(
    name => JSON.stringify(current.properties?.[name]) !== JSON.stringify(wanted.properties[name]),
  );
  if (JSON.stringify(current) !== JSON.stringify(wanted)) {
    console.error(
      `package.json: contributes.configuration is out of date with src/config/settings.ts` +
        `${stale.length ? ` (${stale.join(', ')})` : ''}; run \`npm run generate:manifest\``,
    );
    process.exit(1);
  }
  console.log('package.json: contributes.configuration matches src/config/settings.ts');
} else {
  manifest.contributes = { ...manifest.contributes, configuration: wanted };
  fs.writeFileSync(packagePath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`package.json: wrote contributes.configuration (${Object.keys(wanted.properties).length} settings)`);
}
