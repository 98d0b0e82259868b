// Refreshes build-time "open now" texts with the visitor's clock. The schedule is
// evaluated in the MPP's timezone, so the device's own timezone does not matter.
import { clockNow } from '../lib/demo-clock.ts';
import { type HoursConfig, openStatus, statusText } from '../lib/hours.ts';

function refresh() {
  for (const el of document.querySelectorAll<HTMLElement>('[data-hours]')) {
    try {
      const config = JSON.parse(el.dataset.hours ?? '') as HoursConfig;
      const now = new Date(clockNow());
      const status = openStatus(config, now);
      const text = statusText(status, config, now);
      const target = el.querySelector('[data-status-text]');
      if (target && target.textContent !== text) target.textContent = text;
      el.dataset.open = String(status.open);
    } catch {
      // Keep the build-time text: a stale status beats a broken page.
    }
  }
}

refresh();
setInterval(refresh, 60_000);
