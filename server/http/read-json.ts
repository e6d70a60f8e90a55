/** Reads and validates request input; every failure becomes a 4xx HttpError, never a crash. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpError, validationError } from './errors';
import { assertWellFormed } from './well-formed';

export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', {
      message: 'send Content-Type: application/json',
    });
  }
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'invalid_json', { message: 'the request body is not valid JSON' });
  }
  assertWellFormed(body);
  return body;
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  return parseWith(schema, await readJsonBody(c));
}

/** Query parameters as a plain object; empty ones are dropped, one given twice is refused. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const all = c.req.queries();
  const single: Record<string, string> = {};
  for (const [key, values] of Object.entries(all)) {
    if (values.length !== 1)
      throw new HttpError(400, 'invalid_request', {
        message: `query parameter "${key}" given more than once`,
      });
    // `?cursor=` means the same as leaving the parameter out.
    if (values[0]) single[key] = values[0];
  }
  assertWellFormed(single);
  return parseWith(schema, single);
}

/** Responses are validated too: a server bug must not send malformed data to a device. */
export function checkedJson<S extends z.ZodType>(
  c: Context,
  schema: S,
  value: z.input<S>,
  status: 200 | 201 = 200,
): Response {
  return c.json(schema.parse(value) as object, status);
}
