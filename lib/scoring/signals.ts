/**
 * Don't know / not applicable signals. These answers are excluded from every mean, but many of
 * them on one item (or in one role group) is itself a finding: people do not see the practice,
 * or it does not fit their work.
 */
import type { ItemKey, MaturityModel, PillarKey, RoleGroup } from "../model/types";
import { ROLE_GROUPS } from "../model/types";
import type { EngagementInput, ScanResponse } from "./types";
import { validateResponses } from "./validate";

export interface AnswerCounts {
  /** Respondents (for items) or respondent × item answers asked (for role groups). */
  readonly asked: number;
  readonly answered: number;
  readonly dontKnow: number;
  readonly notApplicable: number;
  readonly unanswered: number;
  /** dontKnow / asked; `null` when asked is 0. */
  readonly dontKnowRate: number | null;
  /** notApplicable / asked; `null` when asked is 0. */
  readonly notApplicableRate: number | null;
}

export interface ItemSignals extends AnswerCounts {
  readonly key: ItemKey;
  readonly pillar: PillarKey;
  readonly byRoleGroup: readonly (AnswerCounts & { readonly roleGroup: RoleGroup })[];
}

export interface RoleGroupSignals extends AnswerCounts {
  readonly roleGroup: RoleGroup;
  readonly respondents: number;
}

export interface AnswerSignals {
  readonly items: readonly ItemSignals[];
  readonly roleGroups: readonly RoleGroupSignals[];
}

function countAnswers(responses: readonly ScanResponse[], keys: readonly ItemKey[]): AnswerCounts {
  let answered = 0;
  let dontKnow = 0;
  let notApplicable = 0;
  let unanswered = 0;
  for (const r of responses) {
    for (const key of keys) {
      const a = r.items[key];
      if (a === "dont_know") dontKnow++;
      else if (a === "not_applicable") notApplicable++;
      else if (a === undefined) unanswered++;
      else answered++;
    }
  }
  const asked = responses.length * keys.length;
  return {
    asked,
    answered,
    dontKnow,
    notApplicable,
    unanswered,
    dontKnowRate: asked === 0 ? null : dontKnow / asked,
    notApplicableRate: asked === 0 ? null : notApplicable / asked,
  };
}

/** Counts per item (overall and per role group) and per role group over all items. */
export function computeSignals(model: MaturityModel, responses: readonly ScanResponse[]): AnswerSignals {
  const groups = ROLE_GROUPS.map((g) => ({ g, members: responses.filter((r) => r.roleGroup === g) })).filter(
    (x) => x.members.length > 0,
  );
  const items: ItemSignals[] = [];
  for (const pillar of model.pillars) {
    for (const item of pillar.items) {
      items.push({
        key: item.key,
        pillar: pillar.key,
        ...countAnswers(responses, [item.key]),
        byRoleGroup: groups.map(({ g, members }) => ({ roleGroup: g, ...countAnswers(members, [item.key]) })),
      });
    }
  }
  const allKeys = model.pillars.flatMap((p) => p.items.map((i) => i.key));
  const roleGroups = groups.map(({ g, members }) => ({
    roleGroup: g,
    respondents: members.length,
    ...countAnswers(members, allKeys),
  }));
  return { items, roleGroups };
}

/** Validates the input and computes the don't-know / not-applicable rates. */
export function answerSignals(model: MaturityModel, input: EngagementInput): AnswerSignals {
  validateResponses(model, input);
  return computeSignals(model, input.responses);
}
