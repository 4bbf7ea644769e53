/**
 * Validation problems of a roadmap document, keyed for the editor: per item id and field, per
 * finding index, and the summary. Works on zod issues (checked in the browser before saving)
 * and on the action's fieldErrors ("document.items.3.title" → messages).
 */
import type { RoadmapDocument } from "@/lib/roadmap/document";

export interface EditorErrors {
  readonly items: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly findings: Readonly<Record<number, string>>;
  readonly summary: string | null;
  readonly count: number;
}

export const NO_ERRORS: EditorErrors = { items: {}, findings: {}, summary: null, count: 0 };

export function editorErrors(
  doc: RoadmapDocument,
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
  text: (field: string, code: string) => string,
): EditorErrors {
  const items: Record<string, Record<string, string>> = {};
  const findings: Record<number, string> = {};
  let summary: string | null = null;
  let count = 0;
  for (const issue of issues) {
    const [head, index, field] = issue.path;
    count++;
    if (head === "items" && typeof index === "number") {
      const id = doc.items[index]?.id;
      const name = typeof field === "string" ? field : "title";
      if (id) (items[id] ??= {})[name] ??= text(name, issue.message);
    } else if (head === "keyFindings" && typeof index === "number") {
      findings[index] ??= text("finding", issue.message);
    } else if (head === "executiveSummary") {
      summary ??= text("summary", issue.message);
    }
  }
  return { items, findings, summary, count };
}

/** The action's fieldErrors as issues relative to the document. */
export function issuesFromFieldErrors(fieldErrors: Readonly<Record<string, readonly string[]>> | undefined) {
  return Object.entries(fieldErrors ?? {}).flatMap(([key, messages]) => {
    const parts = key.split(".");
    if (parts[0] !== "document") return [];
    const path = parts.slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return messages.map((message) => ({ path, message }));
  });
}
