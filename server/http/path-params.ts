/**
 * Path parameters, validated with zod like the query and the body: a malformed one is a 400 that
 * names the parameter, and nothing unchecked (a NUL byte, 10 kB of text) reaches the database.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpError } from './errors';

export function readParam<S extends z.ZodType>(
  c: Context,
  name: string,
  schema: S,
  what: string,
): z.output<S> {
  const result = schema.safeParse(c.req.param(name));
  if (result.success) return result.data;
  throw new HttpError(400, 'invalid_request', {
    message: `path parameter ${name}: ${what}`,
    issues: [{ path: name, message: result.error.issues[0]?.message ?? 'invalid' }],
  });
}
