// Heavy-page load for benchmarks (served only as /heavy.html): a large, unrelated transaction
// journal (≥ 5,000 nodes) and a market ticker that makes `?rate=` (default 300) unrelated
// DOM mutations per second. Stats are readable as globalThis.heavyPageStats.

const JOURNAL_ROWS = 800;
const QUOTES = [
  'USD/CNY',
  'EUR/CNY',
  'HKD/CNY',
  'JPY/CNY',
  'GBP/CNY',
  'AU9999',
  'AG(T+D)',
  'SHIBOR',
  'LPR1Y',
  'CNH',
];
const NAMES = [
  '现金存款',
  '现金取款',
  '转账',
  '代发工资',
  '缴费',
  '余额查询',
  '密码修改',
  '开户',
  '销户',
];

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cell(tag, text) {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

function buildJournal(random) {
  const section = document.createElement('section');
  section.className = 'panel journal';
  section.id = 'journal';
  const head = document.createElement('div');
  head.className = 'panel-head';
  head.append('当日交易流水 ', cell('small', 'Today’s journal (branch 0101)'));
  const table = document.createElement('table');
  table.className = 'journal-table';
  const headRow = document.createElement('tr');
  for (const h of ['时间', '流水号', '柜员', '交易码', '交易名称', '账号', '金额', '状态'])
    headRow.append(cell('th', h));
  table.createTHead().append(headRow);
  const body = table.createTBody();
  for (let i = 0; i < JOURNAL_ROWS; i += 1) {
    const tr = document.createElement('tr');
    const minutes = 8 * 60 + 30 + Math.floor(i / 3);
    const time = `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    tr.append(
      cell('td', time),
      cell('td', `0101T00${1 + (i % 4)}${String(100000 + i)}`),
      cell('td', `T00${1 + (i % 4)}`),
      cell('td', `9${String(Math.floor(random() * 900) + 100)}`),
      cell('td', NAMES[Math.floor(random() * NAMES.length)]),
      cell('td', `62** **** **** ${String(Math.floor(random() * 10000)).padStart(4, '0')}`),
      cell('td', (Math.floor(random() * 500000) / 100).toFixed(2)),
      cell('td', random() < 0.97 ? '成功' : '冲正'),
    );
    body.append(tr);
  }
  const scroller = document.createElement('div');
  scroller.className = 'journal-scroll';
  scroller.append(table);
  section.append(head, scroller);
  return section;
}

function buildTicker() {
  const strip = document.createElement('div');
  strip.className = 'ticker';
  strip.id = 'ticker';
  const cells = QUOTES.map((q) => {
    const item = document.createElement('span');
    const value = cell('b', '—');
    item.append(`${q} `, value);
    strip.append(item);
    return value;
  });
  return { strip, cells };
}

const rate = Math.max(0, Number(new URLSearchParams(location.search).get('rate') ?? 300) || 0);
const random = prng(20240101);
const stats = { rate, mutations: 0, journalNodes: 0 };
globalThis.heavyPageStats = stats;

const journal = buildJournal(random);
const ticker = buildTicker();
document.querySelector('.content').append(ticker.strip, journal);
stats.journalNodes = journal.querySelectorAll('*').length;

if (rate > 0) {
  const TICK_MS = 50;
  let budget = 0;
  let next = 0;
  setInterval(() => {
    budget += (rate * TICK_MS) / 1000;
    while (budget >= 1) {
      budget -= 1;
      next += 1;
      stats.mutations += 1;
      if (next % 10 === 0) {
        // Every tenth mutation is a new journal row (the oldest one scrolls off).
        const rows = journal.querySelector('tbody');
        rows.lastElementChild.remove();
        rows.prepend(rows.firstElementChild.cloneNode(true));
      } else {
        ticker.cells[next % ticker.cells.length].textContent = (1 + random() * 9).toFixed(4);
      }
    }
  }, TICK_MS);
}
