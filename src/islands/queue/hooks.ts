// The island's clock and live-region hooks.
import { useEffect, useRef, useState } from 'react';
import { clockNow } from '../../lib/demo-clock.ts';
import type { QueueView } from '../../lib/queue/poller.ts';
import { type Announced, announced, announcement, type QueueMode } from '../../lib/queue/view.ts';

/** Client clock in ms, ticking every `everyMs` (and on `tick()`); null during server render and hydration. */
export function useNow(everyMs: number): [number | null, () => void] {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(clockNow());
    const id = setInterval(() => setNow(clockNow()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return [now, () => setNow(clockNow())];
}

/** Text for the polite live region: only state changes and, for a gerai, a new number being served. */
export function useAnnouncement(
  view: QueueView | null,
  mode: QueueMode,
  geraiId: string | undefined,
  geraiName: string | undefined,
): string {
  const [message, setMessage] = useState('');
  const previous = useRef<Announced | null>(null);
  useEffect(() => {
    if (!view || view.state === 'loading') return;
    const { line, ...current } = announced(view, mode, geraiId);
    const before = previous.current;
    previous.current = current;
    const next = announcement(before, current, geraiName ?? line?.name ?? '');
    if (next !== null) setMessage(next);
  }, [view, mode, geraiId, geraiName]);
  return message;
}
