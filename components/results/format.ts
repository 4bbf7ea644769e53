/**
 * Display helpers for the results pages. Figures keep full precision in the data; they are
 * rounded only here, with lib/scoring's formatScore (3,25 → "3,3" in Dutch).
 */
import type { LevelNumber, Locale, MaturityModel, PillarKey, RoleGroup } from "@/lib/model/types";
import { formatScore } from "@/lib/scoring/stats";

export { formatScore };

/** "3,2" / "3.2"; an en dash for a missing value. */
export function score(value: number | null | undefined, locale: Locale, decimals = 1): string {
  return formatScore(value ?? null, locale, decimals);
}

/** r_wg and similar 0–1 figures with two decimals. */
export function fraction(value: number | null | undefined, locale: Locale): string {
  return formatScore(value ?? null, locale, 2);
}

/** A signed change: "+0,3", "−0,3" (a real minus sign), "0,0". */
export function signed(value: number | null | undefined, locale: Locale, decimals = 1): string {
  if (value === null || value === undefined) return "–";
  const text = formatScore(Math.abs(value), locale, decimals);
  if (Number(text.replace(",", ".")) === 0) return formatScore(0, locale, decimals);
  return `${value > 0 ? "+" : "−"}${text}`;
}

/** "45 %" / "45%"; an en dash for a missing value. */
export function percent(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return "–";
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { style: "percent", maximumFractionDigits: 0 }).format(value);
}

export function pillarName(model: MaturityModel, pillar: PillarKey, locale: Locale): string {
  const p = model.pillars.find((x) => x.key === pillar);
  return p ? p.name[locale] || p.name.nl : pillar;
}

export function levelName(model: MaturityModel, level: LevelNumber | number, locale: Locale): string {
  const l = model.levels.find((x) => x.level === level);
  return l ? l.name[locale] || l.name.nl : String(level);
}

export function roleGroupName(model: MaturityModel, roleGroup: RoleGroup, locale: Locale): string {
  return model.roleGroups[roleGroup][locale] || model.roleGroups[roleGroup].nl;
}

export function itemTheme(model: MaturityModel, key: string, locale: Locale): string {
  for (const p of model.pillars) {
    const item = p.items.find((i) => i.key === key);
    if (item) return item.theme[locale] || item.theme.nl;
  }
  return key;
}

export function kpiName(model: MaturityModel, key: string, locale: Locale): string {
  const k = model.kpis.find((x) => x.key === key);
  return k ? k.name[locale] || k.name.nl : key;
}

/** Background/text classes for a level 1–5 (heatmap cells, level badges); neutral for none. */
export function heatClass(value: number | null): string {
  if (value === null) return "bg-slate-100 text-slate-600";
  const bucket = Math.min(5, Math.max(1, Math.round(value)));
  return (
    {
      1: "bg-red-200 text-red-950",
      2: "bg-orange-200 text-orange-950",
      3: "bg-yellow-100 text-yellow-950",
      4: "bg-lime-200 text-lime-950",
      5: "bg-green-300 text-green-950",
    } as const
  )[bucket as 1 | 2 | 3 | 4 | 5];
}
