/**
 * Reads one page with a profile, in jsdom (default: no scripts, declarative shadow roots
 * attached) or in Chromium (`--browser`), into the engine's result and whether the client would
 * be linked. Both readers share this shape, so the printed JSON and `--expect` do not care which ran.
 */
import {
  detectFromExtraction,
  type DetectionResult,
  type DetectOptions,
} from '../lib/detect/detect';
import { extractPage } from '../lib/profile/extract';
import { extractionOnScreen } from '../lib/profile/screens';
import type { TerminalProfile } from '../lib/profile/schema';
import { wouldLinkClient } from './client-linked';
import { loadPage } from './load-page';
import type { PageTarget } from './page-target';

export interface PageReading {
  result: DetectionResult;
  /** A client reference would be made (see client-linked.ts); never printed as a number. */
  clientLinked: boolean;
  /** The URL to print: the live URL, or the saved file's file: URL. */
  url: string;
  warnings: string[];
}

export interface JsdomReadOptions {
  encoding?: string;
  detect: DetectOptions;
}

export async function readWithJsdom(
  target: PageTarget,
  profile: TerminalProfile,
  options: JsdomReadOptions,
): Promise<PageReading> {
  const { dom, warnings } = await loadPage(target.url, { encoding: options.encoding });
  try {
    const doc = dom.window.document;
    // The screen the page shows applied, by the saved file's URL with its fragment (#/deposit).
    const extraction = extractionOnScreen(
      extractPage(doc, profile),
      profile,
      doc,
      target.printedUrl,
    );
    return {
      result: detectFromExtraction(extraction, profile, options.detect),
      clientLinked: wouldLinkClient(extraction, profile),
      url: target.isFile ? target.printedUrl : dom.window.document.URL,
      warnings,
    };
  } finally {
    dom.window.close();
  }
}
