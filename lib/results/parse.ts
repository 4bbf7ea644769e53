/**
 * From stored answers (scan_answers key/value rows) to the scoring engine's input
 * (lib/scoring ScanResponse). Pure: shared by the database path, the tests and the benchmark.
 *
 * The scan validates every answer before storing it, so everything here is expected to be
 * valid. Should a stored value ever not fit the engagement's model (a hand-edited row, a key of
 * another model version), it is left out and counted in `ignored` rather than breaking the
 * results of everyone else.
 */
import type { ItemKey, LevelNumber, MaturityModel, PillarKey, RoleGroup } from "../model/types";
import { ROLE_GROUPS } from "../model/types";
import type { ItemAnswer, KpiAnswer, ScanResponse } from "../scoring/types";

/** What one respondent row of the results query carries besides the answers. */
export interface StoredRespondent {
  readonly id: string;
  readonly roleGroup: RoleGroup;
  readonly team: string | null;
}

const LEVEL_VALUES: ReadonlyMap<string, LevelNumber> = new Map([
  ["1", 1],
  ["2", 2],
  ["3", 3],
  ["4", 4],
  ["5", 5],
]);

type AnswerKind = "item" | "desired" | "importance" | "kpi" | "comment";

/** Every stored key the model accepts ("item:organisation.crm" …) → its kind and the key without prefix. */
const keyCache = new WeakMap<MaturityModel, ReadonlyMap<string, { readonly kind: AnswerKind; readonly name: string }>>();

function modelKeys(model: MaturityModel): ReadonlyMap<string, { readonly kind: AnswerKind; readonly name: string }> {
  let keys = keyCache.get(model);
  if (!keys) {
    const map = new Map<string, { kind: AnswerKind; name: string }>();
    for (const p of model.pillars) {
      for (const i of p.items) map.set(`item:${i.key}`, { kind: "item", name: i.key });
      for (const kind of ["desired", "importance", "comment"] as const) map.set(`${kind}:${p.key}`, { kind, name: p.key });
    }
    for (const k of model.kpis) map.set(`kpi:${k.key}`, { kind: "kpi", name: k.key });
    keys = map;
    keyCache.set(model, keys);
  }
  return keys;
}

export interface ParsedResponse {
  readonly response: ScanResponse;
  /** Stored answers that do not fit the model (left out). */
  readonly ignored: number;
}

/**
 * One respondent's answers (key → value, as stored) as a ScanResponse.
 * - `item:<key>`: "1"–"5" → level; "dont_know" / "not_applicable" kept as such.
 * - `desired:<pillar>`, `importance:<pillar>`: "1"–"5".
 * - `kpi:<key>`: "yes" / "no" / "dont_know".
 * - `comment:<pillar>`: kept when it has more than whitespace ("" means "no comment").
 * `comments` is present only when the respondent left at least one comment.
 */
export function responseFromAnswers(
  model: MaturityModel,
  respondent: StoredRespondent,
  answers: Readonly<Record<string, string>> | null | undefined,
): ParsedResponse {
  const keys = modelKeys(model);
  const items: Partial<Record<ItemKey, ItemAnswer>> = {};
  const desired: Partial<Record<PillarKey, LevelNumber>> = {};
  const importance: Partial<Record<PillarKey, LevelNumber>> = {};
  const kpis: Partial<Record<string, KpiAnswer>> = {};
  const comments: Partial<Record<PillarKey, string>> = {};
  let hasComment = false;
  let ignored = 0;
  if (answers) {
    for (const key in answers) {
      const value = answers[key];
      const known = keys.get(key);
      if (known === undefined || typeof value !== "string") {
        ignored++;
        continue;
      }
      const name = known.name;
      switch (known.kind) {
        case "item": {
          const level = LEVEL_VALUES.get(value);
          if (level !== undefined) items[name as ItemKey] = level;
          else if (value === "dont_know" || value === "not_applicable") items[name as ItemKey] = value;
          else ignored++;
          break;
        }
        case "desired":
        case "importance": {
          const level = LEVEL_VALUES.get(value);
          if (level === undefined) ignored++;
          else (known.kind === "desired" ? desired : importance)[name as PillarKey] = level;
          break;
        }
        case "kpi":
          if (value === "yes" || value === "no" || value === "dont_know") kpis[name] = value;
          else ignored++;
          break;
        case "comment":
          if (value.trim() !== "") {
            comments[name as PillarKey] = value;
            hasComment = true;
          }
          break;
      }
    }
  }
  const roleGroup: RoleGroup = (ROLE_GROUPS as readonly string[]).includes(respondent.roleGroup) ? respondent.roleGroup : "other";
  const response: ScanResponse = {
    respondentId: respondent.id,
    roleGroup,
    team: respondent.team,
    items,
    desired,
    importance,
    kpis,
    ...(hasComment ? { comments } : {}),
  };
  return { response, ignored };
}

/** The stored form of a response (the inverse of {@link responseFromAnswers}); for tests and seeding. */
export function answersFromResponse(response: ScanResponse): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (const [key, value] of Object.entries(response.items)) if (value !== undefined) out.push({ key: `item:${key}`, value: String(value) });
  for (const [key, value] of Object.entries(response.desired)) if (value !== undefined) out.push({ key: `desired:${key}`, value: String(value) });
  for (const [key, value] of Object.entries(response.importance)) if (value !== undefined) out.push({ key: `importance:${key}`, value: String(value) });
  for (const [key, value] of Object.entries(response.kpis)) if (value !== undefined) out.push({ key: `kpi:${key}`, value });
  for (const [key, value] of Object.entries(response.comments ?? {})) if (value !== undefined) out.push({ key: `comment:${key}`, value });
  return out;
}
