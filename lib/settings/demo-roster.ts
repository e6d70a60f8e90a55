/** The demo branch's client managers (used by the demo build and `npm start`'s sync server). */
import type { RosterEntry } from '../contracts/roster';

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
