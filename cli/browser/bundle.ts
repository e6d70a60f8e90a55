/**
 * Bundles in-frame.ts (the content script's extraction and frame report) into one script for
 * Chromium, at run time with esbuild, so `--browser` runs the code of this checkout, not a copy.
 */
import { fileURLToPath } from 'node:url';

export const GLOBAL_NAME = '__tellerSidekickCli';

export async function bundleFrameReader(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./in-frame.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output');
  return output.text;
}
