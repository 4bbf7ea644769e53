/**
 * One render per report at a time in this process: a second request for the same report
 * (a double click, a preview beside a download) waits for the first instead of rendering again.
 */
const inFlight = new Map<string, Promise<unknown>>();

export function once<T>(key: string, work: () => Promise<T>): Promise<T> {
  const running = inFlight.get(key) as Promise<T> | undefined;
  if (running) return running;
  const started = work().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}

/** Renders in progress (for tests). */
export const inFlightCount = () => inFlight.size;
