import type { Text } from "../../types";
import type { Pair } from "../build";

/** The desired-level question: asked after the pillar's items, answered with descriptions without level names. */
export function desiredQuestion([nl, en]: Pair): Text {
  return {
    nl: `Welke beschrijving past bij waar jullie over 12 tot 18 maanden willen staan met ${nl}?`,
    en: `Which description fits where you want to be with ${en} in 12 to 18 months?`,
  };
}

export function importanceQuestion([nl, en]: Pair): Text {
  return {
    nl: `Hoe belangrijk is ${nl} voor het behalen van jullie commerciële doelen?`,
    en: `How important is ${en} for achieving your commercial goals?`,
  };
}
