// @vitest-environment jsdom
/**
 * Screens of a single-page terminal: recognised by URL (fragment included) or by a marker on the
 * page; only a screen's fields are expected there; a screen can stand for a business type; the
 * profile is validated with errors that name the bad path.
 */
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../lib/profile/parse';
import type { TerminalProfile } from '../../../lib/profile/schema';
import { applyScreens, extractionOnScreen, screenOf } from '../../../lib/profile/screens';
import { matchesPattern, matchesScreenPattern } from '../../../lib/profile/match';
import { extractPage } from '../../../lib/profile/extract';
import { detect } from '../../../lib/detect/detect';
import { setBody } from './dom-helpers';

function input(screens: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'spa',
    name: 'SPA',
    version: '1',
    matches: ['https://teller.bank.example/*'],
    fields: {
      clientName: { label: '客户姓名', read: 'text', required: true },
      clientLevel: { label: '客户等级', read: 'text' },
      amount: { label: '存款金额', read: 'value', required: true },
    },
    businessTypes: [{ kind: 'time_deposit', labels: ['定期'] }],
    screens,
    ...extra,
  };
}

function profileOf(screens: unknown): TerminalProfile {
  const parsed = parseProfile(input(screens));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

const screens = [
  { id: 'client', url: ['#/client*'], fields: ['clientName', 'clientLevel'] },
  {
    id: 'deposit',
    url: ['https://teller.bank.example/app/#/deposit*'],
    fields: ['amount'],
    businessType: '定期存款',
  },
  { id: 'wire', marker: { selector: 'h2.title', text: '汇款' }, fields: ['amount'] },
];
const APP = 'https://teller.bank.example/app/';

describe('screen URL patterns', () => {
  it('a profile match pattern ignores the fragment (as Chrome does), a screen pattern does not', () => {
    // A profile's `matches` sees one page for every screen: what screens are for.
    expect(matchesPattern('https://teller.bank.example/app/*', `${APP}#/client`)).toBe(true);
    expect(matchesPattern('https://teller.bank.example/app/*', `${APP}#/deposit`)).toBe(true);
    expect(
      matchesScreenPattern('https://teller.bank.example/app/#/deposit*', `${APP}#/client`),
    ).toBe(false);
    expect(
      matchesScreenPattern('https://teller.bank.example/app/#/deposit*', `${APP}#/deposit?x=1`),
    ).toBe(true);
    expect(matchesScreenPattern('#/client*', `${APP}#/client/c1001`)).toBe(true);
    expect(matchesScreenPattern('#/client*', `${APP}#/deposit`)).toBe(false);
    expect(matchesScreenPattern('#', APP)).toBe(true); // no fragment at all
  });
});

describe('which screen shows', () => {
  const profile = profileOf(screens);

  it('by the URL fragment', () => {
    setBody(document, '<h2 class="title">客户信息</h2>');
    expect(screenOf(profile, document, `${APP}#/client/c1001`)?.id).toBe('client');
    expect(screenOf(profile, document, `${APP}#/deposit`)?.id).toBe('deposit');
    expect(screenOf(profile, document, `${APP}#/other`)).toBeUndefined();
  });

  it('by a marker on the page (selector and text)', () => {
    setBody(document, '<h2 class="title">跨境汇款</h2>');
    expect(screenOf(profile, document, `${APP}#/other`)?.id).toBe('wire');
    setBody(document, '<h2 class="title">跨境</h2>');
    expect(screenOf(profile, document, `${APP}#/other`)).toBeUndefined();
  });

  it('by a marker inside an open shadow root', () => {
    setBody(document, '<div id="host"></div>');
    const root = document.getElementById('host')?.attachShadow({ mode: 'open' });
    root?.append(
      Object.assign(document.createElement('h2'), { className: 'title', textContent: '汇款' }),
    );
    expect(screenOf(profile, document, `${APP}#/x`)?.id).toBe('wire');
  });

  it('a profile without screens has none', () => {
    const parsed = parseProfile(input(undefined));
    expect(parsed.ok && screenOf(parsed.profile, document, APP)).toBeUndefined();
  });
});

describe('what a screen means for the extraction', () => {
  const profile = profileOf(screens);
  const clientScreen = `<div><span>客户姓名</span><span>张三丰</span></div>
    <div><span>客户等级</span><span>金卡</span></div>`;

  it('expects only the screen’s fields: the deposit amount is not missing on the client screen', () => {
    setBody(document, clientScreen);
    const raw = extractPage(document, profile);
    expect(raw.missingRequired).toEqual(['amount']); // what pauses every other screen today
    const onClient = extractionOnScreen(raw, profile, document, `${APP}#/client/c1001`);
    expect(onClient).toMatchObject({ screen: 'client', missing: [], missingRequired: [] });
  });

  it('expects the deposit fields on the deposit screen, and pauses on those', () => {
    setBody(document, '<p>空白</p>');
    const onDeposit = extractionOnScreen(
      extractPage(document, profile),
      profile,
      document,
      `${APP}#/deposit`,
    );
    expect(onDeposit).toMatchObject({ missing: ['amount'], missingRequired: ['amount'] });
  });

  it('a screen of a profile with screens that matches nothing expects nothing', () => {
    setBody(document, '<p>空白</p>');
    const raw = extractPage(document, profile);
    expect(applyScreens(raw, profile, []).missingRequired).toEqual([]);
  });

  it('gives the business type of the screen when the page shows none, and a signal from it', () => {
    setBody(document, '<label for="a">存款金额</label><input id="a" value="600000">');
    const result = detect(document, profile, { url: `${APP}#/deposit` });
    expect(result.screen).toBe('deposit');
    expect(result.signals.map((s) => s.kind)).toEqual(['time_deposit']);
    expect(detect(document, profile, { url: `${APP}#/client` }).signals).toEqual([]);
  });

  it('the page’s own business type wins over the screen’s', () => {
    const parsed = parseProfile(
      input(screens, {
        fields: {
          clientName: { label: '客户姓名', read: 'text' },
          clientLevel: { label: '客户等级', read: 'text' },
          amount: { label: '存款金额', read: 'value' },
          businessType: { selector: '#biz', read: 'text' },
        },
        businessTypes: [
          { kind: 'time_deposit', labels: ['定期'] },
          { kind: 'remittance', labels: ['汇款'] },
        ],
      }),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    setBody(
      document,
      '<b id="biz">汇款</b><label for="a">存款金额</label><input id="a" value="600000">',
    );
    const result = detect(document, parsed.profile, { url: `${APP}#/deposit` });
    expect(result.signals.map((s) => s.kind)).toEqual(['remittance']);
  });
});

describe('screens in the profile schema', () => {
  it.each<[string, unknown, Record<string, unknown>, string]>([
    [
      'a screen naming an unknown field',
      [{ id: 'a', url: ['#/a'], fields: ['nope'] }],
      {},
      'screens.0.fields.0',
    ],
    ['a screen that cannot be recognised', [{ id: 'a', fields: ['amount'] }], {}, 'screens.0.url'],
    ['a bad URL pattern', [{ id: 'a', url: ['teller/#/a'] }], {}, 'screens.0.url.0'],
    [
      'a marker with neither selector nor text',
      [{ id: 'a', marker: { frame: '#f' } }],
      {},
      'screens.0.marker',
    ],
    [
      'two screens with one id',
      [
        { id: 'a', url: ['#/a'] },
        { id: 'a', url: ['#/b'] },
      ],
      {},
      'screens.1.id',
    ],
    ['an unknown key', [{ id: 'a', url: ['#/a'], feilds: [] }], {}, 'screens.0.feilds'],
    [
      'carrying an unknown field',
      [{ id: 'a', url: ['#/a'] }],
      { carryAcrossScreens: ['nope'] },
      'carryAcrossScreens.0',
    ],
    [
      'carrying without screens',
      undefined,
      { carryAcrossScreens: ['clientLevel'] },
      'carryAcrossScreens',
    ],
  ])('rejects %s (at %s)', (_name, screensValue, extra, path) => {
    const result = parseProfile(input(screensValue, extra));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain(path);
    expect(result.errors.find((e) => e.path === path)?.message).toMatch(/\w/);
  });

  it('names the unknown field in the message', () => {
    const result = parseProfile(input([{ id: 'a', url: ['#/a'], fields: ['amuont'] }]));
    expect(!result.ok && result.errors[0]?.message).toContain('amuont');
  });
});
