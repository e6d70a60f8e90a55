// @vitest-environment jsdom
/**
 * Label lookup on forms rendered by the real component libraries (tests/fixtures/terminals,
 * rendered by scripts/render-fixtures): Angular Material, Element Plus, Ant Design, MUI.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { extractPage } from '../../../lib/profile/extract';
import { parseProfile } from '../../../lib/profile/parse';
import type { TerminalProfile, TerminalProfileInput } from '../../../lib/profile/schema';
import { nodesFrom, setBody } from './dom-helpers';
import { fixtureExpect, fixtureProfile, loadFixture } from './terminal-fixtures';

type Fields = TerminalProfileInput['fields'];
type Spec = Fields[string];

const PATTERNS = ['angular-material', 'element-plus', 'ant-design', 'mui'] as const;

function profileWith(fields: Fields): TerminalProfile {
  const result = parseProfile({
    schemaVersion: 1,
    id: 'test',
    name: 'test',
    version: '1',
    matches: ['http://localhost/*'],
    fields,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profile;
}

function read(spec: Spec) {
  const extraction = extractPage(document, profileWith({ field: spec }));
  return { ...extraction.fields.field, missing: extraction.missing };
}

function valueOf(spec: Spec): string | null {
  return read(spec).value ?? null;
}

function remove(selector: string): void {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`fixture has no ${selector}`);
  element.remove();
}

function prepend(markup: string): void {
  document.body.prepend(...nodesFrom(document, markup));
}

beforeEach(() => {
  setBody(document, '');
});

describe.each(PATTERNS)('%s fixture, as its expect.json says', (pattern) => {
  const profile = fixtureProfile(pattern);
  const { page, checks } = fixtureExpect(pattern);
  it.each(checks)('$name', (check) => {
    loadFixture(pattern, check.page ?? page);
    const result = detect(document, profile);
    expect(result.tier).toBe(check.tier);
    if (check.signals)
      expect(result.signals.map((signal) => signal.kind).sort()).toEqual([...check.signals].sort());
    for (const key of check.fieldsPresent ?? []) expect(result.fields[key], key).not.toBeNull();
    if (check.fieldsMissing) expect(result.missingFields).toEqual(check.fieldsMissing);
    if (check.missingRequired) expect(result.missingRequired).toEqual(check.missingRequired);
    if (check.transactionComplete !== undefined)
      expect(result.transactionComplete).toBe(check.transactionComplete);
  });
});

describe('each framework’s label, read from the rendered form', () => {
  it.each<[string, (typeof PATTERNS)[number], Spec, string | null]>([
    [
      'Angular Material: <label for> around <mat-label> → matInput',
      'angular-material',
      { label: 'Transaction Amount' },
      '250000',
    ],
    [
      'Angular Material: mat-select (aria-labelledby) → its shown value',
      'angular-material',
      { label: 'Payment Type' },
      'Cash',
    ],
    [
      'Angular Material: a matInput textarea',
      'angular-material',
      { label: 'Note' },
      'Client asked about term deposits',
    ],
    ['label/value spans with a colon', 'angular-material', { label: 'Client Name' }, 'Ana Lopez'],
    [
      'Element Plus: el-form-item__label → el-input',
      'element-plus',
      { label: '交易金额' },
      '500,000.00',
    ],
    [
      'Element Plus: el-select → the label it shows',
      'element-plus',
      { label: '业务类型' },
      '整存整取',
    ],
    [
      'Element Plus: el-select showing its placeholder → empty',
      'element-plus',
      { label: '存期' },
      null,
    ],
    [
      'Element Plus: el-descriptions label/content cells',
      'element-plus',
      { label: '客户等级' },
      '金卡',
    ],
    [
      'Element Plus: a placeholder names the control',
      'element-plus',
      { label: '请输入金额' },
      '500,000.00',
    ],
    [
      'Ant Design: label[for] a select’s search input → selection item',
      'ant-design',
      { label: '业务类型' },
      '跨行汇款',
    ],
    ['Ant Design: .ant-form-item-label → input', 'ant-design', { label: '交易金额' }, '80,000.00'],
    ['Ant Design: descriptions item label/content', 'ant-design', { label: '客户等级' }, '白金卡'],
    ['MUI: TextField label with its asterisk → input', 'mui', { label: 'Amount' }, '120,000.00'],
    [
      'MUI: Select labelled by aria-labelledby → shown value',
      'mui',
      { label: 'Transaction type' },
      'International wire',
    ],
  ])('%s', (_name, pattern, spec, expected) => {
    loadFixture(pattern);
    const field = read(spec);
    expect(field.found).toBe(true);
    expect(field.value).toBe(expected);
  });

  it('Angular Material with the asterisk as text (older releases): still the input', () => {
    loadFixture('angular-material');
    document
      .querySelectorAll('.mat-mdc-form-field-required-marker')
      .forEach((marker) => (marker.textContent = ' *'));
    expect(valueOf({ label: 'Transaction Amount' })).toBe('250000');
    expect(valueOf({ label: 'Transaction Date' })).toBe('01 December 2026');
  });
});

describe('a label whose control is not on the page is a missing field', () => {
  it.each<[string, (typeof PATTERNS)[number], string, string]>([
    ['Angular Material', 'angular-material', '#mat-input-1', 'Transaction Amount'],
    ['Element Plus', 'element-plus', '.el-form-item:nth-of-type(2) .el-input', '交易金额'],
    ['Ant Design', 'ant-design', '#amount', '交易金额'],
    ['MUI', 'mui', '#amount', 'Amount'],
  ])('%s: the control removed, the label left', (_name, pattern, control, label) => {
    loadFixture(pattern);
    remove(control);
    expect(document.body.textContent).toContain(label);
    const extraction = extractPage(document, profileWith({ amount: { label, required: true } }));
    expect(extraction.fields.amount).toEqual({ found: false, refused: false, value: null });
    expect(extraction.missing).toEqual(['amount']);
    expect(extraction.missingRequired).toEqual(['amount']);
  });

  it('a label followed only by an icon and a marker is missing, not empty', () => {
    setBody(
      document,
      '<div><span>交易金额</span><span aria-hidden="true">*</span><i class="icon"></i></div>',
    );
    expect(read({ label: '交易金额' })).toMatchObject({ found: false, missing: ['field'] });
  });

  it('a label beside several controls is missing, not a guess', () => {
    setBody(document, '<div><span>金额</span><div><input value="1"><input value="2"></div></div>');
    expect(read({ label: '金额' })).toMatchObject({ found: false, missing: ['field'] });
  });
});

describe('which label text wins', () => {
  it('the exact label before one with an English caption, wherever it is', () => {
    loadFixture('element-plus');
    prepend(
      '<div class="el-form-item"><label for="other">交易金额 Amount</label><input id="other" value="1.00"></div>',
    );
    expect(valueOf({ label: '交易金额' })).toBe('500,000.00');
    remove('.deposit-form');
    expect(valueOf({ label: '交易金额' })).toBe('1.00');
  });

  it('an English label does not match a longer English text', () => {
    loadFixture('angular-material');
    expect(read({ label: 'Transaction' })).toMatchObject({ found: false });
  });

  it('a heading, legend or caption only when the field asks', () => {
    loadFixture('element-plus');
    prepend('<section><h3>备注</h3><p>标题下的说明</p></section>');
    expect(valueOf({ label: '备注' })).toBe('客户咨询理财');
    expect(valueOf({ label: '备注', labelFrom: ['heading'] })).toBe('标题下的说明');
  });

  it('case matters unless labelCase is "insensitive"', () => {
    loadFixture('angular-material');
    expect(read({ label: 'transaction amount' })).toMatchObject({ found: false });
    expect(valueOf({ label: 'transaction amount', labelCase: 'insensitive' })).toBe('250000');
    expect(valueOf({ label: 'PAYMENT TYPE', labelCase: 'insensitive' })).toBe('Cash');
  });

  it('case-insensitive for one field does not make another field’s same label caseless', () => {
    loadFixture('angular-material');
    const extraction = extractPage(
      document,
      profileWith({
        exact: { label: 'transaction amount' },
        caseless: { label: 'transaction amount', labelCase: 'insensitive' },
      }),
    );
    expect(extraction.missing).toEqual(['exact']);
    expect(extraction.fields.caseless?.value).toBe('250000');
  });

  it('aria-labelledby ties a label to a select drawn far from it', () => {
    setBody(
      document,
      '<div class="head"><span id="cur-label">Currency</span></div><div class="grid"><div><div role="combobox" aria-labelledby="cur-label">USD</div></div><div><input value="other"></div></div>',
    );
    expect(valueOf({ label: 'Currency' })).toBe('USD');
  });

  it('a label written with a Kangxi radical or a compatibility ideograph still matches', () => {
    setBody(
      document,
      '<div><span>\u2fa6额</span><b>42.00</b><span>\uf9fc注</span><b>理财</b></div>',
    );
    expect(valueOf({ label: '金额' })).toBe('42.00');
    expect(valueOf({ label: '\u8b58注' })).toBe('理财');
  });

  it('labelFrom limits the sources: a placeholder is not used when only text is allowed', () => {
    loadFixture('element-plus');
    expect(read({ label: '请输入金额', labelFrom: ['text'] })).toMatchObject({ found: false });
  });

  it('an aria-label names a control when no visible label does', () => {
    setBody(
      document,
      '<div><input aria-label="Wire amount" value="9,500.00"><input aria-label="Fee" value="25"></div>',
    );
    expect(valueOf({ label: 'Wire amount' })).toBe('9,500.00');
  });
});

describe('profile options for labels', () => {
  it.each<[string, Spec, string]>([
    ['labelFrom without a label', { selector: '#a', labelFrom: ['heading'] }, 'labelFrom'],
    ['labelCase without a label', { selector: '#a', labelCase: 'insensitive' }, 'labelCase'],
    ['an unknown source', { label: 'A', labelFrom: ['title' as 'text'] }, 'labelFrom'],
    ['an empty source list', { label: 'A', labelFrom: [] }, 'labelFrom'],
  ])('rejects %s', (_name, spec, key) => {
    const result = parseProfile({
      schemaVersion: 1,
      id: 'test',
      name: 'test',
      version: '1',
      matches: ['http://localhost/*'],
      fields: { field: spec },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.errors)).toContain(key);
  });
});
