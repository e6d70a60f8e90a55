/**
 * Resident memory of another process (Linux): VmRSS from /proc/<pid>/status, read once or
 * sampled on an interval while something runs.
 */
import { readFile } from 'node:fs/promises';

/** VmRSS in MiB; NaN when the process is gone or /proc is unavailable. */
export async function residentMiB(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kib === undefined ? NaN : Number(kib) / 1024;
  } catch {
    return NaN;
  }
}

export interface RssSampler {
  /** Stops sampling; returns every sample taken (MiB). */
  stop(): Promise<number[]>;
}

export function sampleResident(pid: number, everyMs = 100): RssSampler {
  const samples: number[] = [];
  let pending: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    pending = pending.then(async () => {
      const mib = await residentMiB(pid);
      if (Number.isFinite(mib)) samples.push(mib);
    });
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await pending;
      return samples;
    },
  };
}
