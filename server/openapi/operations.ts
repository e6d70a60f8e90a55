/** Small builders for OpenAPI operation objects. */
import { z } from 'zod';

export type Operation = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (name: string) => ({ 'application/json': { schema: ref(name) } });

export interface OperationSpec {
  summary: string;
  description?: string;
  public?: boolean;
  request?: string;
  response?: string;
  parameters?: Operation[];
  pathParams?: string[];
  /** Non-JSON (or several) response media types, e.g. a CSV download. */
  responseContent?: Record<string, unknown>;
}

export function operation(spec: OperationSpec): Operation {
  const errors: Record<string, unknown> = {
    '400': { description: 'Malformed JSON or invalid input', content: jsonContent('Error') },
    ...(spec.public
      ? {}
      : {
          '401': {
            description: 'Missing, unknown or revoked token',
            content: jsonContent('Error'),
          },
          '403': { description: 'Role or branch may not do this', content: jsonContent('Error') },
          '429': {
            description: 'Rate limit (per token); see Retry-After',
            content: jsonContent('Error'),
          },
        }),
  };
  return {
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.public ? { security: [] } : {}),
    parameters: [
      ...(spec.pathParams ?? []).map((name) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...(spec.parameters ?? []),
    ],
    ...(spec.request
      ? { requestBody: { required: true, content: jsonContent(spec.request) } }
      : {}),
    responses: {
      '200': {
        description: 'OK',
        ...(spec.response ? { content: jsonContent(spec.response) } : {}),
        ...(spec.responseContent ? { content: spec.responseContent } : {}),
      },
      ...errors,
    },
  };
}

/** One query parameter per key of a (flat) zod object schema. */
export function queryParameters(schema: z.ZodObject): Operation[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: 'query',
    required: !(field as z.ZodType).safeParse(undefined).success,
    schema: z.toJSONSchema(field as z.ZodType, { unrepresentable: 'any', io: 'input' }),
  }));
}
