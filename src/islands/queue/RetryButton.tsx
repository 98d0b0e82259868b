// "Coba lagi" after a failed first load.
import { useEffect, useState } from 'react';
import { t } from '../../i18n/id.ts';
import { MANUAL_RETRY_MS } from '../../lib/queue/retry.ts';

/** "Coba lagi", resting for a few seconds after each press so it cannot hammer the API. */
export function RetryButton({ onRetry }: { onRetry: () => void }) {
  const [resting, setResting] = useState(false);
  useEffect(() => {
    if (!resting) return;
    const id = setTimeout(() => setResting(false), MANUAL_RETRY_MS);
    return () => clearTimeout(id);
  }, [resting]);
  return (
    <button
      type="button"
      className="queue-retry"
      aria-disabled={resting}
      onClick={() => {
        if (resting) return;
        setResting(true);
        onRetry();
      }}
    >
      {t.queue.retry}
    </button>
  );
}
