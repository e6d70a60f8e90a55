import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, type Scenario } from '../../../demo/public/scenarios.js';

const PAGES = new URL('../../fixtures/pages/', import.meta.url);

interface ManifestEntry {
  dir: string;
  submitted: boolean;
  scenario: Scenario;
}

const manifest = JSON.parse(
  readFileSync(new URL('manifest.json', PAGES), 'utf8'),
) as ManifestEntry[];

function load(dir: string, file: string): Document {
  return new JSDOM(readFileSync(new URL(`${dir}/${file}`, PAGES), 'utf8')).window.document;
}

/** The control a label points at, found the way the extension must: by label text. */
function fieldByLabel(doc: Document, zh: string): HTMLInputElement | HTMLSelectElement | null {
  const label = [...doc.querySelectorAll('#txn-form label')].find(
    (l) => l.firstChild?.textContent?.trim() === zh,
  );
  const id = label?.getAttribute('for');
  return id ? doc.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`) : null;
}

describe('saved demo pages (npm run demo:save-pages)', () => {
  it('hold every scenario, as entered and as submitted', () => {
    expect(manifest.map((e) => e.dir).sort()).toEqual(
      SCENARIOS.flatMap((s) => [s.id, `${s.id}-submitted`]).sort(),
    );
    for (const { dir } of manifest) {
      expect(existsSync(new URL(`${dir}/index.html`, PAGES))).toBe(true);
      expect(existsSync(new URL(`${dir}/client-frame.html`, PAGES))).toBe(true);
    }
  });

  it('are current: the manifest matches scenarios.js', () => {
    for (const { scenario } of manifest) {
      expect(scenario).toEqual(SCENARIOS.find((s) => s.id === scenario.id));
    }
  });

  it.each(manifest.map((e) => [e.dir, e] as const))(
    '%s shows the scenario as the terminal rendered it',
    (dir, entry) => {
      const { scenario, submitted } = entry;
      const doc = load(dir, 'index.html');
      expect(doc.title).toBe('柜面业务系统 · Teller Terminal');
      expect(doc.querySelectorAll('script')).toHaveLength(0);
      expect(doc.querySelector('#client-frame')?.getAttribute('src')).toBe('client-frame.html');
      expect(doc.querySelector<HTMLSelectElement>('#biz-type')?.value).toBe(scenario.form.bizType);
      expect(fieldByLabel(doc, '卡号/账号')?.value).toBe(scenario.client.cardFull);
      if (scenario.form.amount !== undefined) {
        expect(fieldByLabel(doc, '金额')?.value.replace(/,/g, '')).toBe(
          scenario.form.amount.toFixed(2),
        );
        expect(fieldByLabel(doc, '币种')?.value).toBe(scenario.form.currency);
        expect(doc.querySelector('.amount-words output')?.textContent).not.toBe('');
      }
      expect(fieldByLabel(doc, '交易密码')?.getAttribute('type')).toBe('password');
      const receipt = doc.querySelector('section.receipt');
      expect(Boolean(receipt)).toBe(submitted);
      if (receipt) {
        expect(receipt.textContent).toContain('交易成功');
        expect(receipt.textContent).toContain(scenario.client.cardMasked);
        expect(receipt.textContent).not.toContain(scenario.client.cardFull);
      }

      const frame = load(dir, 'client-frame.html');
      const cells = [...frame.querySelectorAll('.client-table tr')].map((tr) => [
        tr.querySelector('th')?.textContent,
        tr.querySelector('td')?.textContent,
      ]);
      const c = scenario.client;
      expect(cells).toEqual([
        ['客户姓名', c.name],
        ['卡号', c.cardMasked],
        ['客户等级', c.level],
        ['证件号码', c.idMasked],
        ['联系电话', c.phoneMasked],
      ]);
      expect(frame.body.textContent).not.toContain(c.cardFull);
    },
  );

  it('kept the hostile remarks as text: no element was created from them', () => {
    const doc = load('hostile-remarks-submitted', 'index.html');
    expect(doc.querySelectorAll('img, script, [onerror]')).toHaveLength(0);
    const remarks = SCENARIOS.find((s) => s.id === 'hostile-remarks')?.form.remarks;
    expect(fieldByLabel(doc, '备注')?.value).toBe(remarks);
    const receiptRemarks = [...doc.querySelectorAll('.receipt dt')].find((dt) =>
      dt.textContent?.startsWith('备注'),
    );
    expect(receiptRemarks?.nextElementSibling?.textContent).toBe(remarks);
  });
});
