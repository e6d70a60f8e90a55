// The receipt block (交易凭条) shown after a successful transaction.

let sequence = 0;

function pad(n, width) {
  return String(n).padStart(width, '0');
}

export function dateTimeText(d) {
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
  return `${date} ${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}:${pad(d.getSeconds(), 2)}`;
}

/** 流水号: date + branch 0101 + teller T001 + per-session sequence. */
export function nextSerial(d) {
  sequence += 1;
  return `${d.getFullYear()}${pad(d.getMonth() + 1, 2)}${pad(d.getDate(), 2)}0101T001${pad(sequence, 6)}`;
}

/** "6222021234567891234" → "6222 **** **** 1234" */
export function maskAccount(text) {
  const digits = String(text ?? '').replace(/\D/g, '');
  if (digits.length < 8) return '—';
  return `${digits.slice(0, 4)} **** **** ${digits.slice(-4)}`;
}

/** rows: Array<[zh label, en label, value]> */
export function buildReceipt(doc, rows) {
  const section = doc.createElement('section');
  section.className = 'receipt';
  section.setAttribute('aria-label', '交易凭条 Receipt');
  const head = doc.createElement('h3');
  head.append('交易成功 ');
  const en = doc.createElement('small');
  en.textContent = 'Transaction successful';
  head.append(en);
  const dl = doc.createElement('dl');
  for (const [zh, enLabel, value] of rows) {
    const dt = doc.createElement('dt');
    dt.append(`${zh} `);
    const small = doc.createElement('small');
    small.textContent = enLabel;
    dt.append(small);
    const dd = doc.createElement('dd');
    dd.textContent = value;
    dl.append(dt, dd);
  }
  const foot = doc.createElement('p');
  foot.className = 'receipt-foot';
  foot.textContent = '请客户核对凭条并签字确认 · Ask the client to check and sign';
  section.append(head, dl, foot);
  return section;
}
