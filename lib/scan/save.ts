import "server-only";
/**
 * Autosave in one round trip. One prepared statement resolves the respondent (from the scan
 * session, or by id for server-side callers), applies the guards (engagement open, not
 * submitted, model version the answers were checked against), upserts every answer keeping the
 * higher client sequence number, keeps answered_count, and returns what is stored now.
 *
 * Guarantees, and why they hold without a transaction around several statements:
 * - Ordered and idempotent: `on conflict … seq = greatest(old, new)`; a late or repeated save
 *   never overwrites a newer answer (the conflict check reads the latest committed row).
 * - Nothing after submit: the respondent row is locked `for no key update` with
 *   `submitted_at is null` in the same WHERE; a save that waited for a submit re-checks the
 *   submitted row and writes nothing (PostgreSQL re-evaluates a locked row after the wait).
 * - Closing: the engagement row is not locked (a share lock by every save made the hot row a
 *   multixact bottleneck). A save that read "open" just before a close commits may land a
 *   moment after it; it belongs to a respondent who has not submitted, so it counts in no
 *   figure (results use submitted scans only), and submit itself still serialises with close.
 * - Exact answers back: the upsert always returns the stored row (updating a stale one to
 *   itself), so `current` is the row as stored now, not as of the statement's snapshot.
 */
import { sql } from "drizzle-orm";
import { executePrepared } from "../../db/prepared";
import type { Executor } from "../../db/types";
import { acceptsAnswers } from "../engagements/status";
import { getModel, MODEL_VERSIONS, UnknownModelVersionError } from "../model";
import { checkAnswer, normaliseComment } from "./answers";
import { ScanError } from "./errors";
import type { AnswerInput, SaveResult, StoredAnswer } from "./queries";
import { hashSessionToken, resolveScanSession } from "./session";

export type SaveTarget = { readonly respondentId: string } | { readonly sessionToken: string };

interface Batch {
  /** Newest entry per key (one statement may not touch a row twice), values normalised. */
  readonly rows: readonly { key: string; value: string; seq: number }[];
  /** Model versions under which every answer of the batch is valid. */
  readonly versions: readonly string[];
}

/** Checks the batch against every released model (the respondent's is only known in the statement). */
function prepareBatch(input: readonly AnswerInput[]): Batch {
  const latest = new Map<string, { value: string; seq: number }>();
  for (const entry of input) {
    if (!Number.isSafeInteger(entry.seq) || entry.seq < 1) throw new ScanError("invalid_answer", entry.key.slice(0, 120));
    const previous = latest.get(entry.key);
    if (!previous || previous.seq < entry.seq) latest.set(entry.key, { value: entry.value, seq: entry.seq });
  }
  if (latest.size === 0) throw new ScanError("malformed");
  const versions = Object.values(MODEL_VERSIONS)
    .filter((model) => [...latest].every(([key, a]) => checkAnswer(model, key, a.value).ok))
    .map((model) => model.version);
  const rows = [...latest].map(([key, a]) => ({ key, value: key.startsWith("comment:") ? normaliseComment(a.value) : a.value, seq: a.seq }));
  return { rows, versions };
}

function targetQuery(target: SaveTarget, versions: readonly string[]) {
  const guards = sql`r.submitted_at is null and e.status = 'open' and e.model_version = any(${`{${versions.join(",")}}`}::text[])`;
  if ("sessionToken" in target) {
    return sql`select r.id from scan_sessions s
      join respondents r on r.id = s.respondent_id
      join engagements e on e.id = r.engagement_id and e.firm_id = r.firm_id
      where s.token_hash = ${hashSessionToken(target.sessionToken)} and s.expires_at > now()
        and (r.link_revoked_at is null or r.link_revoked_at < s.created_at) and ${guards}
      for no key update of r`;
  }
  return sql`select r.id from respondents r
    join engagements e on e.id = r.engagement_id and e.firm_id = r.firm_id
    where r.id = ${target.respondentId} and ${guards}
    for no key update of r`;
}

type SavedRow = { respondent_id: string | null; saved: [string, string, number | string][] | string | null; max_seq: number | string | null };

async function runSave(db: Executor, target: SaveTarget, batch: Batch): Promise<SavedRow | undefined> {
  const statementName = "sessionToken" in target ? "scan_save_by_session" : "scan_save_by_respondent";
  const [row] = await executePrepared<SavedRow>(
    db,
    statementName,
    sql`with input as (
        select key, value, seq from jsonb_to_recordset(${JSON.stringify(batch.rows)}::jsonb) as i(key text, value text, seq bigint)
      ),
      target as (${targetQuery(target, batch.versions)}),
      saved as (
        insert into scan_answers as a (respondent_id, key, value, seq)
        select target.id, input.key, input.value, input.seq from target cross join input
        on conflict (respondent_id, key) do update set
          value = case when a.seq < excluded.seq then excluded.value else a.value end,
          updated_at = case when a.seq < excluded.seq then now() else a.updated_at end,
          seq = greatest(a.seq, excluded.seq)
        returning a.key, a.value, a.seq, (a.xmax = 0) as inserted
      ),
      counted as (
        update respondents r set answered_count = r.answered_count + n.new_items, updated_at = now()
        from (select count(*)::int as new_items from saved where inserted and key like 'item:%') n, target
        where r.id = target.id and n.new_items > 0
        returning r.id
      )
      select (select id from target) as respondent_id,
        (select jsonb_agg(jsonb_build_array(key, value, seq)) from saved) as saved,
        greatest(
          (select max(seq) from scan_answers where respondent_id = (select id from target)),
          (select max(seq) from saved)
        ) as max_seq`,
  );
  return row;
}

/** Why the statement wrote nothing: the same answers, in the same order, as before. */
async function refusal(db: Executor, target: SaveTarget, batch: Batch): Promise<ScanError | null> {
  const state =
    "sessionToken" in target
      ? await resolveScanSession(db, target.sessionToken).then((ctx) =>
          ctx ? { submitted: ctx.respondent.submittedAt !== null, status: ctx.engagement.status, modelVersion: ctx.engagement.modelVersion } : null,
        )
      : await respondentState(db, target.respondentId);
  if (!state) return new ScanError("invalid_session");
  if (state.submitted) return new ScanError("already_submitted");
  if (!acceptsAnswers(state.status)) return new ScanError("engagement_closed");
  let model;
  try {
    model = getModel(state.modelVersion);
  } catch (error) {
    if (error instanceof UnknownModelVersionError) return new ScanError("engagement_closed");
    throw error;
  }
  for (const row of batch.rows) if (!checkAnswer(model, row.key, row.value).ok) return new ScanError("invalid_answer", row.key.slice(0, 120));
  return null;
}

async function respondentState(db: Executor, respondentId: string) {
  const [row] = await executePrepared<{ submitted: boolean; status: string; model_version: string }>(
    db,
    "scan_respondent_state",
    sql`select r.submitted_at is not null as submitted, e.status, e.model_version from respondents r
      join engagements e on e.id = r.engagement_id and e.firm_id = r.firm_id where r.id = ${respondentId}`,
  );
  return row ? { submitted: row.submitted, status: row.status as Parameters<typeof acceptsAnswers>[0], modelVersion: row.model_version } : null;
}

function parseSaved(value: SavedRow["saved"]): [string, string, number][] {
  const list = typeof value === "string" ? (JSON.parse(value) as SavedRow["saved"]) : value;
  return ((list ?? []) as [string, string, number | string][]).map(([k, v, s]) => [k, v, Number(s)]);
}

/**
 * Saves a batch of answers. Everything is checked before anything is written; a refused batch
 * changes nothing and throws ScanError (invalid_session, already_submitted, engagement_closed,
 * invalid_answer, malformed).
 */
export async function saveAnswers(db: Executor, target: string | SaveTarget, input: readonly AnswerInput[]): Promise<SaveResult> {
  const where: SaveTarget = typeof target === "string" ? { respondentId: target } : target;
  const batch = prepareBatch(input);
  if (batch.versions.length > 0) {
    // When the statement writes nothing, `refusal` says why; it finds nothing wrong only when the
    // state changed in between (e.g. reopened): then once more.
    for (let attempt = 0; attempt < 2; attempt++) {
      const row = await runSave(db, where, batch);
      if (row?.respondent_id) {
        const sent = new Map(batch.rows.map((r) => [r.key, r]));
        const applied: string[] = [];
        const current: Record<string, StoredAnswer> = {};
        for (const [key, value, seq] of parseSaved(row.saved)) {
          const mine = sent.get(key);
          if (mine && mine.seq === seq && mine.value === value) applied.push(key);
          else current[key] = [value, seq];
        }
        return { applied, current, maxSeq: Number(row.max_seq ?? 0) };
      }
      const error = await refusal(db, where, batch);
      if (error) throw error;
    }
    throw new ScanError("engagement_closed");
  }
  // Valid under no model: find out why (closed and submitted come before a bad answer).
  throw (await refusal(db, where, batch)) ?? new ScanError("invalid_answer", batch.rows[0]?.key.slice(0, 120));
}
