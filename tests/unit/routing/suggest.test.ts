import { describe, expect, it } from 'vitest';
import type { RosterEntry } from '@/lib/contracts/roster';
import { suggestManager } from '@/lib/routing';
import type { SignalKind } from '@/lib/signals/kinds';

function cm(staffId: string, over: Partial<RosterEntry> = {}): RosterEntry {
  return {
    staffId,
    name: `经理${staffId}`,
    branchId: '0101',
    specialties: ['wealth'],
    bookSize: 300,
    capacity: 450,
    available: true,
    ...over,
  };
}

const order = (roster: RosterEntry[], signals: SignalKind[]) =>
  suggestManager(roster, signals).map((s) => s.manager.staffId);

describe('suggestManager ranking', () => {
  it.each<[string, RosterEntry[], SignalKind[], string[]]>([
    [
      'available now beats a better specialty',
      [cm('A', { available: false, specialties: ['forex'] }), cm('B', { specialties: [] })],
      ['forex'],
      ['B', 'A'],
    ],
    [
      'specialty matching the signals',
      [cm('A', { specialties: ['loans'] }), cm('B', { specialties: ['forex'] })],
      ['forex'],
      ['B', 'A'],
    ],
    [
      'more signals served ranks higher',
      [cm('A', { specialties: ['forex'] }), cm('B', { specialties: ['forex', 'deposits'] })],
      ['forex', 'time_deposit'],
      ['B', 'A'],
    ],
    [
      'then the lightest book (load = book / capacity)',
      [cm('A', { bookSize: 400, capacity: 450 }), cm('B', { bookSize: 100, capacity: 200 })],
      ['wealth_enquiry'],
      ['B', 'A'],
    ],
    [
      'a full book goes last, even when available and specialised',
      [
        cm('A', { bookSize: 450, capacity: 450, specialties: ['forex'] }),
        cm('B', { available: false, specialties: [] }),
      ],
      ['forex'],
      ['B', 'A'],
    ],
    [
      'capacity 0 counts as full',
      [cm('A', { bookSize: 0, capacity: 0 }), cm('B', { bookSize: 449, capacity: 450 })],
      ['premium_card'],
      ['B', 'A'],
    ],
    [
      'loans signal → loans specialist',
      [cm('W'), cm('L', { specialties: ['loans'] })],
      ['loan'],
      ['L', 'W'],
    ],
    [
      'funds/insurance → investment or insurance',
      [cm('L', { specialties: ['loans'] }), cm('I', { specialties: ['insurance'] })],
      ['investment'],
      ['I', 'L'],
    ],
    ['ties broken by staff id, stable', [cm('B'), cm('A')], [], ['A', 'B']],
    ['empty roster', [], ['forex'], []],
  ])('%s', (_label, roster, signals, expected) => {
    expect(order(roster, signals)).toEqual(expected);
  });
});

describe('suggestManager reasons', () => {
  it('says why, in zh-CN and English', () => {
    const [first, second] = suggestManager(
      [
        cm('A', { specialties: ['forex', 'wealth'], bookSize: 300, capacity: 450 }),
        cm('B', { bookSize: 450, capacity: 450 }),
      ],
      [{ kind: 'forex' }, { kind: 'time_deposit', band: { min: 500_000, max: null } }],
    );
    expect(first).toMatchObject({
      rank: 1,
      available: true,
      full: false,
      capacityLeft: 150,
      matchedSpecialties: ['forex', 'wealth'],
      matchedSignals: 2,
    });
    expect(first?.reasons).toEqual([
      { zh: '现在有空', en: 'Available now' },
      { zh: '擅长外汇、财富管理', en: 'Specialty: foreign exchange, wealth management' },
      { zh: '还可接 150 位客户', en: 'Room for 150 more clients' },
    ]);
    expect(second).toMatchObject({ rank: 2, full: true, capacityLeft: 0 });
    expect(second?.reasons[0]).toEqual({ zh: '客户已满', en: 'Book full' });
  });

  it('names a bank-specific specialty as configured', () => {
    const [s] = suggestManager(
      [cm('A', { specialties: ['wealth', 'private_banking'] })],
      ['premium_card'],
    );
    expect(s?.matchedSpecialties).toEqual(['wealth']);
    expect(s?.reasons.some((r) => r.zh === '暂不在岗')).toBe(false);
  });

  it('reports an unavailable manager as such', () => {
    const [s] = suggestManager([cm('A', { available: false })], []);
    expect(s?.reasons).toContainEqual({ zh: '暂不在岗', en: 'Not available now' });
  });
});
