/** 32 bytes, hex. Published in the source code: the demo terminal's key, NEVER for real clients. */
export const DEMO_BRANCH_KEY =
  'hex:5eb1de7c0ffee0a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899';
