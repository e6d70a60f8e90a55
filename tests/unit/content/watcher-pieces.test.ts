// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/profile/extract';
import { demoProfile } from '../../../lib/profile/builtin/demo';
import { rereadExtraction } from '../../../lib/content/reread';
import { classifyMutation, type WatchSet } from '../../../lib/content/relevance';
import { needsFullScan, pendingPresence, structureScope } from '../../../lib/content/scope';
import { buildFrameReport } from '../../../lib/content/frame-report';
import type { TerminalProfile } from '../../../lib/profile/schema';

const profile: TerminalProfile = {
  ...demoProfile,
  fields: {
    businessType: { selector: '#biz', read: 'value', required: true },
    amount: { label: '金额', read: 'value', required: false },
    accountNumber: { label: '卡号/账号', read: 'value', required: false },
    remarks: { label: '备注', read: 'value', required: false },
    term: { label: '存期', read: 'selectedText', required: false },
  },
};

function terminal(): Document {
  document.body.innerHTML = `
    <div id="ticker">09:00:00</div>
    <main id="area"><form id="f">
      <select id="biz"><option value="0102" selected>定期整存整取</option></select>
      <label for="a1">金额</label><input id="a1" value="600000">
      <label for="c1">卡号/账号</label><input id="c1" value="6222021234567891234">
      <label for="r1">备注</label><input id="r1" value="卡号 6222021234567891234 客户出示他行VIP卡">
      <label for="p1">交易密码</label><input id="p1" type="password" value="402816">
    </form></main>`;
  return document;
}

describe('frame report: what leaves the frame', () => {
  it('masks the account number to its last 4, masks long digit runs in free text, never carries the PIN', () => {
    const report = buildFrameReport(extractPage(terminal(), profile), profile);
    expect(report.fields.accountNumber).toBe('**** 1234');
    expect(report.fields.amount).toBe('600000');
    expect(report.fields.remarks).not.toContain('6222021234567891234');
    expect(JSON.stringify(report)).not.toContain('402816');
    expect(report.missing).toEqual(['term']);
  });
});

describe('fast re-read of known fields', () => {
  it('reads the new value without searching the page again', () => {
    const doc = terminal();
    const first = extractPage(doc, profile);
    (doc.getElementById('a1') as HTMLInputElement).value = '2000';
    const again = rereadExtraction(first, profile, doc);
    expect(again?.fields.amount?.value).toBe('2000');
  });

  it('gives up (null → full extraction) when a known field left the page (SPA re-render)', () => {
    const doc = terminal();
    const first = extractPage(doc, profile);
    doc.getElementById('f')?.replaceWith(doc.createElement('form'));
    expect(rereadExtraction(first, profile, doc)).toBeNull();
  });

  it('refuses a field that turned into a password box', () => {
    const doc = terminal();
    const first = extractPage(doc, profile);
    (doc.getElementById('a1') as HTMLInputElement).type = 'password';
    expect(rereadExtraction(first, profile, doc)).toBeNull();
  });
});

describe('which mutations matter', () => {
  const setUp = () => {
    const doc = terminal();
    const ex = extractPage(doc, profile);
    const watch: WatchSet = {
      watched: new Set(ex.elements.values()),
      pending: [{ label: '存期' }, { selector: 'section.receipt' }],
    };
    return { doc, watch };
  };
  const record = (r: Partial<MutationRecord>) =>
    ({
      type: 'childList',
      addedNodes: [] as unknown as NodeList,
      removedNodes: [] as unknown as NodeList,
      ...r,
    }) as MutationRecord;

  it.each<[string, (doc: Document) => Partial<MutationRecord>, string | null]>([
    [
      'a ticker elsewhere',
      (d) => ({ type: 'characterData', target: d.getElementById('ticker')!.firstChild! }),
      null,
    ],
    [
      'a node added elsewhere',
      (d) => ({ target: d.body, addedNodes: [d.createElement('tr')] as unknown as NodeList }),
      null,
    ],
    [
      'an attribute on a watched input',
      (d) => ({ type: 'attributes', target: d.getElementById('a1')! }),
      'value',
    ],
    [
      'the form replaced',
      (d) => ({
        target: d.getElementById('area')!,
        removedNodes: [d.getElementById('f')!] as unknown as NodeList,
      }),
      'structure',
    ],
    [
      'the receipt appearing',
      (d) => {
        const receipt = d.createElement('section');
        receipt.className = 'receipt';
        return { target: d.body, addedNodes: [receipt] as unknown as NodeList };
      },
      'structure',
    ],
    [
      'a pending field’s label appearing',
      (d) => {
        const row = d.createElement('div');
        row.textContent = '存期';
        return { target: d.getElementById('f')!, addedNodes: [row] as unknown as NodeList };
      },
      'structure',
    ],
  ])('%s → %s', (_name, make, expected) => {
    const { doc, watch } = setUp();
    expect(classifyMutation(record(make(doc)), watch)).toBe(expected);
  });
});

describe('observer scope and the safety net', () => {
  it('observes structure below the fields’ container, not the whole page', () => {
    const doc = terminal();
    const ex = extractPage(doc, profile);
    expect(structureScope(doc, ex.elements.values())).toBe(doc.getElementById('area'));
    expect(structureScope(doc, [])).toBe(doc);
  });

  it('is edge-triggered: a pending marker appearing or a field leaving asks for a full scan once', () => {
    const doc = terminal();
    const ex = extractPage(doc, profile);
    const pending = [{ selector: 'section.receipt' }];
    const atScan = pendingPresence(doc, pending);
    expect(needsFullScan(doc, ex.elements.values(), pending, atScan)).toBe(false);
    const receipt = doc.createElement('section');
    receipt.className = 'receipt';
    doc.body.append(receipt);
    expect(needsFullScan(doc, ex.elements.values(), pending, atScan)).toBe(true);
    expect(needsFullScan(doc, ex.elements.values(), pending, pendingPresence(doc, pending))).toBe(
      false,
    );
    doc.getElementById('f')?.remove();
    expect(needsFullScan(doc, ex.elements.values(), pending, pendingPresence(doc, pending))).toBe(
      true,
    );
  });
});
