import "server-only";
/**
 * The CSV downloads of the results pages, as route handlers call them:
 * - raw answers (consultant only: names and every answer; never for a client);
 * - the summary, built from clientSafeResults only, so it follows the client report's
 *   anonymity rules and can be shared.
 * Access as for the pages: a firm context with the permission, and an engagement of that firm;
 * anything else is a plain 404 (existence is not confirmed). Never cached.
 */
import { createTranslator } from "next-intl";
import type { FirmContext } from "../auth/context";
import { can } from "../auth/permissions";
import { CLOSE_DATE_TIME_ZONE } from "../engagements/close-date";
import { NotFoundError } from "../errors";
import { loadMessages } from "../i18n/messages";
import { ROLE_GROUPS, type Locale, type MaturityModel, type RoleGroup } from "../model/types";
import { getModel } from "../model";
import type { ClientSafeGroup } from "../scoring/client-safe";
import { clientSafeResults } from "./client-safe";
import { attachmentHeader, fileSlug, toCsv, type CsvCell } from "./csv";
import { getEngagementResults } from "./queries";

export type ExportKind = "answers" | "aggregates";

type Translate = (key: string, values?: Record<string, string | number>) => string;
const makeTranslator = createTranslator as unknown as (config: { locale: Locale; messages: unknown; namespace: string }) => Translate;
const translator = (locale: Locale) => makeTranslator({ locale, messages: loadMessages(locale), namespace: "resultsExport" });

const text = (value: { nl: string; en: string }, locale: Locale) => value[locale] || value.nl;

/** "2026-03-31 14:05" in the firms' time zone. */
function dateTime(date: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: CLOSE_DATE_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

/** Every submitted respondent with every answer, one row per respondent (consultant only). */
export async function answersCsv(ctx: FirmContext, engagementId: string, locale: Locale): Promise<{ fileName: string; body: string }> {
  const results = await getEngagementResults(ctx, engagementId);
  const { model } = results;
  const t = translator(locale);
  const pillars = model.pillars;
  const items = pillars.flatMap((p) => p.items.map((i) => ({ item: i, pillar: p })));
  const header: CsvCell[] = [
    t("name"),
    t("roleGroup"),
    t("team"),
    t("submittedAt"),
    ...items.map(({ item, pillar }) => `${text(pillar.name, locale)} – ${text(item.theme, locale)}`),
    ...pillars.map((p) => t("desired", { pillar: text(p.name, locale) })),
    ...pillars.map((p) => t("importance", { pillar: text(p.name, locale) })),
    ...model.kpis.map((k) => t("kpi", { kpi: text(k.name, locale) })),
    ...pillars.map((p) => t("comment", { pillar: text(p.name, locale) })),
  ];
  const rows: CsvCell[][] = [header];
  results.people.forEach((person, index) => {
    const r = results.responses[index]!;
    rows.push([
      person.name,
      text(model.roleGroups[person.roleGroup], locale),
      person.team ?? "",
      dateTime(person.submittedAt),
      ...items.map(({ item }) => {
        const a = r.items[item.key];
        return a === undefined ? null : typeof a === "number" ? a : t(a);
      }),
      ...pillars.map((p) => r.desired[p.key] ?? null),
      ...pillars.map((p) => r.importance[p.key] ?? null),
      ...model.kpis.map((k) => {
        const a = r.kpis[k.key];
        return a === undefined ? null : t(a);
      }),
      ...pillars.map((p) => r.comments?.[p.key]?.trim() ?? null),
    ]);
  });
  return {
    fileName: `${fileSlug(results.engagement.title)}-${t("answersFile")}.csv`,
    body: toCsv(rows, { decimal: locale === "nl" ? "," : "." }),
  };
}

/** The client-safe summary: total, shown groups, items, ratings (from clientSafeResults only). */
export async function aggregatesCsv(ctx: FirmContext, engagementId: string, locale: Locale): Promise<{ fileName: string; body: string }> {
  const safe = await clientSafeResults(ctx, engagementId);
  const model: MaturityModel = getModel(safe.engagement.modelVersion);
  const t = translator(locale);
  const pillarName = (key: string) => text(model.pillars.find((p) => p.key === key)?.name ?? { nl: key, en: key }, locale);
  const itemName = (key: string) => {
    for (const p of model.pillars) {
      const item = p.items.find((i) => i.key === key);
      if (item) return text(item.theme, locale);
    }
    return key;
  };
  const header: CsvCell[] = [
    t("col.section"),
    t("col.group"),
    t("col.n"),
    t("col.pillar"),
    t("col.item"),
    t("col.mean"),
    t("col.level"),
    t("col.unbalanced"),
    t("col.desired"),
    t("col.gap"),
    t("col.importance"),
    t("col.priority"),
    t("col.level1"),
    t("col.level2"),
    t("col.level3"),
    t("col.level4"),
    t("col.level5"),
    t("col.dontKnow"),
    t("col.notApplicable"),
    t("col.rating"),
    t("col.note"),
  ];
  const width = header.length;
  const row = (cells: Partial<Record<number, CsvCell>>): CsvCell[] => Array.from({ length: width }, (_, i) => cells[i] ?? null);
  const yesNo = (v: boolean) => (v ? t("yes") : t("no"));
  const rows: CsvCell[][] = [header];
  const view = safe.view;
  if (view.status === "too_few_responses") {
    rows.push(row({ 0: t("tooFew", { k: view.k }) }));
  } else {
    const total = view.total;
    const everyone = t("section.total");
    rows.push(row({ 0: everyone, 1: everyone, 2: total.n, 3: t("overall"), 5: total.overall.mean, 6: total.overall.honestLevel }));
    for (const p of total.pillars) {
      const a = total.ambition.find((x) => x.pillar === p.pillar);
      rows.push(
        row({
          0: everyone,
          1: everyone,
          2: total.n,
          3: pillarName(p.pillar),
          5: p.mean,
          6: p.stagedLevel,
          7: yesNo(p.unbalanced),
          8: a?.desired ?? null,
          9: a?.gap ?? null,
          10: a?.importance ?? null,
          11: a?.priority ?? null,
        }),
      );
    }
    for (const p of total.pillars) {
      for (const item of p.items) {
        const d = total.distributions?.find((x) => x.key === item.key);
        rows.push(
          row({
            0: t("section.item"),
            1: everyone,
            2: total.n,
            3: pillarName(p.pillar),
            4: itemName(item.key),
            5: item.score,
            ...(d ? { 12: d.levels[1], 13: d.levels[2], 14: d.levels[3], 15: d.levels[4], 16: d.levels[5], 17: d.dontKnow, 18: d.notApplicable } : {}),
          }),
        );
      }
    }
    const groupRows = (section: string, groups: readonly ClientSafeGroup[], label: (g: ClientSafeGroup) => string) => {
      for (const g of groups) {
        rows.push(row({ 0: section, 1: label(g), 2: g.n, 3: t("overall"), 5: g.overall.mean, 6: g.overall.honestLevel }));
        for (const p of g.pillars) {
          rows.push(row({ 0: section, 1: label(g), 2: g.n, 3: pillarName(p.pillar), 5: p.mean, 6: p.stagedLevel, 7: yesNo(p.unbalanced) }));
        }
      }
    };
    groupRows(t("section.roleGroup"), view.roleGroups, (g) =>
      g.key === null || !(ROLE_GROUPS as readonly string[]).includes(g.key) ? t("other") : text(model.roleGroups[g.key as RoleGroup], locale),
    );
    groupRows(t("section.team"), view.teams, (g) => g.key ?? t("other"));
  }
  for (const r of safe.ratings) {
    rows.push(row({ 0: t("section.rating"), 3: pillarName(r.pillar), 19: r.level, 20: r.note }));
  }
  return {
    fileName: `${fileSlug(safe.engagement.title)}-${t("aggregatesFile")}.csv`,
    body: toCsv(rows, { decimal: locale === "nl" ? "," : "." }),
  };
}

function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}

/** What the route handlers return: the CSV, or 404 without a firm context, permission or engagement of the firm. */
export async function resultsExportResponse(ctx: FirmContext | null, engagementId: string, kind: ExportKind): Promise<Response> {
  if (!ctx || !can(ctx.role, "results.view")) return notFoundResponse();
  try {
    const locale: Locale = ctx.user.locale;
    const file = kind === "answers" ? await answersCsv(ctx, engagementId, locale) : await aggregatesCsv(ctx, engagementId, locale);
    return new Response(file.body, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": attachmentHeader(file.fileName),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}
