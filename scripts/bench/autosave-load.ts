/**
 * Autosave load, app against peer: the same closed-loop generator (each connection one
 * respondent, one save in flight at a time, a new sequence number per save) against the app's
 * /api/scan/answers and against the bare node:http + postgres.js upsert server. Afterwards every
 * acknowledged answer is checked in the database: lost = stored sequence below the acknowledged
 * one; stale = same sequence, other value.
 */
import type { Agent } from "node:http";
import postgres from "postgres";
import { CURRENT_MODEL_VERSION, getModel } from "../../lib/model";
import { closedLoop, send, type LoadSummary } from "./http-load";

export interface AutosaveTarget {
  readonly name: "app" | "bare";
  readonly url: string;
  /** Origin header (the app refuses cross-origin saves). */
  readonly origin: string;
  /** Cookie per respondent (the app's scan session, or the peer's rid). */
  readonly cookie: (worker: number) => string;
  readonly table: "scan_answers" | "bench_answers";
}

export interface AutosaveRound extends LoadSummary {
  readonly target: AutosaveTarget["name"];
  readonly lost: number;
  readonly stale: number;
}

// Five items spread over the pillars of the current model.
const KEYS = (() => {
  const items = getModel(CURRENT_MODEL_VERSION).pillars.flatMap((p) => p.items.map((i) => `item:${i.key}`));
  return [0, 6, 12, 18, 24].map((i) => items[i % items.length]!);
})();

/** One round against one target; `respondentIds[w]` is the respondent of worker w. */
export async function autosaveRound(
  agent: Agent,
  target: AutosaveTarget,
  respondentIds: readonly string[],
  databaseUrl: string,
  options: { connections: number; durationMs: number },
): Promise<AutosaveRound> {
  const acked = respondentIds.map(() => new Map<string, { value: string; seq: number }>());
  // Sequence numbers only grow (the client queue's rule): start from the clock, then +1.
  const next = respondentIds.map(() => Date.now());
  const failures = new Map<number, number>();
  const summary = await closedLoop(options.connections, options.durationMs, async (w) => {
    const key = KEYS[Math.floor(Math.random() * KEYS.length)]!;
    const value = String(1 + Math.floor(Math.random() * 5));
    const seq = ++next[w]!;
    const response = await send(agent, target.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: target.origin, Cookie: target.cookie(w) },
      body: JSON.stringify({ answers: [{ key, value, seq }] }),
    });
    if (response.status !== 200) {
      failures.set(response.status, (failures.get(response.status) ?? 0) + 1);
      if (failures.size === 1 && failures.get(response.status) === 1) console.log(`  ${target.name}: first failure ${response.status} ${response.body.slice(0, 200)}`);
      return false;
    }
    const applied = (JSON.parse(response.body) as { applied?: string[] }).applied ?? [];
    if (applied.includes(key)) acked[w]!.set(key, { value, seq });
    return true;
  });
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  let lost = 0;
  let stale = 0;
  try {
    const rows = await sql.unsafe<{ respondent_id: string; key: string; value: string; seq: string }[]>(
      `select respondent_id, key, value, seq from ${target.table} where respondent_id = any($1::uuid[])`,
      [respondentIds as string[]],
    );
    const stored = new Map(rows.map((r) => [`${r.respondent_id}/${r.key}`, { value: r.value, seq: Number(r.seq) }]));
    respondentIds.forEach((id, w) => {
      for (const [key, mine] of acked[w]!) {
        const row = stored.get(`${id}/${key}`);
        if (!row || row.seq < mine.seq) lost++;
        else if (row.seq === mine.seq && row.value !== mine.value) stale++;
      }
    });
  } finally {
    await sql.end();
  }
  return { target: target.name, ...summary, lost, stale };
}
