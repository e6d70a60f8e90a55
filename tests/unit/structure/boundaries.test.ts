/**
 * The import boundaries are lint rules (eslint.config.js): each row lints one import line as if it
 * were in a file of that folder and expects the rule to refuse it (or allow it). Type-aware rules
 * are off for these probe files only, so no TypeScript program is built.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [{ files: ['**/__probe__*'], ...tseslint.configs.disableTypeChecked }],
});

async function restricted(file: string, line: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${line}\nexport {};\n`, {
    filePath: path.join(ROOT, file),
  });
  return (result?.messages ?? []).some(
    (m) => m.ruleId === '@typescript-eslint/no-restricted-imports',
  );
}

const cases: [folder: string, line: string, refused: boolean][] = [
  ['lib/sync', "import { x } from '../../tests/server/helpers/targets';", true],
  ['lib/sync', "import { x } from '../../support/server/fixtures';", true],
  ['lib/content', "import { x } from '../../bench/core/stats';", true],
  ['lib/handoffs', "import { x } from '../../components/panel/NowCard';", true],
  ['lib/handoffs', "import { useState } from 'react';", true],
  ['lib/db', "import { x } from '../../server/app';", true],
  ['lib/content', "import { z } from 'zod';", true],
  ['lib/content', "import Dexie from 'dexie';", true],
  ['lib/content', "import nzh from 'nzh';", true],
  ['lib/content', "import { frameReportSchema } from '../contracts/primitives';", true],
  ['lib/content', "import { terminalProfileSchema } from '../profile/schema';", true],
  ['lib/content', "import type { TerminalProfile } from '../profile/schema';", false],
  ['lib/content', "import { readValue } from '../profile/read';", false],
  ['lib/content', "import { contentProtocol } from '../messaging/protocol';", true],
  ['lib/content', "import type { FrameReportMessage } from '../messaging/protocol-map';", false],
  ['lib/content', "import { sendFromContent } from '../messaging/send';", false],
  ['lib/background', "import { x } from '../../components/panel/NowCard';", true],
  ['lib/signals', "import type { TieringConfig } from '../tiering/config-schema';", true],
  ['lib/signals', "import { x } from '../detect/detect';", true],
  ['lib/contracts', "import { x } from '../handoffs/create';", true],
  ['lib/contracts', "import { x } from '../privacy/scrub';", false],
  ['server/repo', "import { x } from '../../lib/db/database';", true],
  ['server/repo', "import { x } from '../../components/TierChip';", true],
  ['server/repo', "import { x } from '../../lib/contracts/referral';", false],
  ['components/panel', "import { x } from '../../tests/e2e/fixtures/extension';", true],
  ['entrypoints', "import { x } from '../support/browser/extension';", true],
  ['bench/core', "import { x } from '../../tests/server/helpers/targets';", true],
  ['bench/core', "import { x } from '../../support/server/fixtures';", false],
  ['tests/unit', "import { x } from '../../support/server/fixtures';", false],
];

describe('import boundaries are enforced by lint', () => {
  it.each(cases)('%s: %s → refused: %s', async (folder, line, refused) => {
    expect(await restricted(`${folder}/__probe__.ts`, line)).toBe(refused);
  });
});
