/**
 * The reference engagement: 8 respondents in 3 role groups (2 management, 4 sales,
 * 2 customer service), two teams and one respondent without a team. Answers are chosen so that
 * every figure can be computed by hand; reference.test.ts holds the hand computations.
 *
 * Item answers per pillar (organisation, marketing, coaching, leadership, accounts), five
 * characters per pillar in item order: 1–5 = level, d = don't know, n = not applicable,
 * - = left empty.
 *
 *            organisation marketing coaching leadership accounts   desired importance team
 *   M1 mgmt  44523        44421     33232    33435      22223      44433   34525      Noord
 *   M2 mgmt  44323        44421     33232    33435      22223      44433   34525      (none)
 *   S1 sales 33423        44411     22232    33433      21222      43433   34425      Noord
 *   S2 sales 33423        44411     22232    33433      21222      43433   34425      Noord
 *   S3 sales 2341n        44411     22232    33433      21222      43433   34425      Zuid
 *   S4 sales 2341d        44411     22232    33433      21222      43433   34425      Zuid
 *   C1 cs    3243d        44411     2223d    33433      21221      43433   34325      Noord
 *   C2 cs    d241d        d4411     2223d    33433      -----      43-3-   3432-      Zuid
 *
 * C2 left the accounts pillar empty (insufficient) and gave no desired level or importance
 * for coaching/accounts where marked "-".
 */
import type { RoleGroup } from "../../model/types";
import type { EngagementInput, KpiAnswer, ScanResponse } from "../types";
import { fixtureModel, itemsFrom, kpiAnswer, perPillar } from "./fixture-model";

interface Row {
  id: string;
  group: RoleGroup;
  team: string | null;
  items: [string, string, string, string, string];
  desired: string;
  importance: string;
}

const ROWS: Row[] = [
  { id: "resp-m1", group: "management", team: "Noord", items: ["44523", "44421", "33232", "33435", "22223"], desired: "44433", importance: "34525" },
  { id: "resp-m2", group: "management", team: null, items: ["44323", "44421", "33232", "33435", "22223"], desired: "44433", importance: "34525" },
  { id: "resp-s1", group: "sales", team: "Noord", items: ["33423", "44411", "22232", "33433", "21222"], desired: "43433", importance: "34425" },
  { id: "resp-s2", group: "sales", team: "Noord", items: ["33423", "44411", "22232", "33433", "21222"], desired: "43433", importance: "34425" },
  { id: "resp-s3", group: "sales", team: "Zuid", items: ["2341n", "44411", "22232", "33433", "21222"], desired: "43433", importance: "34425" },
  { id: "resp-s4", group: "sales", team: "Zuid", items: ["2341d", "44411", "22232", "33433", "21222"], desired: "43433", importance: "34425" },
  { id: "resp-c1", group: "customer_service", team: "Noord", items: ["3243d", "44411", "2223d", "33433", "21221"], desired: "43433", importance: "34325" },
  { id: "resp-c2", group: "customer_service", team: "Zuid", items: ["d241d", "d4411", "2223d", "33433", "-----"], desired: "43-3-", importance: "3432-" },
];

/** KPI answers, one character per respondent in the order M1 M2 S1 S2 S3 S4 C1 C2 (y/n/d/-). */
export const KPI_ANSWERS: Record<string, string> = {
  k1_1: "yyyyyyyy", k1_2: "yyyyyyyy", k1_3: "yyyyyyyy", k1_4: "yyyyyyyy", k1_5: "yyyyyyyy",
  k1_6: "yyyynnnn",
  k2_1: "yyyddddn", k2_2: "yyddddnn", k2_3: "nnnnnnnn", k2_4: "yyyyynnn", k2_5: "dddddddd",
  k3_1: "yyyyyyyy", k3_2: "yyyyyyyy", k3_3: "yyyyyyyn", k3_4: "nnnnnnnn", k3_5: "nnnnnnnn",
  k4_1: "nnnnnnnn", k4_2: "nnnnnnnn", k4_3: "nnnnnnnn", k4_4: "nnnnnnnn", k4_5: "nnnnnnnn",
  k5_1: "nnnnnnnn", k5_2: "nnnnnnnn", k5_3: "nnnnnnnn", k5_4: "nnnnnnnn", k5_5: "nnnnnnn-",
};

const COMMENTS: Record<string, ScanResponse["comments"]> = {
  "resp-m1": { organisation: "Plan is er, uitvoering niet" },
  "resp-s3": { organisation: "  CRM wordt niet gebruikt " },
  "resp-c1": { coaching: "Meer coaching graag" },
};

export const referenceResponses: ScanResponse[] = ROWS.map((row, index) => {
  const kpis: Partial<Record<string, KpiAnswer>> = {};
  for (const [key, answers] of Object.entries(KPI_ANSWERS)) {
    const a = kpiAnswer(answers[index] ?? "-");
    if (a !== undefined) kpis[key] = a;
  }
  return {
    respondentId: row.id,
    roleGroup: row.group,
    team: row.team,
    items: itemsFrom(...row.items),
    desired: perPillar(row.desired),
    importance: perPillar(row.importance),
    kpis,
    comments: COMMENTS[row.id],
  };
});

export function referenceInput(settings: EngagementInput["settings"] = {}): EngagementInput {
  return { modelVersion: fixtureModel.version, responses: referenceResponses, settings };
}
