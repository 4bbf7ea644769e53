/**
 * Is the PostgreSQL server answering at all? Asked by opening a TCP connection and sending the
 * 8-byte SSLRequest, which the server (and PgBouncer) answers with one byte before any
 * authentication: cheap, needs no credentials, and fails the same way a real connection
 * would (refused, reset, or no answer within the limit).
 *
 * One probe at a time per server; a result is reused for `freshMs`, so a burst of stalled
 * connections or failing requests costs one probe, not hundreds.
 */
import net from "node:net";

const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);

/** Where the server listens: TCP host and port, or a Unix socket path. */
export type ServerAddress = { readonly host: string; readonly port: number } | { readonly path: string };

export function probeServer(address: ServerAddress, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(address as net.NetConnectOpts);
    let finished = false;
    const done = (ok: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    // Decided only after the next round of I/O: when this process was busy (a blocked event
    // loop fires timers before reading sockets), an answer already waiting still counts.
    const timer = setTimeout(() => setImmediate(() => done(false)), timeoutMs);
    socket.once("connect", () => socket.write(SSL_REQUEST));
    socket.once("data", () => done(true));
    socket.once("error", () => done(false));
    socket.once("close", () => done(false));
  });
}

export class Reachability {
  /** Known unreachable since this moment (ms), or null while it looks fine. */
  private downSince: number | null = null;
  private checkedAt = 0;
  private inflight: Promise<boolean> | null = null;
  private readonly downListeners = new Set<() => void>();

  constructor(
    readonly address: ServerAddress,
    private readonly timeoutMs: number,
    private readonly freshMs: number,
  ) {}

  get down(): boolean {
    return this.downSince !== null;
  }

  /** Called each time the server is found unreachable (after having been reachable). */
  onDown(listener: () => void): void {
    this.downListeners.add(listener);
  }

  /** A query succeeded: the server is there. */
  markUp(): void {
    this.downSince = null;
  }

  /** While down, probes in the background, so the first request after the server's return already goes through. */
  private watchUntilUp(): void {
    const timer = setInterval(() => {
      if (!this.down) clearInterval(timer);
      else void this.check();
    }, this.freshMs);
    timer.unref();
  }

  /** Probes (or reuses a fresh result) and records the outcome. */
  check(): Promise<boolean> {
    if (this.inflight) return this.inflight;
    if (Date.now() - this.checkedAt < this.freshMs) return Promise.resolve(!this.down);
    this.inflight = probeServer(this.address, this.timeoutMs).then((ok) => {
      this.checkedAt = Date.now();
      this.inflight = null;
      if (ok) this.downSince = null;
      else if (this.downSince === null) {
        this.downSince = Date.now();
        this.watchUntilUp();
        for (const listener of this.downListeners) listener();
      }
      return ok;
    });
    return this.inflight;
  }
}
