/**
 * Bundled at run time and evaluated in every same-origin frame of the page in Chromium: exactly
 * what the content script does in a frame (localise the profile to this frame, scan it as the
 * watcher does — the screen it shows applied — build the
 * masked frame report), plus whether this frame would link the client. Nothing unmasked leaves.
 */
import { buildFrameReport, type FrameReportPayload } from '../../lib/content/frame-report';
import { frameLocalProfile, ownFrameElement } from '../../lib/content/frame-profile';
import { scanPage } from '../../lib/content/page-scan';
import type { TerminalProfile } from '../../lib/profile/schema';
import { wouldLinkClient } from '../client-linked';

export interface FrameReading {
  report: FrameReportPayload;
  clientLinked: boolean;
}

export function readFrame(profile: TerminalProfile): FrameReading {
  const local = frameLocalProfile(profile, ownFrameElement(window));
  const extraction = scanPage(document, local, location.href).extraction;
  return {
    report: buildFrameReport(extraction, local),
    clientLinked: wouldLinkClient(extraction, local),
  };
}
