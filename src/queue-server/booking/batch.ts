// Group commit for bookings. Every COMMIT waits for fsync (db.ts), and DatabaseSync blocks
// the one thread while it does, so a rush of bookings committed one by one queues behind the
// disk. Requests that arrive while one batch is on disk are collected and run together on the
// next turn of the event loop, in arrival order, in one transaction: the same checks, one
// fsync. Nobody is answered before their batch is committed.

/** Wraps `run` (which gets items in order and returns a result or an Error for each) as a per-item promise. */
export function createBatcher<T, R>(run: (items: T[]) => (R | Error)[]) {
  let queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    const batch = queue;
    queue = [];
    let results: (R | Error)[];
    try {
      results = run(batch.map((b) => b.item));
    } catch (error) {
      for (const b of batch) b.reject(error);
      return;
    }
    batch.forEach((b, i) => {
      const r = results[i] as R | Error;
      if (r instanceof Error) b.reject(r);
      else b.resolve(r);
    });
  }

  return (item: T): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}
