/**
 * Big work inside one transaction, cut into small requests so that no task of the window is long
 * (docs/architecture.md, "Long work"), with a few requests queued at a time so that IndexedDB is
 * never idle while the window prepares the next. Each request is made from the callback of an
 * earlier one while another is still pending: a transaction with nothing pending commits, and
 * the rest of the work would land outside it.
 */
export class RequestQueue {
  private readonly pending: Promise<unknown>[] = [];

  constructor(private readonly depth = 2) {}

  /** Queues a request; waits (for the oldest) only when `depth` are queued. */
  async add(request: Promise<unknown>): Promise<void> {
    // A failure is rethrown when its request is awaited; once the transaction is abandoned
    // (Cancel, an earlier failure) the requests still queued must not surface as unhandled.
    request.catch(() => undefined);
    this.pending.push(request);
    if (this.pending.length >= this.depth) await this.pending.shift();
  }

  /** Waits for every request queued, rethrowing the first failure. */
  async drain(): Promise<void> {
    while (this.pending.length) await this.pending.shift();
  }
}
