import { describe, expect, it } from 'vitest';
import { isClientPresent } from '../../../lib/detect/client-present';
import type { Signal } from '../../../lib/signals/types';

const signal = (source: Signal['source']): Signal => ({
  kind: 'time_deposit',
  source,
  amountCny: null,
  amountBand: null,
});

describe('a client is at the counter when…', () => {
  it.each<[string, (string | null)[], Record<string, string | null>, Signal[], boolean]>([
    ['an identity field shows a value', ['张*'], {}, [], true],
    ['an amount is typed, with no identity at all', [null], { amount: '500,000.00' }, [], true],
    ['only the amount in words is shown', [null], { amountWords: '伍拾万元整' }, [], true],
    ['the client level is shown', [null], { clientLevel: '金卡' }, [], true],
    ['a remarks rule matched', [null], { remarks: '他行金卡' }, [signal('remarks')], true],
    [
      'only the business-type menu holds a value',
      [null],
      { businessType: '0102' },
      [signal('business_type')],
      false,
    ],
    ['only the teller ticked a cue', [null], {}, [signal('teller')], false],
    ['an amount of blanks', [null], { amount: '  ' }, [], false],
    ['nothing', [null, null], {}, [], false],
  ])('%s → %s', (_label, identity, values, signals, present) => {
    expect(isClientPresent(identity, values, signals)).toBe(present);
  });
});
