// The legacy client panel (客户信息) inside <iframe id="client-frame">. The parent posts
// { type: 'demo-terminal:client', client } and the table is rebuilt with new nodes.

const ROWS = [
  ['客户姓名', 'name'],
  ['卡号', 'cardMasked'],
  ['客户等级', 'level'],
  ['证件号码', 'idMasked'],
  ['联系电话', 'phoneMasked'],
];
const LEVEL_CLASS = {
  普通: 'lvl-ordinary',
  金卡: 'lvl-gold',
  白金: 'lvl-platinum',
  钻石: 'lvl-diamond',
  私人银行: 'lvl-private',
};

function render(client) {
  const tbody = document.createElement('tbody');
  for (const [label, key] of ROWS) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.textContent = label;
    const td = document.createElement('td');
    const value =
      client && typeof client[key] === 'string' && client[key] !== '' ? client[key] : '—';
    td.textContent = value;
    if (key === 'level' && LEVEL_CLASS[value]) td.className = LEVEL_CLASS[value];
    tr.append(th, td);
    tbody.append(tr);
  }
  document.querySelector('.client-table tbody').replaceWith(tbody);
  document.body.classList.toggle('has-client', Boolean(client));
}

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== window.parent) return;
  const data = event.data;
  if (data && data.type === 'demo-terminal:client') render(data.client ?? null);
});

if (window.parent !== window)
  window.parent.postMessage({ type: 'demo-terminal:frame-ready' }, location.origin);
