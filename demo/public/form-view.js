// Builds the transaction form for one business type. Every call returns brand-new nodes with
// freshly generated ids (f-3k9x …), as the terminal's SPA framework does on each render.
import { BIZ_TYPES, FIELDS, fieldKeysFor } from './biz-types.js';

function idFactory() {
  const used = new Set();
  return () => {
    let id;
    do id = `f-${Math.random().toString(36).slice(2, 6).padEnd(4, '0')}`;
    while (used.has(id));
    used.add(id);
    return id;
  };
}

function option(doc, text, value) {
  const o = doc.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function labelFor(doc, id, zh, en) {
  const label = doc.createElement('label');
  label.htmlFor = id;
  label.append(`${zh} `);
  const small = doc.createElement('small');
  small.textContent = en;
  label.append(small);
  return label;
}

function selectWith(doc, options, blank) {
  const select = doc.createElement('select');
  if (blank) select.append(option(doc, '— 请选择 —', ''));
  for (const o of options) select.append(option(doc, o.text, o.value));
  return select;
}

function control(doc, def) {
  if (def.kind === 'select') return selectWith(doc, def.options, !def.noBlank);
  const input = doc.createElement('input');
  input.type = def.kind === 'password' ? 'password' : 'text';
  if (def.placeholder) input.placeholder = def.placeholder;
  if (def.kind === 'amount') {
    input.inputMode = 'decimal';
    input.className = 'num';
  }
  if (def.kind === 'password') {
    input.maxLength = 6;
    input.inputMode = 'numeric';
    input.autocomplete = 'new-password';
  }
  return input;
}

function bizTypeRow(doc, code) {
  const row = doc.createElement('div');
  row.className = 'field field-biz';
  row.append(labelFor(doc, 'biz-type', '业务类型', 'Business type'));
  const select = doc.createElement('select');
  select.id = 'biz-type';
  select.name = 'bizType';
  const groups = new Map();
  for (const biz of BIZ_TYPES) {
    if (!groups.has(biz.group)) {
      const og = doc.createElement('optgroup');
      og.label = biz.group;
      groups.set(biz.group, og);
      select.append(og);
    }
    groups.get(biz.group).append(option(doc, biz.zh, biz.code));
  }
  select.value = code;
  const badge = doc.createElement('span');
  badge.className = 'txn-code';
  badge.textContent = `交易码 ${code}`;
  row.append(select, badge);
  return row;
}

function amountWordsLine(doc) {
  const line = doc.createElement('div');
  line.className = 'amount-words';
  const label = doc.createElement('span');
  label.className = 'label';
  label.textContent = '大写金额';
  const output = doc.createElement('output');
  line.append(label, output);
  return { line, output };
}

function button(doc, type, zh, en, cls) {
  const b = doc.createElement('button');
  b.type = type;
  b.className = cls;
  b.append(`${zh} `);
  const small = doc.createElement('small');
  small.textContent = en;
  b.append(small);
  return b;
}

/**
 * @returns {{ form: HTMLFormElement, fields: Map<string, HTMLInputElement|HTMLSelectElement>,
 *   words: HTMLOutputElement|null, buttons: { submit: HTMLButtonElement, reset: HTMLButtonElement, next: HTMLButtonElement } }}
 */
export function renderForm(doc, code) {
  const nextId = idFactory();
  const form = doc.createElement('form');
  form.id = 'txn-form';
  form.noValidate = true;
  form.autocomplete = 'off';
  form.append(bizTypeRow(doc, code));

  const grid = doc.createElement('div');
  grid.className = 'field-grid';
  const fields = new Map();
  let words = null;
  for (const key of fieldKeysFor(code)) {
    const def = FIELDS[key];
    const id = nextId();
    const row = doc.createElement('div');
    row.className = ['field', def.wide && 'wide', def.medium && 'medium'].filter(Boolean).join(' ');
    const el = control(doc, def);
    el.id = id;
    el.name = id;
    row.append(labelFor(doc, id, def.zh, def.en), el);
    grid.append(row);
    fields.set(key, el);
    if (key === 'currency') {
      const w = amountWordsLine(doc);
      grid.append(w.line);
      words = w.output;
    }
  }
  form.append(grid);

  const actions = doc.createElement('div');
  actions.className = 'actions';
  const buttons = {
    submit: button(doc, 'submit', '提交', 'Submit', 'btn btn-primary'),
    reset: button(doc, 'button', '重置', 'Reset', 'btn'),
    next: button(doc, 'button', '下一位客户', 'Next client', 'btn btn-next'),
  };
  actions.append(buttons.submit, buttons.reset, buttons.next);
  form.append(actions);
  return { form, fields, words, buttons };
}
