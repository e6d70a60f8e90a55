/**
 * Terminal fit, end to end: for every pattern fixture with an e2e.json
 * (tests/fixtures/terminals/<pattern>/, format in fixtures/fit-plan.ts), a teller signs in, the
 * extension is pointed at a branch sync server and given the pattern's profile.json through the
 * options page, the page is opened beside the side panel, the visit is played — tier, signals,
 * cue, pause — and the referral made is found in the extension's IndexedDB, then on the server.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect } from './fixtures/extension';
import { startTestSyncServer, serverReferrals, type TestSyncServer } from './fixtures/sync-server';
import { parseFitPlan, type FitPlan } from './fixtures/fit-plan';
import { parseProfileText } from '../../lib/profile/parse';
import { playVisit } from './fixtures/fit-runner';
import {
  TERMINALS_DIR,
  patternNames,
  startFixtureServer,
} from '../../support/server/fixture-server';
import {
  connectTo,
  installProfile,
  onOptionsPage,
  openPageAndPanel,
  signInAs,
} from '../../support/browser/panel';

interface FitWorker {
  sync: TestSyncServer;
  supervisorToken: string;
  fixturesUrl: string;
}

const test = base.extend<object, FitWorker>({
  sync: [
    async ({}, use) => {
      const sync = await startTestSyncServer();
      await use(sync);
      await sync.close();
    },
    { scope: 'worker' },
  ],
  supervisorToken: [
    async ({ sync }, use) => use(await sync.tokenFor('supervisor', 'S001')),
    { scope: 'worker' },
  ],
  fixturesUrl: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

const cases: { pattern: string; plan: FitPlan }[] = patternNames()
  .filter((pattern) => existsSync(path.join(TERMINALS_DIR, pattern, 'e2e.json')))
  .map((pattern) => {
    const file = path.join(TERMINALS_DIR, pattern, 'e2e.json');
    return { pattern, plan: parseFitPlan(readFileSync(file, 'utf8'), file) };
  });

test.describe('terminal fit', () => {
  for (const { pattern, plan } of cases) {
    const title = `${pattern}: from the page to a referral stored and synced`;
    if (plan.fixme) {
      test.fixme(`${title} (${plan.fixme})`, () => undefined);
      continue;
    }
    test(
      title,
      async ({ context, serviceWorker, extensionId, sync, supervisorToken, fixturesUrl }) => {
        test.setTimeout(40_000);
        const profile = readFileSync(path.join(TERMINALS_DIR, pattern, 'profile.json'), 'utf8');
        const staffId = 'T001';
        const token = await sync.tokenFor('teller', staffId);
        const parsed = parseProfileText(profile);
        if (!parsed.ok)
          throw new Error(`${pattern}/profile.json: ${JSON.stringify(parsed.errors)}`);
        const { name, id, version } = parsed.profile;
        await test.step('options: sign in, connect to the sync server, install the profile', () =>
          onOptionsPage(
            context,
            extensionId,
            signInAs(plan.role, staffId),
            connectTo(sync.server.url, token),
            installProfile(profile, name),
          ));

        const url = `${fixturesUrl}/${pattern}/${plan.page}`;
        const pages = await test.step(`open ${plan.page} and the side panel`, () =>
          openPageAndPanel(context, serviceWorker, extensionId, url));
        const referralId = await playVisit(pages, plan.steps, `${id}@${version}`);

        // The undo window (10 s) runs while the steps after the referral play; then it is sent.
        await test.step('the referral reaches the sync server', () =>
          expect
            .poll(
              async () =>
                (await serverReferrals(sync.server.url, supervisorToken)).map((r) => r.id),
              { message: 'referral on the sync server', timeout: 20_000 },
            )
            .toContain(referralId));
      },
    );
  }
});
