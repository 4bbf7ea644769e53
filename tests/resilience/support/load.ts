/**
 * Autosave load with the browser's own queue (lib/scan/client-queue.ts: one request at a time,
 * retries with backoff on network errors, 5xx and 429): every respondent changes answers at
 * random moments, then waits until its queue is empty. Afterwards the database is compared with
 * the last value each respondent chose: missing = lost, different = stale.
 */
import { inArray } from "drizzle-orm";
import { scanAnswers } from "../../../db/schema";
import type { Database } from "../../../db/types";
import { AnswerQueue } from "../../../lib/scan/client-queue";
import type { Respondent } from "./seed";

export interface RequestRecord {
  readonly start: number;
  readonly end: number;
  /** HTTP status, or 0 for a network error (refused, reset, aborted). */
  readonly status: number;
}

export interface LoadOptions {
  /** Where requests go (the app, or a balancer in front of several instances). */
  readonly baseUrl: string;
  readonly respondents: readonly Respondent[];
  readonly savesPerRespondent: number;
  /** Pause between one respondent's changes, picked uniformly in this range. */
  readonly pauseMs: readonly [number, number];
  /** How long to wait, after the last change, for every queue to empty. */
  readonly settleMs: number;
}

export interface LoadResult {
  readonly requests: readonly RequestRecord[];
  /** Respondent id → key → the value the respondent chose last. */
  readonly chosen: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Respondents whose queue still held answers when the settle time ran out. */
  readonly unsettled: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

export async function runAutosaveLoad(options: LoadOptions): Promise<LoadResult> {
  const requests: RequestRecord[] = [];
  const chosen = new Map<string, Map<string, string>>();
  let unsettled = 0;
  const base = options.baseUrl;
  await Promise.all(
    options.respondents.map(async (respondent, index) => {
      const mine = new Map<string, string>();
      chosen.set(respondent.id, mine);
      const queue = new AnswerQueue(`load-${respondent.id}`, {
        fetch: async (path, init) => {
          const start = Date.now();
          try {
            const response = await fetch(`${base}${path}`, {
              ...init,
              headers: { ...(init.headers as Record<string, string>), cookie: `salesradar_scan=${respondent.session}`, origin: base, "sec-fetch-site": "same-origin" },
              signal: AbortSignal.timeout(20_000),
            });
            const body = await response.text();
            requests.push({ start, end: Date.now(), status: response.status});
            return new Response(body, { status: response.status, headers: response.headers });
          } catch (error) {
            requests.push({ start, end: Date.now(), status: 0 });
            throw error;
          }
        },
        storage: memoryStorage(),
        now: () => Date.now(),
        isOnline: () => true,
        setTimer: (fn, ms) => setTimeout(fn, ms),
        clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
      });
      queue.init({}, 0);
      const [low, high] = options.pauseMs;
      for (let i = 0; i < options.savesPerRespondent; i++) {
        await sleep(low + Math.random() * (high - low));
        // Keys cycle with an offset per respondent, so most keys are changed more than once.
        const key = respondent.itemKeys[(index + i * 7) % respondent.itemKeys.length]!;
        const previous = Number(mine.get(key) ?? "0");
        const value = String((previous % 5) + 1);
        queue.set(key, value);
        mine.set(key, value);
      }
      const deadline = Date.now() + options.settleMs;
      while (queue.hasPending && Date.now() < deadline) {
        if (queue.stopped) break;
        await sleep(100);
      }
      if (queue.hasPending) unsettled++;
    }),
  );
  return { requests, chosen, unsettled };
}

export interface Figures {
  readonly requests: number;
  readonly failed: number;
  readonly lost: number;
  readonly stale: number;
  readonly longestMs: number;
  readonly unsettled: number;
}

/** Compares the database with what the respondents chose. */
export async function figuresOf(db: Database, result: LoadResult): Promise<Figures> {
  const rows = await db
    .select({ respondentId: scanAnswers.respondentId, key: scanAnswers.key, value: scanAnswers.value })
    .from(scanAnswers)
    .where(inArray(scanAnswers.respondentId, [...result.chosen.keys()]));
  const stored = new Map(rows.map((r) => [`${r.respondentId}/${r.key}`, r.value]));
  let lost = 0;
  let stale = 0;
  for (const [respondentId, answers] of result.chosen) {
    for (const [key, value] of answers) {
      const found = stored.get(`${respondentId}/${key}`);
      if (found === undefined) lost++;
      else if (found !== value) stale++;
    }
  }
  return {
    requests: result.requests.length,
    failed: result.requests.filter((r) => r.status === 0 || r.status >= 500).length,
    lost,
    stale,
    longestMs: Math.max(0, ...result.requests.map((r) => r.end - r.start)),
    unsettled: result.unsettled,
  };
}

export function printFigures(name: string, f: Figures, extra = ""): void {
  console.info(
    `[resilience] ${name}: requests ${f.requests}, failed (retried) ${f.failed}, lost ${f.lost}, stale ${f.stale}, ` +
      `longest request ${f.longestMs} ms, unsettled queues ${f.unsettled}${extra ? `, ${extra}` : ""}`,
  );
}
