/**
 * Request/reply over a one-way message channel, used by both ends of every channel we have
 * (extension host ↔ webview, extension host ↔ engine worker). A request carries a fresh `requestId`;
 * the other side answers with a reply carrying the same id, which resolves the pending promise.
 */

/** Wire form of a request. */
export interface RequestEnvelope<T> {
  kind: 'request';
  requestId: number;
  body: T;
}

/** Wire form of a reply: either a value or an error message. */
export interface ReplyEnvelope<T> {
  kind: 'reply';
  requestId: number;
  ok: boolean;
  body?: T;
  error?: string;
}

/** Wire form of a one-way notification. */
export interface NotifyEnvelope<T> {
  kind: 'notify';
  body: T;
}

/** Anything sent on a channel. */
export type Envelope<Req, Rep, Note> = RequestEnvelope<Req> | ReplyEnvelope<Rep> | NotifyEnvelope<Note>;

/** Keeps the requests in flight for one side of a channel. */
export class RequestTracker<Req, Rep> {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: Rep): void; reject(e: Error): void }>();

  /** @param post sends an envelope to the other side. */
  constructor(private readonly post: (envelope: RequestEnvelope<Req>) => void) {}

  /** Sends `body` and resolves with the other side's reply. */
  request(body: Req): Promise<Rep> {
    const requestId = this.nextId++;
    return new Promise<Rep>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.post({ kind: 'request', requestId, body });
    });
  }

  /** Settles the request a reply answers; returns false for a reply nobody waits for. */
  settle(reply: ReplyEnvelope<Rep>): boolean {
    const waiter = this.pending.get(reply.requestId);
    if (!waiter) return false;
    this.pending.delete(reply.requestId);
    if (reply.ok) waiter.resolve(reply.body as Rep);
    else waiter.reject(new Error(reply.error ?? 'request failed'));
    return true;
  }

  /** Rejects every request in flight (the other side went away). */
  rejectAll(reason: string): void {
    for (const waiter of this.pending.values()) waiter.reject(new Error(reason));
    this.pending.clear();
  }

  /** Requests still waiting for a reply. */
  get inFlight(): number {
    return this.pending.size;
  }
}

/** Builds the reply envelope for a request, turning a thrown error into `ok: false`. */
export async function answer<Req, Rep>(
  request: RequestEnvelope<Req>,
  handle: (body: Req) => Rep | Promise<Rep>,
): Promise<ReplyEnvelope<Rep>> {
  try {
    return { kind: 'reply', requestId: request.requestId, ok: true, body: await handle(request.body) };
  } catch (e) {
    return { kind: 'reply', requestId: request.requestId, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
