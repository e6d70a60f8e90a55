/**
 * Child process: `tsx bench/core/build-extension.ts <mode> <outDirTemplate> <report.json>`.
 * Builds the extension with WXT in the given mode into `.output/<outDirTemplate>` (never the
 * `.output/chrome-mv3` that `npm run build` and the e2e tests use) and writes, per content
 * script, the size each bundled module contributes (rendered bytes after tree-shaking, before
 * minification) to <report.json>.
 */
import { writeFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { build } from 'wxt';

export interface ModuleSizesReport {
  /** Output file (relative to the extension root) → module id → rendered bytes. */
  chunks: Record<string, Record<string, number>>;
}

const [mode = 'production', outDirTemplate = 'chrome-mv3-bench-prod', reportPath] =
  process.argv.slice(2);
if (!reportPath) throw new Error('usage: build-extension.ts <mode> <outDirTemplate> <report.json>');

const report: ModuleSizesReport = { chunks: {} };

const moduleSizes: Plugin = {
  name: 'bench-module-sizes',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('content-scripts/')) continue;
      report.chunks[chunk.fileName] = Object.fromEntries(
        Object.entries(chunk.modules).map(([id, m]) => [id, m.renderedLength]),
      );
    }
  },
};

await build({ mode, outDirTemplate, vite: () => ({ plugins: [moduleSizes] }) });
await writeFile(reportPath, JSON.stringify(report));
