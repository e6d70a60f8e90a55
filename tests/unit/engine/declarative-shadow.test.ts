/**
 * jsdom does not attach declarative shadow roots; the CLI does, as the browser's parser does,
 * so fields inside nested open ones are found and fields inside closed ones are not.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { attachDeclarativeShadowRoots } from '../../../cli/declarative-shadow';
import { extractPage } from '../../../lib/profile/extract';
import { parseProfile } from '../../../lib/profile/parse';
import type { TerminalProfile } from '../../../lib/profile/schema';

function documentOf(body: string): Document {
  return new JSDOM(`<!doctype html><body>${body}</body>`).window.document;
}

const NESTED = `
  <outer-app id="outer"><template shadowrootmode="open">
    <p id="level1">一</p>
    <inner-form id="inner"><template shadowrootmode="open">
      <div class="row"><div>交易金额</div><div id="amount">¥350,000.00</div></div>
      <deep-part id="deep"><template shadowrootmode="open"><span id="level3">三</span></template></deep-part>
    </template></inner-form>
    <client-card id="card"><template shadowrootmode="closed">
      <div><div>客户姓名</div><div id="name">李明</div></div>
    </template></client-card>
  </template></outer-app>`;

function shadowOf(doc: Document, ...ids: string[]): ShadowRoot | null {
  let root: Document | ShadowRoot | null = doc;
  for (const id of ids) root = root?.getElementById(id)?.shadowRoot ?? null;
  return root as ShadowRoot | null;
}

describe('attachDeclarativeShadowRoots', () => {
  it('attaches nested open roots at every depth and removes their templates', () => {
    const doc = documentOf(NESTED);
    const attached = attachDeclarativeShadowRoots(doc);
    expect(attached).toHaveLength(4);
    expect(shadowOf(doc, 'outer')?.getElementById('level1')?.textContent).toBe('一');
    expect(shadowOf(doc, 'outer', 'inner')?.getElementById('amount')?.textContent).toBe(
      '¥350,000.00',
    );
    expect(shadowOf(doc, 'outer', 'inner', 'deep')?.getElementById('level3')?.textContent).toBe(
      '三',
    );
    expect(doc.querySelectorAll('template').length).toBe(0);
  });

  it('attaches closed roots closed: not reachable through shadowRoot', () => {
    const doc = documentOf(NESTED);
    const attached = attachDeclarativeShadowRoots(doc);
    const card = shadowOf(doc, 'outer')?.getElementById('card');
    expect(card?.shadowRoot).toBeNull();
    const closed = attached.find((root) => root.mode === 'closed');
    expect(closed?.host).toBe(card);
    expect(closed?.getElementById('name')?.textContent).toBe('李明');
  });

  it('reads the older shadowroot attribute too', () => {
    const doc = documentOf(
      '<x-old id="h"><template shadowroot="open"><b id="in">旧</b></template></x-old>',
    );
    attachDeclarativeShadowRoots(doc);
    expect(shadowOf(doc, 'h')?.getElementById('in')?.textContent).toBe('旧');
  });

  it('leaves a template alone where the browser would: bad mode, invalid host, second root, inert template', () => {
    const doc = documentOf(`
      <div id="bad"><template shadowrootmode="sideways"><b>x</b></template></div>
      <table><tr><td id="cell"><template shadowrootmode="open"><b>x</b></template></td></tr></table>
      <div id="twice"><template shadowrootmode="open"><b id="first">1</b></template><template shadowrootmode="open"><b>2</b></template></div>
      <template id="inert"><div id="in-inert"><template shadowrootmode="open"><b>x</b></template></div></template>`);
    const attached = attachDeclarativeShadowRoots(doc);
    expect(attached).toHaveLength(1);
    expect(doc.getElementById('bad')?.shadowRoot).toBeNull();
    expect(doc.getElementById('cell')?.shadowRoot).toBeNull();
    expect(doc.querySelector('#cell > template')).not.toBeNull();
    expect(shadowOf(doc, 'twice')?.getElementById('first')).not.toBeNull();
    expect(doc.querySelectorAll('#twice > template')).toHaveLength(1);
    const inert = doc.getElementById('inert') as HTMLTemplateElement;
    expect(inert.content.querySelector('template')).not.toBeNull();
  });

  it('lets the engine find fields in nested open roots and not in closed ones', () => {
    const parsed = parseProfile({
      schemaVersion: 1,
      id: 'dsd',
      name: 'dsd',
      version: '1',
      matches: ['https://teller.example/*'],
      fields: { amount: { label: '交易金额' }, clientName: { label: '客户姓名' } },
    });
    if (!parsed.ok) throw new Error('test profile is invalid');
    const profile: TerminalProfile = parsed.profile;
    const before = extractPage(documentOf(NESTED), profile);
    expect(before.missing).toEqual(['amount', 'clientName']);
    const doc = documentOf(NESTED);
    attachDeclarativeShadowRoots(doc);
    const after = extractPage(doc, profile);
    expect(after.fields.amount?.value).toBe('¥350,000.00');
    expect(after.missing).toEqual(['clientName']);
  });
});
