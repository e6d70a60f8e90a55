import type { TerminalProfile } from '../schema';
import { demoProfile } from './demo';

/** Profiles that ship with the extension, by id (`builtin:<id>` in the CLI). */
export const BUILTIN_PROFILES: Readonly<Record<string, TerminalProfile>> = { demo: demoProfile };
