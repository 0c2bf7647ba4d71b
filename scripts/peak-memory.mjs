// Shared by the benches.
import { readFileSync } from 'fs';

/** A child's peak resident memory in kB (Linux: VmHWM), read every `ms` until `stop()`; undefined without /proc. */
export function watchPeakMemory(child, ms) {
  let peakKb;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peakKb = Number(hwm[1]);
    } catch {
      // Gone, or no /proc here.
    }
  }, ms);
  return {
    stop() {
      clearInterval(poll);
      return peakKb;
    },
  };
}
