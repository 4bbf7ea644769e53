/**
 * A single respondent's pillar scores (consultant view only: it carries the respondent id).
 */
import type { ItemKey, MaturityModel, PillarKey } from "../model/types";
import { mean } from "./stats";
import type { ItemAnswer, ScanResponse } from "./types";
import { MIN_ANSWERED_ITEMS_PER_PILLAR } from "./types";
import { validateResponse } from "./validate";

export interface RespondentPillarScore {
  readonly pillar: PillarKey;
  /** Mean of the answered items; `null` when insufficient. */
  readonly score: number | null;
  /** Items answered with a level 1–5. */
  readonly answered: number;
  readonly dontKnow: number;
  readonly notApplicable: number;
  /** Items without any answer (left empty). */
  readonly unanswered: number;
  /** `insufficient` when fewer than 3 items are answered with a level. */
  readonly status: "ok" | "insufficient";
}

/** The level answered for an item, or `null` for don't know / not applicable / empty. */
export function levelOf(answer: ItemAnswer | undefined): number | null {
  return typeof answer === "number" ? answer : null;
}

/** The answer of a response to an item (typed lookup). */
export function answerOf(response: ScanResponse, key: ItemKey): ItemAnswer | undefined {
  return response.items[key];
}

/**
 * Respondent pillar score = mean of the items of the pillar that the respondent answered with a
 * level. Don't know, not applicable and empty items are left out of the mean (they say nothing
 * about the level). With fewer than 3 answered items the score is `insufficient` (`null`):
 * one or two answers are too thin to call a pillar score.
 *
 * Why: the consultant uses these scores to prepare the workshop, and the pillar consensus
 * (SD, r_wg) is computed over them; insufficient respondents are left out of that consensus.
 */
export function respondentPillarScores(
  model: MaturityModel,
  response: ScanResponse,
): RespondentPillarScore[] {
  validateResponse(model, response);
  return computeRespondentPillarScores(model, response);
}

/** {@link respondentPillarScores} for a response that has already been validated. */
export function computeRespondentPillarScores(model: MaturityModel, response: ScanResponse): RespondentPillarScore[] {
  return model.pillars.map((pillar) => {
    const levels: number[] = [];
    let dontKnow = 0;
    let notApplicable = 0;
    let unanswered = 0;
    for (const item of pillar.items) {
      const answer = answerOf(response, item.key);
      if (answer === "dont_know") dontKnow++;
      else if (answer === "not_applicable") notApplicable++;
      else if (answer === undefined) unanswered++;
      else levels.push(answer);
    }
    const sufficient = levels.length >= MIN_ANSWERED_ITEMS_PER_PILLAR;
    return {
      pillar: pillar.key,
      score: sufficient ? mean(levels) : null,
      answered: levels.length,
      dontKnow,
      notApplicable,
      unanswered,
      status: sufficient ? "ok" : "insufficient",
    };
  });
}
