/**
 * A TCP proxy for resilience tests, put between a client and a server (the app and
 * PostgreSQL, or a load generator and several app instances):
 * - `pass()`: bytes flow both ways;
 * - `cut()`: every open connection is reset and new ones are refused (reset) until `pass()`,
 *   as when the server restarts;
 * - `blackhole()`: connections stay open but nothing flows either way, and new connections
 *   are accepted but get no answer, as when a network path drops packets. Bytes are held in
 *   the kernel's buffers (the proxy stops reading), so after `pass()` they arrive as TCP would
 *   deliver them after its retransmissions.
 * With several targets it is a round-robin balancer that skips a target refusing connections.
 */
import net from "node:net";

export type FaultMode = "pass" | "cut" | "blackhole";

export interface Target {
  readonly host: string;
  readonly port: number;
}

interface Pair {
  readonly client: net.Socket;
  upstream: net.Socket | null;
}

export class FaultProxy {
  private server: net.Server | null = null;
  private readonly pairs = new Set<Pair>();
  private next = 0;
  private current: FaultMode = "pass";
  /** Connections accepted per target index (for the round-robin figures). */
  readonly accepted: number[];

  constructor(
    private readonly targets: readonly Target[],
    private readonly listenHost = "127.0.0.1",
  ) {
    if (targets.length === 0) throw new Error("FaultProxy needs at least one target");
    this.accepted = targets.map(() => 0);
  }

  get mode(): FaultMode {
    return this.current;
  }

  get connections(): number {
    return this.pairs.size;
  }

  /** Listens on `port` (0: any free port) and resolves with the port. */
  async start(port = 0): Promise<number> {
    const server = net.createServer((client) => this.accept(client));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, this.listenHost, () => resolve());
    });
    return (server.address() as net.AddressInfo).port;
  }

  pass(): void {
    this.current = "pass";
    for (const pair of this.pairs) {
      if (!pair.upstream) this.connectUpstream(pair, 0);
      else this.flow(pair, true);
    }
  }

  cut(): void {
    this.current = "cut";
    for (const pair of [...this.pairs]) this.drop(pair);
  }

  blackhole(): void {
    this.current = "blackhole";
    for (const pair of this.pairs) this.flow(pair, false);
  }

  async stop(): Promise<void> {
    for (const pair of [...this.pairs]) this.drop(pair);
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    client.on("error", () => undefined);
    if (this.current === "cut") {
      client.resetAndDestroy();
      return;
    }
    const pair: Pair = { client, upstream: null };
    this.pairs.add(pair);
    client.pause();
    client.on("close", () => this.drop(pair));
    if (this.current === "pass") this.connectUpstream(pair, 0);
  }

  private connectUpstream(pair: Pair, tried: number): void {
    const index = this.next++ % this.targets.length;
    const target = this.targets[index]!;
    const upstream = net.connect(target.port, target.host);
    pair.upstream = upstream;
    let connected = false;
    upstream.on("error", () => {
      // A target that refuses (a stopped instance) is skipped while another one is left.
      if (!connected && tried + 1 < this.targets.length && this.pairs.has(pair)) {
        upstream.destroy();
        this.connectUpstream(pair, tried + 1);
        return;
      }
      this.drop(pair);
    });
    upstream.on("connect", () => {
      connected = true;
      this.accepted[index]! += 1;
      pair.client.pipe(upstream);
      upstream.pipe(pair.client);
      this.flow(pair, this.current === "pass");
    });
    upstream.on("close", () => {
      if (pair.upstream === upstream && connected) this.drop(pair);
    });
  }

  private flow(pair: Pair, on: boolean): void {
    for (const socket of [pair.client, pair.upstream]) {
      if (!socket) continue;
      if (on) socket.resume();
      else socket.pause();
    }
  }

  private drop(pair: Pair): void {
    if (!this.pairs.delete(pair)) return;
    for (const socket of [pair.client, pair.upstream]) {
      if (socket && !socket.destroyed) socket.resetAndDestroy();
    }
  }
}
