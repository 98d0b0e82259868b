// What the island renders on the server (Astro build): a stable fallback that reserves its
// space, owns a polite live region and is useful on its own (where to find the hours, and
// when numbers appear), and nothing at all without an API URL.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/id.ts';
import QueueStatus from '../../src/islands/QueueStatus.tsx';
import { officeHours } from '../fixtures/office-hours.ts';

const hours = officeHours;

describe('QueueStatus server render', () => {
  it('renders nothing when no API is configured', () => {
    expect(renderToString(createElement(QueueStatus, { apiUrl: '', mode: 'summary', hours, hoursHref: '/jam-layanan/' }))).toBe('');
  });

  it.each(['summary', 'gerai'] as const)('renders a useful fallback, never "loading", in %s mode', (mode) => {
    const html = renderToString(
      createElement(QueueStatus, {
        apiUrl: 'https://antrean.example.go.id/v1/antrean',
        mode,
        geraiId: 'dukcapil',
        geraiName: 'Dukcapil',
        hours,
        hoursHref: '/gerai/dukcapil/#jam-layanan',
      }),
    );
    expect(html).toContain(`class="queue queue-${mode}"`);
    expect(html).toContain(t.queue.heading);
    // Without JavaScript (or offline before the island loads) this text stays: it must not promise data.
    expect(html).not.toContain(t.queue.loading);
    expect(html).toContain(t.queue.noScript);
    expect(html).toContain('JavaScript aktif');
    expect(html).toContain(`<a href="/gerai/dukcapil/#jam-layanan">${t.queue.hoursLink}</a>`);
    expect(html).toMatch(/aria-live="polite"/);
    // No clock-dependent text on the server: it would mismatch on hydration.
    expect(html).not.toMatch(/Tutup|Buka|lalu/);
  });
});
