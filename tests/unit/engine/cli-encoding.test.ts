/**
 * The detect CLI decodes pages and frames as the browser does: BOM, `--encoding`, the HTTP
 * charset, `<meta charset>` / `<meta http-equiv>`, then UTF-8; a frame without a declaration takes
 * its parent's encoding. Pages are served over HTTP in-process and loaded with the CLI's loader.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charsetOf, prescanMeta, sniffEncoding } from '../../../cli/encoding';
import { loadPage } from '../../../cli/load-page';
import { encodeLegacy, encodeUtf16le } from './legacy-encode';

const TEXT = '账号户名交易金额';
const TEXT_TRADITIONAL = '帳號戶名交易金額';
const body = (head: string, text = TEXT) =>
  `<!doctype html><html><head>${head}<title>t</title></head><body><p id="v">${text}</p></body></html>`;
const utf8 = (text: string) => new TextEncoder().encode(text);
const bom8 = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
const GBK_META = '<meta charset="GBK">';
const GBK_HTTP_EQUIV = '<meta http-equiv="Content-Type" content="text/html; charset=GBK">';

describe('sniffEncoding (pure)', () => {
  it.each<[string, Uint8Array, Parameters<typeof sniffEncoding>[1], string, string]>([
    ['UTF-8 BOM beats a GBK meta', bom8(body(GBK_META)), {}, 'utf-8', 'bom'],
    ['UTF-16LE BOM', encodeUtf16le(body('')), {}, 'utf-16le', 'bom'],
    ['meta charset GBK', utf8(body(GBK_META)), {}, 'gbk', 'meta'],
    ['meta charset gb2312 is GBK', utf8(body('<meta charset=gb2312>')), {}, 'gbk', 'meta'],
    ['meta charset GB18030', utf8(body("<meta charset='GB18030'>")), {}, 'gb18030', 'meta'],
    ['meta charset Big5', utf8(body('<meta charset="big5">')), {}, 'big5', 'meta'],
    ['http-equiv Content-Type', utf8(body(GBK_HTTP_EQUIV)), {}, 'gbk', 'meta'],
    [
      'a meta inside a comment is not one',
      utf8(body(`<!-- ${GBK_META} -->`)),
      {},
      'utf-8',
      'default',
    ],
    ['meta utf-16 means utf-8', utf8(body('<meta charset="utf-16">')), {}, 'utf-8', 'meta'],
    ['HTTP charset beats meta', utf8(body(GBK_META)), { transportLabel: 'big5' }, 'big5', 'http'],
    [
      '--encoding beats HTTP and meta',
      utf8(body(GBK_META)),
      { override: 'gb18030', transportLabel: 'big5' },
      'gb18030',
      'override',
    ],
    ['--encoding does not beat a BOM', bom8(body('')), { override: 'gbk' }, 'utf-8', 'bom'],
    ['nothing declared: UTF-8', utf8(body('')), {}, 'utf-8', 'default'],
    ['nothing declared, not UTF-8: GBK', encodeLegacy(body(''), 'gbk'), {}, 'gbk', 'default'],
  ])('%s', (_name, bytes, options, encoding, source) => {
    expect(sniffEncoding(bytes, options)).toEqual({ encoding, source });
  });

  it('reads only the first 1024 bytes for a meta, as browsers do', () => {
    expect(prescanMeta(utf8(`<!doctype html>${' '.repeat(1100)}${GBK_META}`))).toBeNull();
  });

  it.each([
    ['text/html; charset=GBK', 'GBK'],
    ['text/html;charset="big5"', 'big5'],
    ['text/html', null],
    [null, null],
  ])('charsetOf(%j) = %j', (header, label) => {
    expect(charsetOf(header)).toBe(label);
  });
});

interface Route {
  bytes: Uint8Array;
  type?: string;
}

describe('loadPage decodes pages and frames', () => {
  const routes = new Map<string, Route>();
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      const route = routes.get(request.url ?? '');
      if (!route) return void response.writeHead(404).end();
      response
        .writeHead(200, { 'Content-Type': route.type ?? 'text/html' })
        .end(Buffer.from(route.bytes));
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

  async function textOf(path: string, encoding?: string) {
    const { dom, warnings } = await loadPage(`${base}${path}`, { encoding });
    try {
      const doc = dom.window.document;
      const frames = Array.from(doc.querySelectorAll('frame, iframe'), (frame) => {
        const inner = (frame as HTMLIFrameElement).contentDocument;
        return { charset: inner?.characterSet, text: inner?.getElementById('v')?.textContent };
      });
      return {
        charset: doc.characterSet,
        text: doc.getElementById('v')?.textContent,
        frames,
        warnings,
      };
    } finally {
      dom.window.close();
    }
  }

  it.each<[string, Route, string | undefined, string, string?]>([
    ['UTF-8 with BOM', { bytes: bom8(body('')) }, undefined, 'UTF-8'],
    ['UTF-16LE with BOM', { bytes: encodeUtf16le(body('')) }, undefined, 'UTF-16LE'],
    ['GBK with <meta charset>', { bytes: encodeLegacy(body(GBK_META), 'gbk') }, undefined, 'GBK'],
    [
      'GBK with <meta http-equiv>',
      { bytes: encodeLegacy(body(GBK_HTTP_EQUIV), 'gbk') },
      undefined,
      'GBK',
    ],
    [
      'GB18030 with <meta charset>',
      { bytes: encodeLegacy(body('<meta charset="gb18030">'), 'gb18030') },
      undefined,
      'gb18030',
    ],
    [
      'Big5 with <meta charset>',
      { bytes: encodeLegacy(body('<meta charset="big5">', TEXT_TRADITIONAL), 'big5') },
      undefined,
      'Big5',
      TEXT_TRADITIONAL,
    ],
    [
      'GBK by the HTTP charset',
      { bytes: encodeLegacy(body(''), 'gbk'), type: 'text/html; charset=gbk' },
      undefined,
      'GBK',
    ],
    [
      'GBK without a declaration, --encoding gbk',
      { bytes: encodeLegacy(body(''), 'gbk') },
      'gbk',
      'GBK',
    ],
    [
      'GBK bytes under a wrong utf-8 meta, --encoding gbk',
      { bytes: encodeLegacy(body('<meta charset="utf-8">'), 'gbk') },
      'gbk',
      'GBK',
    ],
  ])('%s', async (name, route, encoding, charset, text = TEXT) => {
    const path = `/${encodeURIComponent(name)}.html`;
    routes.set(path, route);
    const read = await textOf(path, encoding);
    expect(read).toMatchObject({ charset, text, warnings: [] });
  });

  it('reads an undeclared page that is not UTF-8 as GBK, with a warning', async () => {
    routes.set('/undeclared.html', { bytes: encodeLegacy(body(''), 'gbk') });
    const read = await textOf('/undeclared.html');
    expect(read.text).toBe(TEXT);
    expect(read.warnings.join()).toContain('--encoding');
  });

  it('attaches declarative shadow roots inside a frame, decoded with the parent’s encoding', async () => {
    routes.set('/dsd.html', {
      bytes: encodeLegacy(`<meta charset="gbk"><iframe src="/dsd-frame.html"></iframe>`, 'gbk'),
    });
    routes.set('/dsd-frame.html', {
      bytes: encodeLegacy(
        `<x-in id="h"><template shadowrootmode="open"><p id="v">${TEXT}</p></template></x-in>`,
        'gbk',
      ),
    });
    const { dom } = await loadPage(`${base}/dsd.html`);
    try {
      const frame = dom.window.document.querySelector('iframe');
      const inner = frame?.contentDocument;
      expect(inner?.characterSet).toBe('GBK'); // the parent's encoding
      expect(inner?.getElementById('h')?.shadowRoot?.getElementById('v')?.textContent).toBe(TEXT);
    } finally {
      dom.window.close();
    }
  });

  describe('frames of a frameset', () => {
    const frameset = (head: string) =>
      `<html><head>${head}</head><frameset rows="*,*"><frame id="a" src="/f/a.html"><frame id="b" src="/f/b.html"></frameset></html>`;

    it('a GBK frame with its own meta, an undeclared frame taking the parent’s GBK', async () => {
      routes.set('/fs.html', { bytes: encodeLegacy(frameset(GBK_META), 'gbk') });
      routes.set('/f/a.html', { bytes: encodeLegacy(body(GBK_HTTP_EQUIV), 'gbk') });
      routes.set('/f/b.html', { bytes: encodeLegacy(body(''), 'gbk') });
      const read = await textOf('/fs.html');
      expect(read.frames).toEqual([
        { charset: 'GBK', text: TEXT },
        { charset: 'GBK', text: TEXT },
      ]);
    });

    it('--encoding applies to the frames too', async () => {
      routes.set('/fs2.html', { bytes: utf8(frameset('')) });
      routes.set('/f/a.html', { bytes: encodeLegacy(body('<meta charset="utf-8">'), 'gbk') });
      routes.set('/f/b.html', { bytes: encodeLegacy(body(''), 'gbk') });
      const read = await textOf('/fs2.html', 'gbk');
      expect(read.frames.map((frame) => frame.text)).toEqual([TEXT, TEXT]);
    });
  });
});
