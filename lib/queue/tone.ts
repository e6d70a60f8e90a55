/**
 * A short, soft two-note tone for a new meet-now referral (WebAudio: nothing to download, nothing
 * to load). Browsers may refuse sound before the page has been clicked; that is not an error, the
 * visible notice is what counts.
 */
export function playArrivalTone(make: () => AudioContext = () => new AudioContext()): void {
  try {
    const ctx = make();
    const gain = ctx.createGain();
    gain.connect(ctx.destination);
    const start = ctx.currentTime;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.45);
    for (const [i, freq] of [660, 880].entries()) {
      const osc = ctx.createOscillator();
      osc.type = 'sine';
      osc.frequency.value = freq;
      osc.connect(gain);
      osc.start(start + i * 0.18);
      osc.stop(start + i * 0.18 + 0.2);
    }
    setTimeout(() => void ctx.close().catch(() => undefined), 800);
  } catch {
    // no audio device, or not allowed yet
  }
}
