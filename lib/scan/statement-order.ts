/**
 * The order in which a respondent sees the five statements of an item.
 *
 * Models that ask for it (2026.2: `presentation.statementOrder === "shuffled"`) show them in an
 * order derived from the respondent id and the item key: the same on every visit and device
 * (nothing is stored; the page is rendered on the server from the id), different per item and
 * per respondent, so neither position nor order gives the level away and order effects average
 * out over the team. 2026.1 keeps its released order 1 → 5.
 */
import type { LevelNumber, MaturityModel } from "../model/types";
import { LEVELS } from "../model/types";
import { fnv1a, seededRandom } from "../random";

/** A permutation of the five levels, fixed by (respondent id, item key); Fisher–Yates. */
export function shuffledLevels(respondentId: string, itemKey: string): LevelNumber[] {
  const random = seededRandom(fnv1a(`${respondentId}\u0000${itemKey}`));
  const order: LevelNumber[] = [...LEVELS];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The order of an item's statements for this respondent under the model's presentation rule. */
export function statementOrder(model: MaturityModel, respondentId: string, itemKey: string): LevelNumber[] {
  return model.presentation?.statementOrder === "shuffled" ? shuffledLevels(respondentId, itemKey) : [...LEVELS];
}
