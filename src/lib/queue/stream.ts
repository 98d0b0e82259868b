// The server's event stream (Server-Sent Events), used instead of polling when a snapshot
// advertises one. Any error closes it for good until the next success: the browser's own
// reconnects would hide a broken stream, and polling takes over meanwhile.
import { SNAPSHOT_RESTAMP_SECONDS, type QueueSnapshot } from './contract.ts';
import { safeJson } from './fetch-snapshot.ts';
import { parseSnapshot } from './parse.ts';

/** The subset of EventSource the poller uses. */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  addEventListener(type: 'snapshot', listener: (event: { data: unknown; lastEventId?: string }) => void): void;
  close(): void;
}

/** A stream without a snapshot for this long is reconciled with a poll (servers re-stamp every 30 s). */
export const STREAM_QUIET_MS = (SNAPSHOT_RESTAMP_SECONDS + 5) * 1000;
/** After this many failed streams the poller keeps polling. */
const MAX_STREAM_FAILURES = 3;

/** What the stream reports back to the poller. */
export interface StreamLinkOptions {
  EventSource: (new (url: string) => EventSourceLike) | undefined;
  /** The snapshot URL the stream's address is resolved against. */
  baseUrl: string;
  /** The stream opened or was created: the view's transport changed. */
  onChange: () => void;
  onSnapshot: (snapshot: QueueSnapshot) => void;
  /** The stream failed and is closed. */
  onFailure: () => void;
}

/** The poller's one event stream: opened on request, closed on any failure. */
export interface StreamLink {
  readonly active: boolean;
  /** Opens the stream the snapshot advertises, unless one is open, `allowed` is false or too many failed. */
  open(snapshot: QueueSnapshot, allowed: boolean): void;
  close(): void;
}

/** Creates the stream link; nothing is opened until open(). */
export function createStreamLink(options: StreamLinkOptions): StreamLink {
  let stream: EventSourceLike | null = null;
  let failures = 0;

  function close(): void {
    if (stream) stream.onopen = stream.onerror = null;
    stream?.close();
    stream = null;
  }
  function failed(): void {
    close();
    failures += 1;
    options.onFailure();
  }
  function open(snapshot: QueueSnapshot, allowed: boolean): void {
    const Source = options.EventSource;
    if (stream || !Source || !snapshot.stream || !allowed || !snapshot.mpp.open) return;
    if (failures >= MAX_STREAM_FAILURES) return;
    try {
      const source = new Source(new URL(snapshot.stream, options.baseUrl).href);
      stream = source;
      source.onopen = () => options.onChange();
      // Any error (dropped connection, CORS, 5xx) falls back to polling; the browser's own retry would hide it.
      source.onerror = () => failed();
      source.addEventListener('snapshot', (event) => {
        if (stream !== source) return;
        const result = parseSnapshot(typeof event.data === 'string' ? safeJson(event.data) : undefined);
        if (!result.ok) return failed();
        options.onSnapshot(result.value);
      });
      options.onChange();
    } catch {
      stream = null;
      failures += 1;
    }
  }
  return {
    get active() {
      return stream !== null;
    },
    open,
    close,
  };
}
