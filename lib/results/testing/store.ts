/**
 * Test and benchmark helper: stores scoring-engine responses through the real tables
 * (respondents + scan_answers, exactly as the scan stores them). Not used by the application.
 */
import { randomUUID } from "node:crypto";
import { respondents, scanAnswers } from "../../../db/schema";
import type { Database, Executor } from "../../../db/types";
import type { MaturityModel } from "../../model/types";
import type { ScanResponse } from "../../scoring/types";
import { answersFromResponse } from "../parse";

export interface StoredPerson {
  readonly name: string;
  readonly response: ScanResponse;
  /** Default true; false stores the answers of a scan that was never submitted. */
  readonly submitted?: boolean;
  readonly email?: string;
}

/**
 * Inserts the people with their answers (in chunks, in one transaction) and returns the
 * database id of each, keyed by the response's own respondentId.
 */
export async function storeResponses(
  db: Database,
  target: { firmId: string; engagementId: string },
  people: readonly StoredPerson[],
  options: { chunk?: number } = {},
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const chunk = options.chunk ?? 200;
  const run = async (tx: Executor) => {
    for (let start = 0; start < people.length; start += chunk) {
      const slice = people.slice(start, start + chunk);
      const rows = await tx
        .insert(respondents)
        .values(
          slice.map((p) => ({
            firmId: target.firmId,
            engagementId: target.engagementId,
            name: p.name,
            email: p.email ?? `${randomUUID()}@example.test`,
            roleGroup: p.response.roleGroup,
            team: p.response.team ?? null,
            answeredCount: Object.keys(p.response.items).length,
            submittedAt: p.submitted === false ? null : new Date(),
          })),
        )
        .returning({ id: respondents.id });
      const answers: { respondentId: string; key: string; value: string; seq: number }[] = [];
      slice.forEach((p, i) => {
        const id = rows[i]!.id;
        ids.set(p.response.respondentId, id);
        answersFromResponse(p.response).forEach((a, seq) => answers.push({ respondentId: id, key: a.key, value: a.value, seq: seq + 1 }));
      });
      for (let a = 0; a < answers.length; a += 2000) await tx.insert(scanAnswers).values(answers.slice(a, a + 2000));
    }
  };
  await db.transaction((tx) => run(tx));
  return ids;
}

/** The same responses with the database ids, in the order the results query returns them (by name). */
export function withStoredIds(people: readonly StoredPerson[], ids: ReadonlyMap<string, string>): ScanResponse[] {
  return [...people]
    .filter((p) => p.submitted !== false)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((p) => ({ ...p.response, respondentId: ids.get(p.response.respondentId)! }));
}

/**
 * Rewrites KPI answers made for one model (e.g. the scoring fixtures' k<level>_<n> keys) to the
 * KPI keys of another model with the same number of KPIs per level, by level and position.
 */
export function mapKpiKeys(response: ScanResponse, from: MaturityModel, to: MaturityModel): ScanResponse {
  const target = new Map<string, string>();
  for (const level of [1, 2, 3, 4, 5] as const) {
    const a = from.kpis.filter((k) => k.level === level);
    const b = to.kpis.filter((k) => k.level === level);
    if (a.length !== b.length) throw new Error(`level ${level}: ${a.length} KPIs vs ${b.length}`);
    a.forEach((k, i) => target.set(k.key, b[i]!.key));
  }
  const kpis: Record<string, ScanResponse["kpis"][string]> = {};
  for (const [key, value] of Object.entries(response.kpis)) kpis[target.get(key) ?? key] = value;
  return { ...response, kpis };
}
