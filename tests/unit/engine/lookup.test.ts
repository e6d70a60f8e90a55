// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/profile/extract';
import { parseProfile } from '../../../lib/profile/parse';
import type { TerminalProfile, TerminalProfileInput } from '../../../lib/profile/schema';
import { addFrame, addShadow, nodesFrom, setBody } from './dom-helpers';

function profileWith(
  fields: TerminalProfileInput['fields'],
  extra: Partial<TerminalProfileInput> = {},
): TerminalProfile {
  const result = parseProfile({
    schemaVersion: 1,
    id: 'test',
    name: 'test',
    version: '1',
    matches: ['http://localhost/*'],
    fields,
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profile;
}

function read(
  fields: TerminalProfileInput['fields'],
  doc: Document = document,
  extra: Partial<TerminalProfileInput> = {},
) {
  return extractPage(doc, profileWith(fields, extra));
}

function valueOf(
  key: string,
  fields: TerminalProfileInput['fields'],
  doc: Document = document,
): string | null {
  return read(fields, doc).fields[key]?.value ?? null;
}

beforeEach(() => {
  setBody(document, '');
});

describe('label lookup', () => {
  it('follows <label for> to a control whose id is regenerated', () => {
    setBody(
      document,
      '<div class="field"><label for="f-3k9x">金额 <small>Amount</small></label><input id="f-3k9x" value="600,000.00"></div>',
    );
    expect(valueOf('amount', { amount: { label: '金额' } })).toBe('600,000.00');
  });

  it('reads the <td> after a <th> inside a same-origin frame', () => {
    setBody(document, '<p>主页面</p>');
    addFrame(
      document,
      'client-frame',
      '<table><tr><th>客户姓名</th><td>张伟</td></tr><tr><th>客户等级</th><td>钻石</td></tr></table>',
    );
    expect(valueOf('clientLevel', { clientLevel: { label: '客户等级' } })).toBe('钻石');
    expect(
      valueOf('clientLevel', { clientLevel: { label: '客户等级', frame: '#client-frame' } }),
    ).toBe('钻石');
  });

  it('finds a labelled control inside an open shadow root', () => {
    setBody(document, '<p>terminal</p>');
    addShadow(
      document,
      '<div><label for="amt">交易金额：</label><input id="amt" value="¥88,000.00"></div>',
    );
    expect(valueOf('amount', { amount: { label: '交易金额' } })).toBe('¥88,000.00');
  });

  it('finds a label inside a shadow root inside a frame', () => {
    const frame = addFrame(document, 'inner', '<p>frame</p>');
    const inner = frame.contentDocument as Document;
    addShadow(inner, '<dl><dt>备注</dt><dd>客户咨询理财</dd></dl>');
    expect(valueOf('remarks', { remarks: { label: '备注' } })).toBe('客户咨询理财');
  });

  it('does not see into a closed shadow root', () => {
    addShadow(document, '<label for="x">金额</label><input id="x" value="1">', 'closed');
    const extraction = read({ amount: { label: '金额' } });
    expect(extraction.fields.amount).toEqual({ found: false, refused: false, value: null });
    expect(extraction.missing).toEqual(['amount']);
  });

  it('treats a cross-origin frame as missing, without throwing', () => {
    const frame = addFrame(
      document,
      'bank-frame',
      '<table><tr><th>客户等级</th><td>钻石</td></tr></table>',
    );
    Object.defineProperty(frame, 'contentDocument', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    const extraction = read({ clientLevel: { label: '客户等级', required: true } });
    expect(extraction.missingRequired).toEqual(['clientLevel']);
  });

  it('reads the element after a label span (label-then-next-sibling)', () => {
    setBody(
      document,
      '<div class="amount-words"><span class="label">大写金额</span><output>人民币陆拾万元整</output></div>',
    );
    expect(valueOf('words', { words: { label: '大写金额' } })).toBe('人民币陆拾万元整');
  });

  it('reads a control wrapped by its label, and a <th><span>…</span></th> label', () => {
    setBody(
      document,
      '<label>备注 <input value="白金卡"></label><table><tr><th><span>证件号码</span></th><td>110101********1234</td></tr></table>',
    );
    expect(valueOf('remarks', { remarks: { label: '备注' } })).toBe('白金卡');
    expect(valueOf('id', { id: { label: '证件号码' } })).toBe('110101********1234');
  });

  it('matches the label exactly: "金额" is not "大写金额", and option text is no label', () => {
    setBody(
      document,
      '<select><option>金额</option></select><span>大写金额</span><output>壹元</output><span>金额</span><b>42.00</b>',
    );
    expect(valueOf('amount', { amount: { label: '金额' } })).toBe('42.00');
  });

  it('normalises whitespace, full-width colons and required markers', () => {
    setBody(document, '<table><tr><th>*\u3000客户 姓名 ：</th><td>李娜</td></tr></table>');
    expect(valueOf('name', { name: { label: '客户 姓名' } })).toBe('李娜');
    expect(valueOf('name', { name: { label: '客户姓名' } })).toBe('李娜');
  });

  it('restricts a field to its frame, ignoring the same label elsewhere', () => {
    setBody(document, '<table><tr><th>卡号</th><td>RECEIPT 9999</td></tr></table>');
    addFrame(
      document,
      'client-frame',
      '<table><tr><th>卡号</th><td>6222 **** **** 1234</td></tr></table>',
    );
    expect(valueOf('card', { card: { label: '卡号', frame: '#client-frame' } })).toBe(
      '6222 **** **** 1234',
    );
  });

  it('inside the frame itself (a content script running there), a frame-restricted field is read from it', () => {
    const frame = addFrame(
      document,
      'client-frame',
      '<table><tr><th>客户等级</th><td>白金</td></tr></table>',
    );
    expect(
      valueOf(
        'level',
        { level: { label: '客户等级', frame: '#client-frame' } },
        frame.contentDocument as Document,
      ),
    ).toBe('白金');
  });

  it('survives a re-render that replaces the form with new ids', () => {
    setBody(
      document,
      '<form><label for="f-a1">金额</label><input id="f-a1" value="1,000.00"></form>',
    );
    const profile = profileWith({ amount: { label: '金额' } });
    expect(extractPage(document, profile).fields.amount?.value).toBe('1,000.00');
    const [fresh] = nodesFrom(
      document,
      '<form><label for="f-b2">金额</label><input id="f-b2" value="2,000.00"></form>',
    );
    document.querySelector('form')?.replaceWith(fresh as Node);
    expect(extractPage(document, profile).fields.amount?.value).toBe('2,000.00');
  });
});

describe('selectors and read modes', () => {
  beforeEach(() => {
    setBody(
      document,
      '<select id="biz"><option value="0101">现金存款</option><option value="0102" selected>定期整存整取</option></select>' +
        '<div id="lvl" data-level="VIP3">  贵宾\n 客户 </div><input id="empty" value="—">',
    );
  });

  it.each([
    [{ selector: '#biz', read: 'value' as const }, '0102'],
    [{ selector: '#biz', read: 'selectedText' as const }, '定期整存整取'],
    [{ selector: '#biz' }, '定期整存整取'],
    [{ selector: '#lvl', read: 'text' as const }, '贵宾 客户'],
    [{ selector: '#lvl', read: 'attribute' as const, attribute: 'data-level' }, 'VIP3'],
    [{ selector: '#empty' }, null],
  ])('%j → %j', (spec, expected) => {
    expect(valueOf('field', { field: spec })).toBe(expected);
  });

  it('falls back from a selector that finds nothing to the label', () => {
    setBody(document, '<label for="q">金额</label><input id="q" value="5">');
    expect(valueOf('amount', { amount: { selector: '#amount', label: '金额' } })).toBe('5');
  });

  it('reports a selector the page rejects instead of throwing', () => {
    const extraction = read({ amount: { selector: 'input[[broken' } });
    expect(extraction.missing).toEqual(['amount']);
    expect(extraction.invalidSelectors).toEqual(['input[[broken']);
  });
});

describe('never reads secrets, whatever the profile says', () => {
  /** A profile that slipped past validation (built by hand, not parsed). */
  function unchecked(
    fields: TerminalProfile['fields'],
    neverRead = { selectors: [] as string[], labels: [] as string[] },
  ): TerminalProfile {
    return { ...profileWith({ placeholder: { selector: 'body' } }), fields, neverRead };
  }

  it.each([
    [
      'a password input',
      '<label for="p">交易密码</label><input id="p" type="password" value="402816">',
      '#p',
    ],
    ['an input named pin', '<input id="x" name="pin" value="402816">', '#x'],
    [
      'an input labelled 密码',
      '<label for="y">查询密码</label><input id="y" value="402816">',
      '#y',
    ],
    ['a CVV input', '<input id="cardCvv" value="402816">', '#cardCvv'],
    ['a one-time code', '<input id="z" autocomplete="one-time-code" value="402816">', '#z'],
    [
      'a CSS-masked input',
      '<input id="w" style="-webkit-text-security: disc" value="402816">',
      '#w',
    ],
  ])('refuses %s', (_what, markup, selector) => {
    setBody(document, markup);
    const extraction = extractPage(
      document,
      unchecked({ secret: { selector, read: 'value', required: true } }),
    );
    expect(extraction.refused).toEqual(['secret']);
    expect(extraction.missingRequired).toEqual(['secret']);
    expect(JSON.stringify(extraction)).not.toContain('402816');
  });

  it('refuses an element on the profile’s neverRead list', () => {
    setBody(document, '<label for="a">授权码</label><input id="a" value="402816">');
    const extraction = extractPage(
      document,
      unchecked(
        { code: { label: '授权码', read: 'auto', required: false } },
        { selectors: [], labels: ['授权码'] },
      ),
    );
    expect(extraction.refused).toEqual(['code']);
  });
});
