/**
 * Which character encoding a terminal page is in, decided as a browser decides it: a byte-order
 * mark, then the `--encoding` override, then the HTTP `Content-Type` charset, then a
 * `<meta charset>` / `<meta http-equiv="Content-Type">` in the first 1024 bytes. Without any of
 * them the page is read as UTF-8 when it is valid UTF-8, else as GBK, the fallback of a zh-CN
 * browser (with a warning: `--encoding` says which it really is).
 * Labels are WHATWG encoding labels (`gbk`, `gb2312`, `gb18030`, `big5`, `utf-8`, …).
 */

export type EncodingSource = 'bom' | 'override' | 'http' | 'meta' | 'default';

export interface SniffedEncoding {
  /** The WHATWG encoding name, lowercase (`gbk`, `utf-8`, `big5`). */
  encoding: string;
  source: EncodingSource;
}

export interface SniffOptions {
  /** `--encoding`: wins over everything the page declares (a BOM still wins: it is proof). */
  override?: string;
  /** The charset of the HTTP `Content-Type` header, when the page came over HTTP. */
  transportLabel?: string | null;
}

const PRESCAN_BYTES = 1024;

/** The encoding a WHATWG label names, or null for an unknown label (`utf8` → `utf-8`, `GB2312` → `gbk`). */
export function encodingForLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset parameter of a Content-Type value (`text/html; charset="GBK"` → `GBK`). */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s]+))/i);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const match of tag.matchAll(pattern)) {
    const name = match[1]?.toLowerCase();
    if (name && !attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** A meta's charset: `utf-16*` means the page was transcoded, so UTF-8 (as the HTML standard says). */
function metaEncoding(label: string): string | null {
  const encoding = encodingForLabel(label);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  return encoding;
}

/** The encoding the first 1024 bytes declare in a `<meta>`, or null. */
export function prescanMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, PRESCAN_BYTES))
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const match of head.matchAll(/<meta[\s/]([^>]*)>?/gi)) {
    const attributes = attributesOf(match[1] ?? '');
    const charset = attributes.get('charset');
    if (charset !== undefined) {
      const encoding = metaEncoding(charset);
      if (encoding) return encoding;
      continue;
    }
    if (attributes.get('http-equiv')?.trim().toLowerCase() !== 'content-type') continue;
    const declared = attributes.get('content')?.match(/charset\s*=\s*["']?([^"';\s]+)/i)?.[1];
    const encoding = declared ? metaEncoding(declared) : null;
    if (encoding) return encoding;
  }
  return null;
}

export function sniffEncoding(bytes: Uint8Array, options: SniffOptions = {}): SniffedEncoding {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, source: 'bom' };
  const override = options.override ? encodingForLabel(options.override) : null;
  if (override) return { encoding: override, source: 'override' };
  const transport = options.transportLabel ? encodingForLabel(options.transportLabel) : null;
  if (transport) return { encoding: transport, source: 'http' };
  const meta = prescanMeta(bytes);
  if (meta) return { encoding: meta, source: 'meta' };
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'gbk', source: 'default' };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A warning for an undeclared page that is not UTF-8 (read as GBK, as a zh-CN browser would). */
export function defaultEncodingWarning(sniffed: SniffedEncoding): string | null {
  if (sniffed.source !== 'default' || sniffed.encoding === 'utf-8') return null;
  return 'the page declares no encoding and is not valid UTF-8: read as GBK, as a zh-CN browser would (pass --encoding to choose, e.g. --encoding big5)';
}
