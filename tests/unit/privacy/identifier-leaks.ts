/**
 * The scrubber's promise, checked independently of its implementation: after turning full-width
 * digits into ASCII and joining each number's digits across spaces, dashes, dots and full-width
 * spaces, no Luhn-valid 13–19 digit run, 18-character ID number or 11-digit mobile is left.
 */
import { isLuhnValid } from '@/lib/privacy';

const SEPARATORS = '[ \\-.\\u3000]';
const RUN = new RegExp(`[0-9X](?:${SEPARATORS}*[0-9X])*`, 'g');

function normalise(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[xＸｘ]/g, 'X');
}

/** Every number in `text`, with its separators removed. */
export function joinedRuns(text: string): string[] {
  return (normalise(text).match(RUN) ?? []).map((run) =>
    run.replace(new RegExp(SEPARATORS, 'g'), ''),
  );
}

function hasLuhnCard(run: string): boolean {
  for (const digits of run.split('X')) {
    for (let len = 13; len <= 19; len += 1) {
      for (let start = 0; start + len <= digits.length; start += 1) {
        if (isLuhnValid(digits.slice(start, start + len))) return true;
      }
    }
  }
  return false;
}

export interface Leak {
  kind: 'card' | 'id_card' | 'mobile';
  run: string;
}

export function findLeaks(text: string, { allowPhones = false } = {}): Leak[] {
  const leaks: Leak[] = [];
  for (const run of joinedRuns(text)) {
    if (/[0-9]{17}[0-9X]/.test(run)) leaks.push({ kind: 'id_card', run });
    if (hasLuhnCard(run)) leaks.push({ kind: 'card', run });
    if (!allowPhones && /1[3-9][0-9]{9}/.test(run)) leaks.push({ kind: 'mobile', run });
  }
  return leaks;
}
