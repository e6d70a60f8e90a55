import { describe, expect, it } from 'vitest';
import { nextVisit, type VisitInput } from '../../../lib/detect/visit';

type Step = [name: string, screen: VisitInput, expectNew: boolean];

const none = { clientKey: '', clientPresent: false, transactionComplete: false };
const txn = { clientKey: '', clientPresent: true, transactionComplete: false };
const done = { ...txn, transactionComplete: true };
const clientA = { clientKey: 'c-a', clientPresent: true, transactionComplete: false };
const clientB = { ...clientA, clientKey: 'c-b' };

/** Runs the screens in order; for each, whether a new visit started. */
function run(steps: readonly Step[]): void {
  let previous: Parameters<typeof nextVisit>[0];
  let n = 0;
  for (const [name, screen, expectNew] of steps) {
    const before = previous?.visitId;
    const visit = nextVisit(previous, screen, () => `visit-${++n}`);
    const started = visit.visitId !== undefined && visit.visitId !== before;
    expect(started, name).toBe(expectNew);
    previous = { ...visit, ...screen };
  }
}

describe('visits at the counter', () => {
  it('no identity at all: the screen going empty and filling again is the next client', () => {
    run([
      ['nothing yet', none, false],
      ['a transaction is typed', txn, true],
      ['the amount changes', txn, false],
      ['the screen clears', none, false],
      ['the next transaction', txn, true],
    ]);
  });

  it('no identity at all: a new transaction after the completion marker is the next client', () => {
    run([
      ['a transaction', txn, true],
      ['completed', done, false],
      ['still completed', done, false],
      ['a new one starts without the screen clearing', txn, true],
    ]);
  });

  it('with identity: another client is another visit; the same client stays in it', () => {
    run([
      ['client A', clientA, true],
      ['A completes', { ...clientA, transactionComplete: true }, false],
      ['A starts another transaction', clientA, false],
      ['the screen clears between screens', none, false],
      ['A again on the next screen', clientA, false],
      ['the deposit screen shows no identity', txn, false],
      ['client B', clientB, true],
      ['the screen clears', none, false],
      ['a transaction without identity after the empty screen', txn, true],
    ]);
  });
});
