import { deepFreeze } from "../freeze";
import type { MaturityModel } from "../types";
import { model2026_1 } from "../v2026_1";
import { marketingActions, organisationActions } from "./actions-a";
import { accountActions, coachingActions, leadershipActions } from "./actions-b";
import { kpis } from "./kpis";
import { levels } from "./levels";
import { accounts } from "./pillars/accounts";
import { coaching } from "./pillars/coaching";
import { leadership } from "./pillars/leadership";
import { marketing } from "./pillars/marketing";
import { organisation } from "./pillars/organisation";

/**
 * Sales Management Maturity model, version 2026.2. Released: never edit texts or keys in place.
 * What changed since 2026.1 and why: docs/methodology.md, "Model versions: change log".
 */
export const model2026_2: MaturityModel = deepFreeze<MaturityModel>({
  version: "2026.2",
  levels,
  pillars: [organisation, marketing, coaching, leadership, accounts],
  kpis,
  actions: [...organisationActions, ...marketingActions, ...coachingActions, ...leadershipActions, ...accountActions],
  // Role groups and the answer options outside the scale are those of 2026.1 (released, never edited).
  roleGroups: model2026_1.roleGroups,
  presentation: { statementOrder: "shuffled" },
  kpiEvidenceFromLevel: 3,
  texts: {
    ...model2026_1.texts,
    kpiQuestion: {
      nl: "Bij elk cijfer staat hoe vaak het gemeten en besproken hoort te worden. Geef aan of jullie dat in dat ritme doen.",
      en: "Each figure shows how often it should be measured and reviewed. Say whether you do that at that rhythm.",
    },
    kpiRhythmQuestion: {
      monthly: { nl: "Meten en bespreken jullie dit elke maand?", en: "Do you measure and review this every month?" },
      quarterly: { nl: "Meten en bespreken jullie dit elk kwartaal?", en: "Do you measure and review this every quarter?" },
      yearly: { nl: "Meten en bespreken jullie dit elk jaar?", en: "Do you measure and review this every year?" },
    },
    kpiRhythmLabel: {
      monthly: { nl: "Maandelijks", en: "Monthly" },
      quarterly: { nl: "Per kwartaal", en: "Quarterly" },
      yearly: { nl: "Jaarlijks", en: "Yearly" },
    },
  },
});
