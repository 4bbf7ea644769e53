/**
 * A closed-loop HTTP load generator: `connections` workers, each sending its next request when
 * the previous one answered, for `durationMs`. The same generator drives the app and its peer.
 */
import { Agent, request as httpRequest } from "node:http";
import { percentile } from "./timing";

export interface HttpResult {
  readonly status: number;
  readonly body: string;
}

export function makeAgent(connections: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: connections });
}

/** One HTTP request with a body; never throws for HTTP errors (status 0 = network error). */
export function send(
  agent: Agent,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<HttpResult> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { method: options.method ?? "GET", agent, headers: options.headers, timeout: options.timeoutMs ?? 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", () => resolve({ status: 0, body: "" }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ status: 0, body: "" }));
    if (options.body) req.write(options.body);
    req.end();
  });
}

export interface LoadSummary {
  readonly requests: number;
  readonly errors: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** Runs `connections` workers; `step(worker)` sends one request and returns whether it succeeded. */
export async function closedLoop(connections: number, durationMs: number, step: (worker: number) => Promise<boolean>): Promise<LoadSummary> {
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const end = start + durationMs;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      while (performance.now() < end) {
        const t = performance.now();
        const ok = await step(worker);
        latencies.push(performance.now() - t);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    max: latencies[latencies.length - 1] ?? Number.NaN,
  };
}

/** Times `fn` `runs` times after `warmup` untimed calls: median, p95, max (ms). */
export async function timeRuns(fn: () => Promise<unknown>, runs: number, warmup = 2): Promise<{ p50: number; p95: number; max: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: samples[samples.length - 1] ?? Number.NaN };
}
