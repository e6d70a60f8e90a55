/**
 * What a person sees and hears on a page, for the machine-word check: the rendered text
 * (innerText, so hidden elements stay out) plus the names screen readers announce (aria-label,
 * title, placeholder, alt). Left out: details lines for IT (`[data-details]`) and text the page
 * itself marks as English inside a Chinese page (`[lang="en"]`, the bilingual headings).
 */
import type { Page } from '@playwright/test';
import { machineWords } from '../../lib/i18n/machine-words';

export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skip = '[data-details], [lang="en"]';
    const style = document.createElement('style');
    style.textContent = `${skip} { display: none !important; }`;
    document.head.append(style);
    try {
      const names = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
        .filter((el) => !el.closest(skip) && el.checkVisibility())
        .flatMap((el) =>
          ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
        );
      return [document.body.innerText, ...names].join('\n');
    } finally {
      style.remove();
    }
  });
}

/** Each line of the page that holds a machine word, with the words, e.g. `连接失败：invalid_token  ← invalid_token`. */
export async function machineWordLines(page: Page): Promise<string[]> {
  return (await visibleText(page))
    .split('\n')
    .map((line) => ({ line: line.trim(), words: machineWords(line) }))
    .filter((l) => l.words.length > 0)
    .map((l) => `${l.line}  ← ${l.words.join(', ')}`);
}
