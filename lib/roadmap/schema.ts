/**
 * A roadmap document as it comes from the browser: strict shape, lengths, enums and unique ids.
 * Whether its action keys exist in the engagement's model is checked by {@link modelProblems}.
 */
import { z } from "zod";
import { safeText } from "../validation/text";
import { PILLAR_KEYS, type MaturityModel } from "../model/types";
import { PHASES } from "../scoring/roadmap";
import { ROADMAP_DOCUMENT_VERSION, type RoadmapDocument } from "./document";

export const ROADMAP_LIMITS = {
  title: 200,
  description: 5_000,
  owner: 200,
  summary: 10_000,
  findings: 20,
  finding: 1_000,
  items: 300,
} as const;

export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const stepFrom = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const phase = z.enum(PHASES);
const pillar = z.enum(PILLAR_KEYS);

export const roadmapItemSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    origin: z.enum(["generated", "custom"]),
    actionKey: z.string().min(1).max(100).nullable(),
    pillar: pillar.nullable(),
    fromLevel: stepFrom.nullable(),
    title: safeText().max(ROADMAP_LIMITS.title, "too_long").nullable(),
    description: safeText().max(ROADMAP_LIMITS.description, "too_long").nullable(),
    phase,
    owner: safeText().max(ROADMAP_LIMITS.owner, "too_long").nullable(),
    targetQuarter: z.string().regex(QUARTER_PATTERN, "invalid_quarter").nullable(),
    edited: z.boolean(),
  })
  .superRefine((item, ctx) => {
    if (item.origin === "custom") {
      if (item.actionKey !== null || item.fromLevel !== null) ctx.addIssue({ code: "custom", path: ["actionKey"], message: "custom_has_action" });
      if (!item.title?.trim()) ctx.addIssue({ code: "custom", path: ["title"], message: "required" });
    } else if (item.actionKey === null || item.pillar === null || item.fromLevel === null) {
      ctx.addIssue({ code: "custom", path: ["actionKey"], message: "generated_without_action" });
    }
  });

const pillarTargetSchema = z.strictObject({
  pillar,
  current: level.nullable(),
  target: level.nullable(),
  targetSource: z.enum(["desired", "current_plus_one"]).nullable(),
  rank: z.number().int().min(0).max(PILLAR_KEYS.length).nullable(),
  steps: z
    .array(
      z.strictObject({
        fromLevel: stepFrom,
        toLevel: level,
        phase,
        kpiKeys: z.array(z.string().min(1).max(100)).max(20),
      }),
    )
    .max(4),
});

export const roadmapDocumentSchema = z
  .strictObject({
    documentVersion: z.literal(ROADMAP_DOCUMENT_VERSION),
    modelVersion: z.string().min(1).max(40),
    executiveSummary: safeText().max(ROADMAP_LIMITS.summary, "too_long"),
    keyFindings: z.array(safeText().max(ROADMAP_LIMITS.finding, "too_long")).max(ROADMAP_LIMITS.findings, "too_many"),
    pillars: z.array(pillarTargetSchema).max(PILLAR_KEYS.length),
    items: z.array(roadmapItemSchema).max(ROADMAP_LIMITS.items, "too_many"),
    generatedAt: z.iso.datetime(),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.items.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: ["items", index, "id"], message: "duplicate_id" });
      seen.add(item.id);
    });
    const pillars = new Set<string>();
    doc.pillars.forEach((p, index) => {
      if (pillars.has(p.pillar)) ctx.addIssue({ code: "custom", path: ["pillars", index, "pillar"], message: "duplicate_pillar" });
      pillars.add(p.pillar);
    });
  });

/** Type check: the schema's output is a RoadmapDocument. */
export const parseRoadmapDocument = (input: unknown): RoadmapDocument => roadmapDocumentSchema.parse(input) as RoadmapDocument;

/**
 * What does not fit the engagement's model: another model version, or a generated item whose
 * action is not the model's action for its pillar and step. Empty when all is well.
 */
export function modelProblems(model: MaturityModel, doc: RoadmapDocument): string[] {
  const problems: string[] = [];
  if (doc.modelVersion !== model.version) problems.push("modelVersion");
  const actions = new Map(model.actions.map((a) => [a.key, a]));
  doc.items.forEach((item, index) => {
    if (item.origin !== "generated") return;
    const action = item.actionKey ? actions.get(item.actionKey) : undefined;
    if (!action || action.pillar !== item.pillar || action.fromLevel !== item.fromLevel) problems.push(`items.${index}.actionKey`);
  });
  return problems;
}
