// Entry point of the teller terminal page: wires the menu, client panel, transaction area,
// status bar and the demo toolbar together.
import { DEFAULT_BIZ_TYPE } from './biz-types.js';
import { createClientPanel } from './client-panel.js';
import { buildMenu, markMenu, wireQuickCode } from './menu.js';
import { dateTimeText } from './receipt.js';
import { applyScenario } from './scenario-loader.js';
import { SCENARIOS, findScenario } from './scenarios.js';
import { createTxnController } from './txn-controller.js';

const $ = (id) => document.getElementById(id);

const clientPanel = createClientPanel($('client-frame'));
const menuList = $('menu-list');
const txn = createTxnController({
  doc: document,
  area: $('txn-area'),
  status: $('txn-status'),
  nzh: globalThis.Nzh,
  initialBizType: DEFAULT_BIZ_TYPE,
  onNextClient: () => clientPanel.clear(),
  onRender: (code) => markMenu(menuList, code),
});

buildMenu(document, menuList, (code) => txn.selectBizType(code));
markMenu(menuList, DEFAULT_BIZ_TYPE);
wireQuickCode($('quick-code'), $('quick-code-msg'), (code) => txn.selectBizType(code));

function tickClock() {
  const now = new Date();
  $('clock').textContent = dateTimeText(now);
  $('biz-date').textContent = dateTimeText(now).slice(0, 10);
}
tickClock();
setInterval(tickClock, 1000);

// Demo toolbar (not part of the terminal itself).
const picker = $('scenario-picker');
for (const s of SCENARIOS) {
  const option = document.createElement('option');
  option.value = s.id;
  option.textContent = `${s.title} · ${s.titleEn}`;
  picker.append(option);
}

function loadScenario(id, submit) {
  const scenario = findScenario(id);
  if (!scenario) return false;
  picker.value = id;
  applyScenario(scenario, { txn, clientPanel });
  if (submit) txn.submit();
  return true;
}

$('scenario-load').addEventListener('click', () => {
  loadScenario(picker.value, $('scenario-submit').checked);
});

const params = new URLSearchParams(location.search);
const requested = params.get('scenario');
if (requested && !loadScenario(requested, params.get('submit') === '1')) {
  $('demo-message').textContent = `未知场景 Unknown scenario: ${requested}`;
}
