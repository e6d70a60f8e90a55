// @vitest-environment node
/** update.xml: what Chromium's extension updater reads (id, version, where the .crx is). */
import { describe, expect, it } from 'vitest';
import {
  crxFileName,
  parseUpdateManifest,
  renderUpdateManifest,
} from '../../../server/extension/update-manifest';

const ID = 'cnlnphojncnoedhllinmejbcbjaagmna';

describe('update manifest', () => {
  it('is the gupdate form with the id, the version and the codebase', () => {
    const xml = renderUpdateManifest({
      appId: ID,
      version: '1.2.3',
      codebase: 'https://sidekick.branch0101.bank.example/extension/teller-sidekick-1.2.3.crx',
    });
    expect(xml).toBe(
      [
        "<?xml version='1.0' encoding='UTF-8'?>",
        "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
        `  <app appid='${ID}'>`,
        "    <updatecheck codebase='https://sidekick.branch0101.bank.example/extension/teller-sidekick-1.2.3.crx' version='1.2.3' />",
        '  </app>',
        '</gupdate>',
        '',
      ].join('\n'),
    );
  });

  it('escapes what XML would read as markup, and reads it back', () => {
    const codebase = "https://files.bank.example/ext?a=1&b='2'<x>";
    const xml = renderUpdateManifest({ appId: ID, version: '0.1.0', codebase });
    expect(xml).toContain(
      "codebase='https://files.bank.example/ext?a=1&amp;b=&apos;2&apos;&lt;x&gt;'",
    );
    expect(parseUpdateManifest(xml)).toEqual({ appId: ID, version: '0.1.0', codebase });
  });

  it.each([
    [{ appId: 'not-an-id', version: '1.0', codebase: 'https://x.example/a.crx' }, /appid/],
    [{ appId: ID, version: '1.0.0.0.0', codebase: 'https://x.example/a.crx' }, /version/],
    [{ appId: ID, version: '01.0', codebase: 'https://x.example/a.crx' }, /version/],
    [{ appId: ID, version: '1.0', codebase: 'a.crx' }, /absolute URL/],
    [{ appId: ID, version: '1.0', codebase: 'file:///tmp/a.crx' }, /http or https/],
  ])('refuses %o', (manifest, error) => {
    expect(() => renderUpdateManifest(manifest)).toThrow(error);
  });

  it('refuses to read back something that is not an update manifest', () => {
    expect(() => parseUpdateManifest('<html></html>')).toThrow(/expected <gupdate>/);
    expect(() =>
      parseUpdateManifest(
        "<gupdate><app appid='x'><updatecheck codebase='https://a/b.crx' version='1'/></app></gupdate>",
      ),
    ).toThrow(/appid/);
  });

  it('names the .crx after the version', () => {
    expect(crxFileName('2026.12.2')).toBe('teller-sidekick-2026.12.2.crx');
  });
});
