/**
 * The postgres.js pool of the app, set up to fail fast while PostgreSQL is unreachable and to
 * recover by itself when it returns:
 * - connect timeout, idle timeout and maximum lifetime of a connection (client side);
 * - statement_timeout and idle_in_transaction_session_timeout on every connection (server side);
 * - a bounded wait for a free connection (postgres.js queues without limit);
 * - a stall watchdog: a connection that has sent something and heard nothing for
 *   DATABASE_STALL_MS triggers a reachability probe; when the server does not answer, the
 *   connection is dropped, so its query fails now instead of after TCP's minutes-long
 *   retransmissions (a slow query on a reachable server is left alone: statement_timeout bounds it);
 * - a circuit: while the server is known to be unreachable, queries fail at once (no socket,
 *   no wait) and a probe every half second notices its return.
 * postgres.js 3.4.9 itself is patched (patches/postgres+3.4.9.patch) for the crash and the
 * poisoned connections it left behind after a connection closed under a transaction.
 */
import net from "node:net";
import postgres, { type Options, type Sql } from "postgres";
import type { Env } from "../lib/env";
import { DatabaseUnavailableError } from "./availability";
import { Reachability } from "./reachability";

export interface PostgresSettings {
  readonly max: number;
  readonly connectTimeoutMs: number;
  readonly poolTimeoutMs: number;
  readonly idleTimeoutS: number;
  readonly maxLifetimeS: number;
  readonly statementTimeoutMs: number;
  readonly idleInTransactionTimeoutMs: number;
  readonly stallMs: number;
  /** Behind PgBouncer in transaction mode: no named prepared statements, no startup parameters. */
  readonly pgbouncer: boolean;
}

export function postgresSettings(env: Env): PostgresSettings {
  return {
    max: env.DATABASE_POOL_MAX,
    connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    poolTimeoutMs: env.DATABASE_POOL_TIMEOUT_MS,
    idleTimeoutS: env.DATABASE_IDLE_TIMEOUT_S,
    maxLifetimeS: env.DATABASE_MAX_LIFETIME_S,
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    idleInTransactionTimeoutMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    stallMs: env.DATABASE_STALL_MS,
    pgbouncer: env.DATABASE_PGBOUNCER,
  };
}

export interface PostgresClient {
  readonly sql: Sql;
  readonly reachability: Reachability;
}

/** How long a reachability probe may take, and how long its answer is reused. */
const probeTimeoutMs = (s: PostgresSettings) => Math.min(700, s.connectTimeoutMs);
const PROBE_FRESH_MS = 500;

interface QueryInternals {
  state: unknown;
  cancelled: unknown;
  reject(error: unknown): void;
  cancel(): void;
}

export function createPostgresClient(url: string, settings: PostgresSettings): PostgresClient {
  // Set once postgres.js has parsed the URL (host, port or socket path, PGHOST…); used from the first connection on.
  let reachability: Reachability | null = null;
  const options: Options<Record<string, postgres.PostgresType>> = {
    max: settings.max,
    connect_timeout: settings.connectTimeoutMs / 1000,
    idle_timeout: settings.idleTimeoutS || undefined,
    max_lifetime: settings.maxLifetimeS || undefined,
    prepare: !settings.pgbouncer,
    // postgres.js waits up to 20 s before reconnecting after many failures, which would outlast
    // the outage; the circuit already keeps queries away from a server that is down.
    backoff: (retries: number) => Math.min(0.5, 0.02 * 2 ** retries),
    onnotice: () => {},
    // PgBouncer refuses unknown startup parameters: there the timeouts are set on the role
    // (see the README); directly on PostgreSQL they travel with every connection.
    connection: settings.pgbouncer
      ? { application_name: "salesradar" }
      : {
          application_name: "salesradar",
          statement_timeout: settings.statementTimeoutMs,
          idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
          // The results query's misestimated plan crossed the JIT threshold and spent 412 of 452 ms
          // compiling; the app's statements are short and never gain from JIT.
          jit: "off",
        },
    socket: ({ ssl }: { ssl?: unknown }) => watchedSocket(Boolean(ssl), settings.stallMs, reachability!),
  } as Options<Record<string, postgres.PostgresType>>;
  const sql = postgres(url, options);
  const parsed = sql.options as unknown as { host: string[]; port: number[]; path?: string | false };
  reachability = new Reachability(
    parsed.path ? { path: parsed.path } : { host: parsed.host[0] ?? "localhost", port: parsed.port[0] ?? 5432 },
    probeTimeoutMs(settings),
    PROBE_FRESH_MS,
  );
  return { sql: guarded(sql, reachability, settings.poolTimeoutMs), reachability };
}

/**
 * A TCP socket that notices silence: armed by a write, kept alive by incoming bytes. When it
 * fires, the server is probed; unreachable → the socket is destroyed with an error that
 * postgres.js hands to the waiting queries.
 */
function watchedSocket(tls: boolean, stallMs: number, reachability: Reachability): net.Socket {
  const socket = net.connect(reachability.address as net.NetConnectOpts);
  let timer: NodeJS.Timeout | null = null;
  let heardAnything = false;
  let idleLikely = false;
  const fire = async () => {
    timer = null;
    const reachable = await reachability.check();
    if (socket.destroyed) return;
    if (!reachable) {
      socket.destroy(new DatabaseUnavailableError("stalled"));
      return;
    }
    // A reachable server and a connection that looks idle (or whose bytes we cannot read,
    // under TLS): nothing to watch until the next write. Otherwise a long query: keep watching.
    if (!(idleLikely || tls)) timer = setTimeout(fire, stallMs);
  };
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  socket.write = ((...args: unknown[]) => {
    idleLikely = false;
    timer ??= setTimeout(fire, stallMs);
    return write(...args);
  }) as typeof socket.write;
  socket.on("data", (chunk: Buffer) => {
    heardAnything = true;
    // ReadyForQuery ('Z', length 5, status) ends every answer: probably nothing outstanding.
    idleLikely = chunk.length >= 6 && chunk[chunk.length - 6] === 0x5a && chunk.readUInt32BE(chunk.length - 5) === 5;
    timer?.refresh();
  });
  socket.on("error", () => void reachability.check());
  socket.once("close", () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!heardAnything) void reachability.check();
  });
  return socket;
}

/**
 * The pool as drizzle sees it: `unsafe` and `begin` fail at once while the server is known to
 * be unreachable, and give up after `poolTimeoutMs` waiting for a free connection (the
 * query is taken out of postgres.js's queue, so it never runs later unseen).
 */
function guarded(sql: Sql, reachability: Reachability, poolTimeoutMs: number): Sql {
  const failFast = () => {
    if (!reachability.down) return null;
    void reachability.check();
    return new DatabaseUnavailableError("unreachable");
  };
  // Work still waiting for a connection: given up at the pool timeout, or at once when the
  // server is found unreachable (it would only wait for connections that cannot come).
  const waiting = new Set<(reason: DatabaseUnavailableError["reason"]) => void>();
  reachability.onDown(() => {
    for (const giveUp of [...waiting]) giveUp("unreachable");
  });
  const bounded = <Q>(query: Q): Q => {
    const internals = query as unknown as QueryInternals;
    const giveUp = (reason: DatabaseUnavailableError["reason"]) => {
      waiting.delete(giveUp);
      clearTimeout(timer);
      if (internals.state === null && !internals.cancelled) {
        internals.reject(new DatabaseUnavailableError(reason));
        internals.cancel();
      }
    };
    const timer = setTimeout(giveUp, poolTimeoutMs, "pool_timeout");
    timer.unref();
    waiting.add(giveUp);
    return query;
  };
  const unsafe = (...args: Parameters<Sql["unsafe"]>) => {
    const down = failFast();
    if (down) throw down;
    return bounded(sql.unsafe(...args));
  };
  const begin = (...args: unknown[]) => {
    const down = failFast();
    if (down) return Promise.reject(down);
    const fn = args.pop() as (tx: unknown) => unknown;
    let started = false;
    let abandoned = false;
    const run = (sql.begin as (...a: unknown[]) => Promise<unknown>)(...args, (tx: unknown) => {
      // Too late: the caller has been told the pool was busy; roll back without doing anything.
      if (abandoned) throw new DatabaseUnavailableError("pool_timeout");
      started = true;
      return fn(tx);
    });
    return new Promise((resolve, reject) => {
      const giveUp = (reason: DatabaseUnavailableError["reason"]) => {
        waiting.delete(giveUp);
        clearTimeout(timer);
        if (started) return;
        abandoned = true;
        reject(new DatabaseUnavailableError(reason));
      };
      const timer = setTimeout(giveUp, poolTimeoutMs, "pool_timeout");
      timer.unref();
      waiting.add(giveUp);
      const settle = () => {
        waiting.delete(giveUp);
        clearTimeout(timer);
      };
      run.then(
        (value) => (settle(), resolve(value)),
        (error: unknown) => (settle(), reject(error)),
      );
    });
  };
  return new Proxy(sql, {
    // sql`…` (a tagged template) is a query too; sql(value) builds a fragment and is left alone.
    apply(target, thisArg, args: unknown[]) {
      const first = args[0] as { raw?: unknown } | undefined;
      if (!Array.isArray(first?.raw)) return Reflect.apply(target, thisArg, args);
      const down = failFast();
      if (down) throw down;
      return bounded(Reflect.apply(target, thisArg, args));
    },
    get(target, property, receiver) {
      if (property === "unsafe") return unsafe;
      if (property === "begin") return begin;
      return Reflect.get(target, property, receiver);
    },
  });
}
