import "server-only";
/**
 * Renders PDF reports in worker threads (piscina), so a render's half second of CPU never blocks
 * the instance's other requests. At most PDF_RENDER_WORKERS renders run at once (default: one
 * less than the cores, so requests keep a core); up to PDF_RENDER_QUEUE more wait; beyond that a
 * render is refused with RenderQueueFullError and the route answers 503 with Retry-After.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { env } from "../env";
import type { ReportData } from "../pdf";
import { pdfWorkerPath } from "./render-pool-file";

export class RenderQueueFullError extends Error {
  override name = "RenderQueueFullError";
  constructor() {
    super("too many PDF renders are waiting");
  }
}

export interface RenderPool {
  render(data: ReportData): Promise<Buffer>;
  /** Renders waiting for a worker. */
  readonly queued: number;
  close(): Promise<void>;
}

export function createRenderPool(options: { workers: number; queue: number }): RenderPool {
  const pool = new Piscina({
    filename: pdfWorkerPath(),
    minThreads: 1,
    maxThreads: options.workers,
    maxQueue: options.queue,
    // A warm worker keeps its fonts and shaped-text cache; an idle one goes after 10 minutes.
    idleTimeout: 10 * 60 * 1000,
  });
  return {
    async render(data) {
      try {
        const bytes = (await pool.run(data)) as Uint8Array;
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (error) {
        // piscina's own words for a full queue.
        if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new RenderQueueFullError();
        throw error;
      }
    },
    get queued() {
      return pool.queueSize;
    },
    close: () => pool.close(),
  };
}

const holder = globalThis as typeof globalThis & { __pdfPool?: RenderPool };

/** Renders in the app's pool (created on first use); RenderQueueFullError when the queue is full. */
export function renderInPool(data: ReportData): Promise<Buffer> {
  holder.__pdfPool ??= createRenderPool({
    workers: env.PDF_RENDER_WORKERS ?? Math.max(1, availableParallelism() - 1),
    queue: env.PDF_RENDER_QUEUE ?? 8,
  });
  return holder.__pdfPool.render(data);
}
