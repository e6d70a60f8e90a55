/**
 * The per-branch HMAC key arrives from configuration as text: hex ("hex:" optional) or base64
 * (standard or URL-safe, padding optional; "base64:" optional). A bare string of hex characters
 * of even length is read as hex; prefix it with "base64:" if it is really base64.
 */
export const MIN_BRANCH_KEY_BYTES = 16;

function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex))
    throw new Error('branch key: hex must have an even number of 0-9/a-f characters');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i += 1) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function fromBase64(text: string): Uint8Array {
  const std = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]+$/.test(std) || std.length % 4 === 1)
    throw new Error('branch key: not valid base64 or hex');
  const binary = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Decodes the configured key; throws a clear error for malformed or short keys (< 128 bits). */
export function decodeBranchKey(encoded: string): Uint8Array {
  const text = encoded.trim();
  let bytes: Uint8Array;
  if (text.startsWith('hex:')) bytes = fromHex(text.slice(4));
  else if (text.startsWith('base64:')) bytes = fromBase64(text.slice(7));
  else if (/^(?:[0-9a-fA-F]{2})+$/.test(text)) bytes = fromHex(text);
  else bytes = fromBase64(text);
  if (bytes.length < MIN_BRANCH_KEY_BYTES) {
    throw new Error(
      `branch key: at least ${MIN_BRANCH_KEY_BYTES} bytes (128 bits) required, got ${bytes.length}`,
    );
  }
  return bytes;
}
