import "server-only";
/**
 * A fresh roadmap document for an engagement, drafted from the results the consultant sees
 * (full engagement scores, ambition gaps and KPI evidence, with the engagement's weighting).
 * Without enough submitted scans there are no scores: the draft then has no generated items
 * and the consultant adds their own.
 */
import { randomUUID } from "node:crypto";
import { getModel } from "../model";
import { getEngagementResults } from "../results/queries";
import type { ResultsScope } from "../results/load";
import { draftRoadmap, roadmapInputFrom, type RoadmapInput } from "../scoring/roadmap";
import type { RoadmapDocument } from "./document";
import { generateRoadmapDocument } from "./generate";

export interface DraftedRoadmap {
  readonly document: RoadmapDocument;
  /** False when there were too few submitted scans to score (no generated items). */
  readonly scored: boolean;
}

export async function draftRoadmapDocument(scope: ResultsScope, engagementId: string, now = new Date()): Promise<DraftedRoadmap> {
  const results = await getEngagementResults(scope, engagementId);
  const model = getModel(results.engagement.modelVersion);
  const { analysis } = results;
  const input: RoadmapInput = analysis
    ? roadmapInputFrom(analysis.scores, analysis.ambition, analysis.kpis)
    : {
        modelVersion: model.version,
        pillars: model.pillars.map((p) => ({ pillar: p.key, stagedLevel: null, desired: null, priority: null })),
        trackedKpiKeys: [],
      };
  const document = generateRoadmapDocument(draftRoadmap(model, input), { now, newId: randomUUID });
  return { document, scored: analysis !== null };
}
