/**
 * Schedules the device purge in the service worker: a minute after the alarm is first created,
 * then every six hours (the alarm outlives the worker, so a restarted worker does not push it
 * back), and at once whenever the retention period is changed.
 */
import { browser } from 'wxt/browser';
import { SidekickDB } from '../db';
import { runRetention } from './run';
import { retentionDaysItem } from './settings';

export const RETENTION_ALARM = 'sidekick-retention';
const EVERY_MINUTES = 6 * 60;

export function setUpRetention(db: SidekickDB = new SidekickDB()): void {
  const run = () => void runRetention(db);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) run();
  });
  retentionDaysItem.watch(run);
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(RETENTION_ALARM, {
        delayInMinutes: 1,
        periodInMinutes: EVERY_MINUTES,
      });
  });
}
