/**
 * The update manifest (`update.xml`, Google's "gupdate" form) that ExtensionInstallForcelist and
 * ExtensionSettings point at: the extension id, its version and where its signed .crx is. Written
 * by `npm run package` and served by the sync server, which reads it back with the parser below.
 */
import { CHROME_EXTENSION_ID } from '../util/extension-id';

export interface UpdateManifest {
  appId: string;
  version: string;
  /** Absolute http(s) URL of the .crx. */
  codebase: string;
}

/** A Chromium manifest version: one to four dot-separated integers 0–65535. */
export const EXTENSION_VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/;

/** The file name the package gives the .crx of `version`. */
export function crxFileName(version: string): string {
  return `teller-sidekick-${version}.crx`;
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>'"]/g,
    (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', "'": 'apos', '"': 'quot' }[ch]};`,
  );
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', apos: "'", quot: '"' };
  return text.replace(/&(amp|lt|gt|apos|quot);/g, (_, name: string) => named[name] ?? '');
}

function checked(manifest: UpdateManifest): UpdateManifest {
  if (!CHROME_EXTENSION_ID.test(manifest.appId))
    throw new Error(
      `update manifest: appid must be 32 letters a–p, not ${JSON.stringify(manifest.appId)}`,
    );
  if (!EXTENSION_VERSION.test(manifest.version))
    throw new Error(
      `update manifest: version ${JSON.stringify(manifest.version)} is not a Chromium version`,
    );
  let url: URL;
  try {
    url = new URL(manifest.codebase);
  } catch {
    throw new Error(
      `update manifest: codebase ${JSON.stringify(manifest.codebase)} is not an absolute URL`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error('update manifest: codebase must be an http or https URL');
  return manifest;
}

export function renderUpdateManifest(manifest: UpdateManifest): string {
  const { appId, version, codebase } = checked(manifest);
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${escapeXml(appId)}'>`,
    `    <updatecheck codebase='${escapeXml(codebase)}' version='${escapeXml(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:'([^']*)'|"([^"]*)")`).exec(tag);
  return match ? unescapeXml(match[1] ?? match[2] ?? '') : undefined;
}

/**
 * Reads back an update manifest of the form above (one app, one updatecheck); throws with the
 * reason when it is not one, so a server never serves a broken file as if it were fine.
 */
export function parseUpdateManifest(xml: string): UpdateManifest {
  const app = /<app\b[^>]*>/.exec(xml)?.[0];
  const check = /<updatecheck\b[^>]*>/.exec(xml)?.[0];
  if (!/<gupdate\b/.test(xml) || !app || !check)
    throw new Error('update manifest: expected <gupdate><app><updatecheck/></app></gupdate>');
  return checked({
    appId: attribute(app, 'appid') ?? '',
    version: attribute(check, 'version') ?? '',
    codebase: attribute(check, 'codebase') ?? '',
  });
}
