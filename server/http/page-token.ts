/**
 * Opaque page tokens (`after`): base64url of a JSON array of the last row's key values. A token
 * comes back from the client, so it is input like any other: decoded, then checked with zod before
 * any value reaches SQL. Key values are printable ASCII (dates, uuids, staff ids) or safe integers,
 * so a forged token with a NUL byte or a huge number is a 400, never a database error.
 */
import { z } from 'zod';
import { HttpError } from './errors';

export const pageKeyStringSchema = z.string().regex(/^[\x20-\x7e]{0,64}$/);
export const pageKeyValueSchema = z.union([
  pageKeyStringSchema,
  z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
]);

export function encodePageToken(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The token's values as `schema` says, or a 400 naming the parameter. */
export function decodePageToken<S extends z.ZodType>(
  token: string,
  schema: S,
  message = 'after: not a page token from this server',
): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new HttpError(400, 'invalid_request', { message });
}
