/** The fixed list of industries a client belongs to (used for benchmark filters later). */
export const INDUSTRIES = [
  "manufacturing",
  "wholesale",
  "retail",
  "it_software",
  "business_services",
  "construction_installation",
  "healthcare",
  "financial_services",
  "logistics",
  "hospitality",
  "education",
  "government",
  "other",
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const SIZE_BANDS = ["1-10", "11-50", "51-250", "251-1000", "1000+"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
