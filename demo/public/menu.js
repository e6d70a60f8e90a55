// Left-hand transaction menu (交易菜单) and the quick transaction-code box (交易码).
import { BIZ_TYPES, findBizType } from './biz-types.js';

export function buildMenu(doc, list, onPick) {
  const groups = new Map();
  for (const biz of BIZ_TYPES) {
    if (!groups.has(biz.group)) {
      const heading = doc.createElement('div');
      heading.className = 'menu-group';
      heading.textContent = biz.group;
      const ul = doc.createElement('ul');
      list.append(heading, ul);
      groups.set(biz.group, ul);
    }
    const li = doc.createElement('li');
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset.code = biz.code;
    const code = doc.createElement('span');
    code.className = 'menu-code';
    code.textContent = biz.code;
    button.append(code, ` ${biz.zh}`);
    li.append(button);
    groups.get(biz.group).append(li);
  }
  list.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-code]');
    if (button) onPick(button.dataset.code);
  });
}

/** Marks the menu entry of the current business type. */
export function markMenu(list, code) {
  for (const b of list.querySelectorAll('button[data-code]')) {
    b.classList.toggle('active', b.dataset.code === code);
  }
}

export function wireQuickCode(input, message, onPick) {
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const code = input.value.trim();
    if (findBizType(code)) {
      message.textContent = '';
      input.value = '';
      onPick(code);
    } else {
      message.textContent = `无此交易码 ${code}`;
    }
  });
}
