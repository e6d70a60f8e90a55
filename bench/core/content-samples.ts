/**
 * Reads the bench-build content-script probe (lib/content/bench-probe.ts) from every frame of a
 * page through its page-visible event channel. Frames where the content script does not run (or
 * runs a production build) answer nothing and are left out.
 */
import type { Page } from 'playwright-core';
import { COLLECT_EVENT, SAMPLES_EVENT, type ProbeSamples } from '../../lib/content/bench-probe';

export interface FrameSamples extends ProbeSamples {
  frameUrl: string;
}

export async function readContentSamples(page: Page, reset = false): Promise<FrameSamples[]> {
  const all: FrameSamples[] = [];
  for (const frame of page.frames()) {
    const json = await frame.evaluate(
      ([collect, samples, doReset]) => {
        const box: { answer?: string } = {};
        const listener = (e: Event) => {
          box.answer = String((e as CustomEvent<unknown>).detail);
        };
        document.addEventListener(samples, listener, { once: true });
        document.dispatchEvent(new CustomEvent(collect, { detail: doReset ? 'reset' : '' }));
        document.removeEventListener(samples, listener);
        return box.answer ?? null;
      },
      [COLLECT_EVENT, SAMPLES_EVENT, reset] as const,
    );
    if (json) all.push({ frameUrl: frame.url(), ...(JSON.parse(json) as ProbeSamples) });
  }
  return all;
}
