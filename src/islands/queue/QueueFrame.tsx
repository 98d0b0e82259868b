// The island's frame: heading, body and polite live region; and the error boundary that
// shows a calm message in the same frame when rendering fails.
import { Component, type ReactNode, useId } from 'react';
import { t } from '../../i18n/id.ts';
import type { QueueMode } from '../../lib/queue/view.ts';

const q = t.queue;

/** The section every state renders in, so the space and the live region never move. */
export function QueueFrame({ mode, announcement, children }: { mode: QueueMode; announcement: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={`queue queue-${mode}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="queue-heading">
        {q.heading}
      </h2>
      {children}
      <p className="queue-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}

/** Catches rendering bugs in the island; the rest of the page keeps working. */
export class QueueBoundary extends Component<{ mode: QueueMode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch() {
    // Deliberately quiet: the rest of the page must keep working.
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <QueueFrame mode={this.props.mode} announcement="">
        <p className="queue-message">{q.unavailable}</p>
      </QueueFrame>
    );
  }
}
