/** Hono environment: what the auth middleware attaches to each request. */
import type { TokenRole } from '../../lib/contracts/auth';

export interface AuthInfo {
  tokenId: string;
  role: TokenRole;
  branchId: string;
  staffId: string;
  label?: string;
}

export interface AppEnv {
  Variables: { auth: AuthInfo };
}
