/** What every page of the report needs besides its own data (built once per render). */
import { getModel } from "../model";
import type { Locale, MaturityModel, PillarKey } from "../model/types";
import { fontStackFor, printable } from "./fonts";
import { paletteOf, type Palette } from "./theme";
import { REPORT_TEXTS, type ReportTexts } from "./texts";
import type { ReportData } from "./types";

export interface ReportContext {
  readonly data: ReportData;
  readonly locale: Locale;
  readonly t: ReportTexts;
  readonly model: MaturityModel;
  readonly palette: Palette;
  /** Font stack of every page (see fontStackFor). */
  readonly fontFamily: readonly string[];
  /** User text made printable (see fonts.ts). */
  readonly clean: (text: string | null | undefined) => string;
  readonly pillarName: (pillar: PillarKey) => string;
  readonly levelName: (level: number | null | undefined) => string;
}

/** At most `max` characters, cut at a space where possible, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Every text of the report that does not come from the model (the fixed labels, the symbols, user text). */
function* reportTexts(data: ReportData): Generator<string> {
  yield* Object.values(REPORT_TEXTS[data.locale]);
  yield "• · – …";
  const { branding, results, roadmap } = data;
  yield branding.firmName;
  if (branding.footerText) yield branding.footerText;
  yield results.engagement.clientName;
  yield results.engagement.title;
  for (const r of results.ratings) if (r.note) yield r.note;
  if (results.view.status === "ok") for (const team of results.view.teams) if (team.key) yield team.key;
  yield roadmap.executiveSummary;
  yield* roadmap.keyFindings;
  for (const item of roadmap.items) for (const text of [item.title, item.description, item.owner, item.targetQuarter]) if (text) yield text;
}

export function reportContext(data: ReportData): ReportContext {
  const locale = data.locale;
  const model = getModel(data.results.engagement.modelVersion);
  return {
    data,
    locale,
    t: REPORT_TEXTS[locale],
    model,
    palette: paletteOf(data.branding),
    fontFamily: fontStackFor(reportTexts(data)),
    clean: (text) => printable(text ?? "").trim(),
    pillarName: (pillar) => model.pillars.find((p) => p.key === pillar)?.name[locale] ?? pillar,
    levelName: (level) => {
      const found = model.levels.find((l) => l.level === level);
      return found ? `${found.level} ${found.name[locale]}` : "–";
    },
  };
}
