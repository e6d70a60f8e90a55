import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { BIZ_TYPES, FIELDS, fieldKeysFor } from '../../../demo/public/biz-types.js';
import { renderForm } from '../../../demo/public/form-view.js';

const { document } = new JSDOM('<!doctype html><main id="txn-area"></main>').window;

function labelText(label: HTMLLabelElement): string {
  return (label.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('transaction form rendering', () => {
  it.each(BIZ_TYPES.map((b) => [b.code, b.zh] as const))(
    '%s %s: every field is a labelled row',
    (code) => {
      const { form } = renderForm(document, code);
      expect(form.id).toBe('txn-form');
      const select = form.querySelector<HTMLSelectElement>('#biz-type');
      expect(select?.name).toBe('bizType');
      expect(select?.value).toBe(code);
      const rows = [...form.querySelectorAll('.field')].slice(1);
      expect(rows.map((r) => labelText(r.querySelector('label') as HTMLLabelElement))).toEqual(
        fieldKeysFor(code).map((k) => `${FIELDS[k].zh} ${FIELDS[k].en}`),
      );
      for (const row of rows) {
        const label = row.querySelector('label') as HTMLLabelElement;
        const control = row.querySelector('input, select');
        expect(label.htmlFor).toMatch(/^f-[a-z0-9]{4}$/);
        expect(control?.id).toBe(label.htmlFor);
      }
    },
  );

  it('regenerates field ids on every render, so only labels are stable', () => {
    const first = renderForm(document, '0102');
    const second = renderForm(document, '0102');
    const ids = (f: HTMLFormElement) =>
      [...f.querySelectorAll('input, select')].map((e) => e.id).filter((i) => i !== 'biz-type');
    expect(ids(first.form)).toHaveLength(ids(second.form).length);
    expect(ids(first.form).filter((id) => ids(second.form).includes(id))).toEqual([]);
    expect(new Set(ids(first.form)).size).toBe(ids(first.form).length);
  });

  it('renders the 大写金额 line after the currency, with an empty output', () => {
    const { form, words } = renderForm(document, '0101');
    const line = form.querySelector('.amount-words');
    expect(line?.querySelector('.label')?.textContent).toBe('大写金额');
    expect(line?.querySelector('output')).toBe(words);
    expect(words?.textContent).toBe('');
    expect(renderForm(document, '1001').words).toBeNull();
  });

  it('makes the PIN a password field and the amount a text field', () => {
    const { fields } = renderForm(document, '0101');
    expect((fields.get('pin') as HTMLInputElement).type).toBe('password');
    expect((fields.get('amount') as HTMLInputElement).type).toBe('text');
  });

  it('lists all six currencies, CNY first', () => {
    const { fields } = renderForm(document, '0401');
    const texts = [...(fields.get('currency') as HTMLSelectElement).options].map((o) => o.text);
    expect(texts).toEqual([
      '人民币 CNY',
      '美元 USD',
      '欧元 EUR',
      '港币 HKD',
      '日元 JPY',
      '英镑 GBP',
    ]);
  });

  it('has submit, reset and next-client buttons', () => {
    const { form } = renderForm(document, '0101');
    const buttons = [...form.querySelectorAll('button')].map((b) => [
      b.type,
      (b.textContent ?? '').split(' ')[0],
    ]);
    expect(buttons).toEqual([
      ['submit', '提交'],
      ['button', '重置'],
      ['button', '下一位客户'],
    ]);
  });
});
