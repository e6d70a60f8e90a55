/**
 * Bundled at run time and evaluated in every same-origin frame of the page in Chromium: exactly
 * what the content script does in a frame (localise the profile to this frame, extract, build the
 * masked frame report), plus whether this frame would link the client. Nothing unmasked leaves.
 */
import { buildFrameReport, type FrameReportPayload } from '../../lib/content/frame-report';
import { frameLocalProfile, ownFrameElement } from '../../lib/content/frame-profile';
import { extractPage } from '../../lib/profile/extract';
import type { TerminalProfile } from '../../lib/profile/schema';
import { wouldLinkClient } from '../client-linked';

export interface FrameReading {
  report: FrameReportPayload;
  clientLinked: boolean;
}

export function readFrame(profile: TerminalProfile): FrameReading {
  const local = frameLocalProfile(profile, ownFrameElement(window));
  const extraction = extractPage(document, local);
  return {
    report: buildFrameReport(extraction, local),
    clientLinked: wouldLinkClient(extraction, local),
  };
}
