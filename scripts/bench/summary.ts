/** One-paragraph description of the synthetic data, so the benchmark says what it measured. */
import type { MaturityModel } from "../../lib/model";
import { ROLE_GROUPS } from "../../lib/model";
import type { ScanResponse } from "../../lib/scoring";
import { teamOf } from "../../lib/scoring";
import { fingerprint, TEAMS } from "./synthetic";

const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;

export function describeResponses(model: MaturityModel, responses: readonly ScanResponse[]): string {
  const count = <T>(values: readonly T[], value: T): number => values.filter((v) => v === value).length;
  const roles = responses.map((r) => r.roleGroup);
  const teams = responses.map(teamOf);
  const answers = { level: 0, dk: 0, na: 0, empty: 0 };
  let emptyPillars = 0;
  for (const r of responses) {
    for (const p of model.pillars) {
      if (p.items.every((i) => r.items[i.key] === undefined)) emptyPillars++;
      for (const i of p.items) {
        const a = r.items[i.key];
        if (typeof a === "number") answers.level++;
        else if (a === "dont_know") answers.dk++;
        else if (a === "not_applicable") answers.na++;
        else answers.empty++;
      }
    }
  }
  const cells = responses.length * model.pillars.length;
  const itemCells = answers.level + answers.dk + answers.na + answers.empty;
  const kpis = responses.flatMap((r) => model.kpis.map((k) => r.kpis[k.key]));
  const given = (field: "desired" | "importance"): string =>
    pct(responses.reduce((n, r) => n + Object.keys(r[field]).length, 0), cells);
  return [
    `${responses.length} respondents, fingerprint ${fingerprint(responses)}`,
    `  role groups: ${ROLE_GROUPS.map((g) => `${g} ${count(roles, g)}`).join(", ")}`,
    `  teams: ${TEAMS.map((t) => `${t} ${count(teams, t)}`).join(", ")}, none ${count(teams, null)}`,
    `  items: level ${pct(answers.level, itemCells)}, don't know ${pct(answers.dk, itemCells)}, ` +
      `n/a ${pct(answers.na, itemCells)}, empty ${pct(answers.empty, itemCells)}; empty pillars ${pct(emptyPillars, cells)}`,
    `  desired given ${given("desired")}, importance given ${given("importance")}; KPI answers: ` +
      `yes ${pct(count(kpis, "yes"), kpis.length)}, no ${pct(count(kpis, "no"), kpis.length)}, ` +
      `don't know ${pct(count(kpis, "dont_know"), kpis.length)}, empty ${pct(count(kpis, undefined), kpis.length)}`,
  ].join("\n");
}
