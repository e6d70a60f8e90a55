/**
 * Chrome-style URL match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns)
 * for a profile's `matches`. As in Chrome, a pattern without a port (`http://127.0.0.1/*`)
 * matches every port; a pattern with a port matches only that port.
 */

const PATTERN = /^(\*|https?|wss?|ftp|file):\/\/(\*|\*\.[^/*:]+|[^/*:]+)?(?::(\d{1,5}))?(\/.*)$/;

interface ParsedPattern {
  scheme: string;
  host: string;
  port: string | null;
  path: RegExp;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function parsePattern(pattern: string): ParsedPattern | null {
  if (pattern === '<all_urls>') {
    return { scheme: '<all_urls>', host: '*', port: null, path: /^.*$/ };
  }
  const match = PATTERN.exec(pattern);
  if (!match) return null;
  const [, scheme = '', host = '', port, path = '/'] = match;
  if (scheme === 'file' ? host !== '' : host === '') return null;
  return { scheme, host: host.toLowerCase(), port: port ?? null, path: globToRegExp(path) };
}

/** True when `pattern` is a well-formed match pattern. */
export function isValidMatchPattern(pattern: string): boolean {
  return parsePattern(pattern) !== null;
}

function schemeMatches(patternScheme: string, urlScheme: string): boolean {
  if (patternScheme === '<all_urls>')
    return ['http', 'https', 'ws', 'wss', 'ftp', 'file'].includes(urlScheme);
  if (patternScheme === '*') return urlScheme === 'http' || urlScheme === 'https';
  return patternScheme === urlScheme;
}

function hostMatches(patternHost: string, urlHost: string): boolean {
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2);
    return urlHost === base || urlHost.endsWith(`.${base}`);
  }
  return patternHost === urlHost;
}

/**
 * True when `url` matches `pattern`. Malformed patterns or URLs never match. As in Chrome, the
 * fragment is ignored unless `withFragment` (a profile's screens of a hash-routed terminal).
 */
export function matchesPattern(pattern: string, url: string, withFragment = false): boolean {
  const parsed = parsePattern(pattern);
  if (!parsed) return false;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const scheme = target.protocol.replace(/:$/, '');
  if (!schemeMatches(parsed.scheme, scheme)) return false;
  if (scheme !== 'file' && !hostMatches(parsed.host, target.hostname.toLowerCase())) return false;
  if (parsed.port !== null && parsed.port !== target.port) return false;
  return parsed.path.test(target.pathname + target.search + (withFragment ? target.hash : ''));
}

/** True when any of `patterns` matches `url`. */
export function matchesAny(patterns: readonly string[], url: string): boolean {
  return patterns.some((pattern) => matchesPattern(pattern, url));
}

/** A screen's URL pattern: a match pattern (fragment included) or a fragment glob like "#/deposit*". */
export function isValidScreenPattern(pattern: string): boolean {
  return pattern.startsWith('#') || isValidMatchPattern(pattern);
}

/** True when `url` matches a screen's URL pattern, fragment included. */
export function matchesScreenPattern(pattern: string, url: string): boolean {
  if (!pattern.startsWith('#')) return matchesPattern(pattern, url, true);
  let hash: string;
  try {
    hash = new URL(url).hash || '#';
  } catch {
    return false;
  }
  return globToRegExp(pattern).test(hash);
}
