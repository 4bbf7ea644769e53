import type { LevelNumber, MaturityLevel, Text } from "../types";
import { levels as levels2026_1 } from "../v2026_1/levels";

/**
 * Answers to the desired-level question in 2026.2: what each level looks like in practice, without
 * its name or number (a named level invites choosing the name).
 */
const ambitions: Readonly<Record<LevelNumber, Text>> = {
  1: {
    nl: "Zaken worden geregeld op het moment dat ze zich voordoen, en ieder doet dat op zijn eigen manier.",
    en: "Things are arranged when they come up, and everyone does so in their own way.",
  },
  2: {
    nl: "Er zijn afspraken over wie wat doet, en er wordt vooral gereageerd op wat er op dat moment speelt.",
    en: "There are agreements on who does what, and the focus is on reacting to what comes up at the time.",
  },
  3: {
    nl: "Er is een plan met doelen, en keuzes worden gemaakt op basis van cijfers over klanten en resultaten.",
    en: "There is a plan with goals, and choices are made based on figures about customers and results.",
  },
  4: {
    nl: "Plan, cijfers en werkwijze zijn in alle teams gelijk, en afwijkingen worden op tijd bijgestuurd.",
    en: "Plan, figures and way of working are the same in all teams, and deviations are corrected in time.",
  },
  5: {
    nl: "Teams verbeteren zelf hun werkwijze en testen nieuwe aanpakken, ook samen met klanten en partners.",
    en: "Teams improve their own way of working and test new approaches, also together with customers and partners.",
  },
};

/** The five levels of 2026.2: names, keywords and descriptions as in 2026.1 (released, never edited), plus the ambition texts. */
export const levels: readonly MaturityLevel[] = levels2026_1.map((level) => ({ ...level, ambition: ambitions[level.level] }));
