/**
 * The content script checks `badge:state` by hand (no zod in its bundle). It must accept exactly
 * what the protocol's strict schema accepts, and hand on only the typed message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgeStateSchema } from '../../../lib/messaging/protocol';
import { parseBadgeStateMessage } from '../../../lib/content/badge-controller';
import { BADGE_STATES } from '../../../lib/messaging/badge-states';

const nearMessages = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom('badge:state', 'badge:open-panel', 'badge:State'),
      state: fc.oneof(fc.constantFrom(...BADGE_STATES, 'gold', 'toString', ''), fc.anything()),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom(null, undefined, 'badge:state', ['badge:state', 'hidden']),
  fc.anything(),
);

describe('the content script’s badge:state check', () => {
  it.each([
    [{ type: 'badge:state', state: 'attention' }, true],
    [{ type: 'badge:state', state: 'paused' }, true],
    [{ type: 'badge:state', state: 'gold' }, false],
    [{ type: 'badge:state' }, false],
    [{ type: 'badge:state', state: 'hidden', extra: 1 }, false],
    [{ type: 'badge:open-panel', state: 'hidden' }, false],
    [null, false],
  ])('%j → accepted: %s', (message, accepted) => {
    expect(parseBadgeStateMessage(message) !== undefined).toBe(accepted);
    expect(badgeStateSchema.safeParse(message).success).toBe(accepted);
  });

  it('accepts exactly what the schema accepts, and returns what the schema parses', () => {
    fc.assert(
      fc.property(nearMessages, (message) => {
        const schema = badgeStateSchema.safeParse(message);
        expect(parseBadgeStateMessage(message)).toEqual(schema.success ? schema.data : undefined);
      }),
      { numRuns: 2000 },
    );
  });
});
