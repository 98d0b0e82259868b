// Waiting shared by the code that loads only when it is needed: the map script and the
// islands' `client:idle-visible` directive.

// A phone offline when code must load tries again once it is back online, and otherwise
// after a pause that doubles each time, up to two minutes.
const RETRY_BASE_MS = 5_000;
const RETRY_MAX_MS = 120_000;

/** Runs `run` once the browser is idle (at the latest after `timeoutMs`). */
export function whenIdle(run: () => void, timeoutMs = 2000): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 200);
}

/** Resolves when the device comes back online, or after the pause for attempt number `retries`. */
export function untilRetry(retries: number): Promise<void> {
  return new Promise((resolve) => {
    const again = () => {
      removeEventListener('online', again);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(again, Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** retries));
    addEventListener('online', again);
  });
}
