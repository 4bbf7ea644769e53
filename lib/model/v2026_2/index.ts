import { deepFreeze } from "../freeze";
import type { MaturityModel } from "../types";
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
  roleGroups: {
    management: { nl: "Management", en: "Management" },
    sales: { nl: "Verkoop", en: "Sales" },
    marketing: { nl: "Marketing", en: "Marketing" },
    account_management: { nl: "Accountmanagement", en: "Account management" },
    customer_service: { nl: "Klantenservice", en: "Customer service" },
    other: { nl: "Overig", en: "Other" },
  },
  presentation: { statementOrder: "shuffled" },
  kpiEvidenceFromLevel: 3,
  texts: {
    dontKnow: { nl: "Weet ik niet", en: "Don't know" },
    notApplicable: { nl: "Niet van toepassing", en: "Not applicable" },
    kpiQuestion: {
      nl: "Bij elk cijfer staat hoe vaak het gemeten en besproken hoort te worden. Geef aan of jullie dat in dat ritme doen.",
      en: "Each figure shows how often it should be measured and reviewed. Say whether you do that at that rhythm.",
    },
    kpiYes: { nl: "Ja", en: "Yes" },
    kpiNo: { nl: "Nee", en: "No" },
    kpiDontKnow: { nl: "Weet ik niet", en: "Don't know" },
    importanceScale: {
      1: { nl: "Nauwelijks belangrijk", en: "Hardly important" },
      2: { nl: "Enigszins belangrijk", en: "Somewhat important" },
      3: { nl: "Belangrijk", en: "Important" },
      4: { nl: "Zeer belangrijk", en: "Very important" },
      5: { nl: "Cruciaal", en: "Crucial" },
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
