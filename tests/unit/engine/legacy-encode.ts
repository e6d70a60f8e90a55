/**
 * Encodes text in a legacy double-byte encoding (GBK, GB18030's two-byte part, Big5) for tests:
 * Node's TextEncoder only writes UTF-8, so the table is built by decoding every two-byte sequence.
 */
const tables = new Map<string, Map<string, number[]>>();

function tableFor(encoding: string): Map<string, number[]> {
  let table = tables.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      let char: string;
      try {
        char = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  tables.set(encoding, table);
  return table;
}

export function encodeLegacy(text: string, encoding: 'gbk' | 'gb18030' | 'big5'): Uint8Array {
  const table = tableFor(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`${encoding} cannot encode ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

export function encodeUtf16le(text: string, bom = true): Uint8Array {
  const bytes = bom ? [0xff, 0xfe] : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(unit & 0xff, unit >> 8);
  }
  return new Uint8Array(bytes);
}
