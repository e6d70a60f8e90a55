/** Rewrites public/managed_schema.json from lib/settings/managed-schema (see lib/settings/chrome-schema). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { managedChromeSchema } from '../lib/settings/chrome-schema.ts';

const file = path.resolve(import.meta.dirname, '..', 'public', 'managed_schema.json');
writeFileSync(file, `${JSON.stringify(managedChromeSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
