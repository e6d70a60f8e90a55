/**
 * Writes docs/terminals/business-kinds.md from the business-name vocabulary.
 *
 *   npx tsx scripts/gen-kind-docs.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderKindDocs } from './kind-docs.ts';

const OUT = fileURLToPath(new URL('../docs/terminals/business-kinds.md', import.meta.url));
writeFileSync(OUT, renderKindDocs());
console.log(`wrote ${OUT}`);
