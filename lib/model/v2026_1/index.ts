import { deepFreeze } from "../freeze";
import type { MaturityModel } from "../types";
import { actions } from "./actions";
import { kpis } from "./kpis";
import { levels } from "./levels";
import { accounts } from "./pillars/accounts";
import { coaching } from "./pillars/coaching";
import { leadership } from "./pillars/leadership";
import { marketing } from "./pillars/marketing";
import { organisation } from "./pillars/organisation";

/** Sales Management Maturity model, version 2026.1. Released: never edit texts or keys in place. */
export const model2026_1: MaturityModel = deepFreeze<MaturityModel>({
  version: "2026.1",
  levels,
  pillars: [organisation, marketing, coaching, leadership, accounts],
  kpis,
  actions,
  roleGroups: {
    management: { nl: "Management", en: "Management" },
    sales: { nl: "Verkoop", en: "Sales" },
    marketing: { nl: "Marketing", en: "Marketing" },
    account_management: { nl: "Accountmanagement", en: "Account management" },
    customer_service: { nl: "Klantenservice", en: "Customer service" },
    other: { nl: "Overig", en: "Other" },
  },
  texts: {
    dontKnow: { nl: "Weet ik niet", en: "Don't know" },
    notApplicable: { nl: "Niet van toepassing", en: "Not applicable" },
    kpiQuestion: {
      nl: "Meten en bespreken jullie dit minstens maandelijks?",
      en: "Do you track and review this at least monthly?",
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
  },
});
