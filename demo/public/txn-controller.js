// The transaction area: renders the form for the chosen business type, keeps the 大写金额
// line current, validates and "posts" the transaction, and shows the receipt.
import { findBizType } from './biz-types.js';
import { amountInWords, formatAmount, parseAmount } from './amount.js';
import { renderForm } from './form-view.js';
import { buildReceipt, dateTimeText, maskAccount, nextSerial } from './receipt.js';

const PROCESSING_MS = 400;

export function createTxnController({
  doc,
  area,
  status,
  nzh,
  initialBizType,
  onNextClient,
  onRender,
}) {
  let view = null;
  let pending = null;

  function clearOutcome() {
    if (pending) clearTimeout(pending);
    pending = null;
    area.querySelector('.receipt')?.remove();
    status.textContent = '';
    status.className = '';
  }

  function mount(code) {
    const next = renderForm(doc, code);
    if (view) view.form.replaceWith(next.form);
    else area.insertBefore(next.form, status);
    view = { ...next, code };
    onRender?.(code);
  }

  function updateWords() {
    const { words, fields } = view;
    if (words)
      words.value = amountInWords(fields.get('amount').value, fields.get('currency').value, nzh);
  }

  function setStatus(text, cls) {
    status.textContent = text;
    status.className = cls;
  }

  function submit() {
    if (pending) return;
    clearOutcome();
    const { fields, code } = view;
    const amountField = fields.get('amount');
    const parsed = amountField ? parseAmount(amountField.value) : null;
    if (parsed && !parsed.ok) {
      setStatus(`交易失败：${parsed.reason}`, 'is-error');
      amountField.focus();
      return;
    }
    setStatus('处理中…', 'is-pending');
    view.buttons.submit.disabled = true;
    const submitButton = view.buttons.submit;
    pending = setTimeout(() => {
      pending = null;
      submitButton.disabled = false;
      const now = new Date();
      const serial = nextSerial(now);
      const biz = findBizType(code);
      const rows = [
        ['流水号', 'Serial No.', serial],
        ['交易', 'Transaction', `${code} ${biz.zh}`],
        ['账号', 'Account', maskAccount(fields.get('account').value)],
      ];
      if (parsed)
        rows.push([
          '金额',
          'Amount',
          `${fields.get('currency').value} ${formatAmount(parsed.value)}`,
        ]);
      const remarks = fields.get('remarks')?.value.trim();
      if (remarks) rows.push(['备注', 'Remarks', remarks]);
      rows.push(['时间', 'Time', dateTimeText(now)]);
      setStatus(`交易成功 · 流水号 ${serial}`, 'is-ok');
      const receipt = buildReceipt(doc, rows);
      status.after(receipt);
      receipt.scrollIntoView?.({ block: 'nearest' });
    }, PROCESSING_MS);
  }

  area.addEventListener('change', (event) => {
    if (event.target.id !== 'biz-type') return;
    clearOutcome();
    mount(event.target.value);
    doc.getElementById('biz-type').focus();
  });
  const onEdit = (event) => {
    if (event.target.id === 'biz-type' || !view.form.contains(event.target)) return;
    if (area.querySelector('.receipt') || status.className === 'is-error') clearOutcome();
    const key = [...view.fields].find(([, el]) => el === event.target)?.[0];
    if (key === 'amount' || key === 'currency') updateWords();
  };
  area.addEventListener('input', onEdit);
  area.addEventListener('change', onEdit);
  area.addEventListener('focusout', (event) => {
    const amount = view.fields.get('amount');
    if (event.target !== amount) return;
    const parsed = parseAmount(amount.value);
    if (parsed.ok) amount.value = formatAmount(parsed.value);
  });
  area.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  area.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button || !view) return;
    const isNext = button === view.buttons.next;
    if (isNext || button === view.buttons.reset) {
      clearOutcome();
      mount(view.code);
      if (isNext) onNextClient();
    }
  });

  mount(initialBizType);

  return {
    /** Switches business type the way a teller does: pick it in the select. */
    selectBizType(code) {
      const select = doc.getElementById('biz-type');
      select.value = code;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    field: (key) => view.fields.get(key) ?? null,
    submit: () => view.form.requestSubmit(view.buttons.submit),
    clear() {
      clearOutcome();
      mount(view.code);
    },
  };
}
