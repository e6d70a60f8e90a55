/**
 * Branch configuration kept in `storage.local`: the HMAC key that links a client's visits
 * (`clientRef`), and the client-manager roster (set in the options page; synced from the branch
 * server when one is configured). The demo values are for the demo terminal only — the options
 * page warns while the demo key is in force.
 */
import { storage } from 'wxt/utils/storage';
import type { RosterEntry } from '../contracts/roster';

/** 32 bytes, hex. Published in the source code: NEVER use it for real clients. */
export const DEMO_BRANCH_KEY =
  'hex:5eb1de7c0ffee0a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899';

export const branchKeyItem = storage.defineItem<string>('local:branchKey', {
  fallback: DEMO_BRANCH_KEY,
});

export const DEMO_ROSTER: RosterEntry[] = [
  {
    staffId: 'M001',
    name: '李娜',
    branchId: '0101',
    specialties: ['wealth', 'insurance'],
    bookSize: 420,
    capacity: 450,
    available: true,
  },
  {
    staffId: 'M002',
    name: '周强',
    branchId: '0101',
    specialties: ['loans', 'deposits'],
    bookSize: 380,
    capacity: 450,
    available: true,
  },
  {
    staffId: 'M003',
    name: '吴敏',
    branchId: '0101',
    specialties: ['forex', 'wealth'],
    bookSize: 450,
    capacity: 450,
    available: true,
  },
  {
    staffId: 'M004',
    name: '郑伟',
    branchId: '0101',
    specialties: ['wealth'],
    bookSize: 200,
    capacity: 450,
    available: false,
  },
];

export const rosterItem = storage.defineItem<RosterEntry[]>('local:roster', {
  fallback: DEMO_ROSTER,
});
