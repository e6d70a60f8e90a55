// Loads a demo scenario the way a teller would enter it: client looked up, business type
// picked, card swiped, fields typed (input/change events fire as for real typing).

function typeInto(el, value) {
  el.focus();
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.blur();
}

export function applyScenario(scenario, { txn, clientPanel }) {
  const { client, form } = scenario;
  txn.clear();
  clientPanel.show(client);
  txn.selectBizType(form.bizType);
  const values = {
    account: client.cardFull,
    currency: form.currency,
    amount: form.amount == null ? undefined : String(form.amount),
    ...form.extra,
    remarks: form.remarks,
    pin: form.pin,
  };
  for (const [key, value] of Object.entries(values)) {
    const el = txn.field(key);
    if (el && value != null && value !== '') typeInto(el, value);
  }
}
