/**
 * The branded PDF report from real data: the closed demo engagement "Scan salesteam Q4" through
 * clientSafeResults and a roadmap document generated from the scoring draft, rendered in Dutch
 * and English and read back with pdfjs; hostile text stays literal; too few responses give a
 * report without figures; a draft carries the draft mark.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { engagements, firms } from "../../db/schema";
import { getModel } from "../../lib/model";
import type { Locale, MaturityModel } from "../../lib/model/types";
import { renderReportPdf, reportFileName, type ReportData } from "../../lib/pdf";
import { reportResults, type ReportResults } from "../../lib/reports/snapshot";
import { clientSafeResults } from "../../lib/results/client-safe";
import { getEngagementResults } from "../../lib/results/queries";
import { storeResponses } from "../../lib/results/testing/store";
import type { RoadmapDocument, RoadmapItem } from "../../lib/roadmap/document";
import { generateRoadmapDocument } from "../../lib/roadmap/generate";
import { greyJpeg, solidPng } from "../../lib/branding/testing/images";
import { draftRoadmap, roadmapInputFrom } from "../../lib/scoring";
import { syntheticResponses } from "../../scripts/bench/synthetic";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";
import { normalise, pdfPageTexts } from "../support/pdf-text";

const db = await testDatabase();
const model = getModel("2026.1");
let f: Awaited<ReturnType<typeof seededFirms>>;

/** What a report route does: the client-safe results plus a roadmap generated from the consultant's draft. */
async function reportInputs(engagementId: string, m: MaturityModel = model): Promise<{ results: ReportResults; roadmap: RoadmapDocument }> {
  const results = reportResults(await clientSafeResults(f.consultant, engagementId));
  const analysis = (await getEngagementResults(f.consultant, engagementId)).analysis;
  let id = 0;
  const draft = analysis
    ? draftRoadmap(m, roadmapInputFrom(analysis.scores, analysis.ambition, analysis.kpis))
    : { modelVersion: m.version, pillars: [], steps: [] };
  const roadmap = generateRoadmapDocument(draft, { now: new Date("2026-11-29T10:00:00Z"), newId: () => `item-${++id}` });
  return { results, roadmap };
}

async function reportData(locale: Locale, inputs: { results: ReportResults; roadmap: RoadmapDocument }, overrides: Partial<ReportData> = {}): Promise<ReportData> {
  const [firm] = await db.select().from(firms).where(eq(firms.id, f.consultant.firm.id));
  return {
    locale,
    branding: { firmName: firm!.name, logo: null, primaryColor: firm!.primaryColor, accentColor: firm!.accentColor, footerText: firm!.footerText },
    ...inputs,
    status: "published",
    version: 1,
    issuedAt: new Date("2026-11-29T10:00:00Z"),
    ...overrides,
  };
}

async function render(data: ReportData) {
  const pdf = await renderReportPdf(data);
  const pages = await pdfPageTexts(pdf);
  return { pdf, pages, text: pages.join(" ") };
}

const actionTitle = (item: RoadmapItem, locale: Locale) => model.actions.find((a) => a.key === item.actionKey)!.title[locale];

let demo: { results: ReportResults; roadmap: RoadmapDocument };

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  const closed = f.firmAEngagements.find((e) => e.title === "Scan salesteam Q4")!;
  demo = await reportInputs(closed.id);
  expect(demo.results.view.status).toBe("ok");
  expect(demo.roadmap.items.length).toBeGreaterThan(3);
});

describe.each([
  { locale: "nl" as const, pageOf: "Pagina 1 van", other: ["Page 1 of", "Executive summary", "Key findings"], own: ["Acties per periode", "Bijlage: methodiek"] },
  { locale: "en" as const, pageOf: "Page 1 of", other: ["Pagina 1 van", "Managementsamenvatting", "Belangrijkste bevindingen"], own: ["Roadmap", "Appendix: method"] },
])("the demo report in $locale", ({ locale, pageOf, other, own }) => {
  let out: Awaited<ReturnType<typeof render>>;
  beforeAll(async () => {
    out = await render(await reportData(locale, demo));
  });

  it("is a PDF of a sane length with page numbers on every page", () => {
    expect(out.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(out.pages.length).toBeGreaterThanOrEqual(8);
    expect(out.pages.length).toBeLessThanOrEqual(30);
    const total = out.pages.length;
    out.pages.forEach((page, i) => expect(page).toContain(locale === "nl" ? `Pagina ${i + 1} van ${total}` : `Page ${i + 1} of ${total}`));
    expect(out.pages[0]).toContain(`${pageOf} ${total}`);
  });

  it("names the client, every pillar, the levels and the roadmap items in the report language", () => {
    expect(out.text).toContain("Groen Installatietechniek");
    expect(out.text).toContain("Scan salesteam Q4");
    for (const p of model.pillars) expect(out.text).toContain(p.name[locale]);
    for (const level of model.levels) expect(out.text).toContain(level.name[locale]);
    for (const item of demo.roadmap.items) expect(out.text).toContain(normalise(actionTitle(item, locale)));
    for (const word of own) expect(out.text).toContain(word);
    for (const word of other) expect(out.text).not.toContain(word);
  });

  it("leaves out the summary and findings when the consultant wrote none, instead of saying so", () => {
    expect(demo.roadmap.executiveSummary.trim()).toBe("");
    expect(demo.roadmap.keyFindings).toEqual([]);
    const old = ["Er is nog geen samenvatting opgesteld.", "Er zijn nog geen bevindingen vastgelegd.", "geen eigen beoordeling vastgelegd", "No summary has been written yet.", "No findings have been recorded yet.", "has not recorded a rating"];
    for (const gone of ["Managementsamenvatting", "Belangrijkste bevindingen", "Executive summary", "Key findings", ...old]) {
      expect(out.text).not.toContain(gone);
    }
  });

  it("puts consensus in plain words for the client; the statistic appears only in the method appendix", () => {
    const appendix = out.pages.findIndex((p) => p.includes(locale === "nl" ? "Bijlage: methodiek" : "Appendix: method"));
    expect(appendix).toBeGreaterThan(0);
    const body = out.pages.slice(0, appendix).join(" ");
    expect(body).not.toMatch(/r_wg|r wg|\(SD\)|Spreiding|Spread/);
    expect(out.pages.slice(appendix).join(" ")).toContain("r_wg");
    const words = locale === "nl" ? /zijn (eensgezind|verdeeld|sterk verdeeld) over deze pijler/g : /are (united|divided|strongly divided) on this pillar/g;
    const view = demo.results.view;
    if (view.status !== "ok") throw new Error("expected figures");
    const withConsensus = view.total.consensus?.pillars.filter((c) => c.rwg !== null).length ?? 0;
    expect(withConsensus).toBeGreaterThan(0);
    expect([...body.matchAll(words)]).toHaveLength(withConsensus);
  });

  it("shows the groups exactly as the client-safe view has them, and the version, not a draft mark", () => {
    const view = demo.results.view;
    if (view.status !== "ok") throw new Error("expected figures");
    for (const team of view.teams) if (team.key) expect(out.text).toContain(team.key);
    if (view.roleGroups.some((g) => g.merged)) expect(out.text).toContain(locale === "nl" ? "Overig" : "Other");
    expect(out.pages[0]).toContain(locale === "nl" ? "Versie 1" : "Version 1");
    expect(out.pages[0]).not.toContain(locale === "nl" ? "Concept" : "Draft");
  });
});

describe("a summary and findings the consultant wrote", () => {
  it("are printed under their headings; an empty roadmap period is left out", async () => {
    const roadmap = { ...demo.roadmap, executiveSummary: "Sterke basis, zwakke opvolging.", keyFindings: ["Leads blijven liggen."] };
    const out = await render(await reportData("nl", { ...demo, roadmap }));
    for (const text of ["Managementsamenvatting", "Sterke basis, zwakke opvolging.", "Belangrijkste bevindingen", "Leads blijven liggen."]) expect(out.text).toContain(text);
    expect(out.text).not.toContain("Geen acties in deze periode.");
  });
});

describe("hostile text", () => {
  const html = "<script>alert(1)</script>";
  const hebrew = "שלום עולם";
  const arabic = "مرحبا بالعالم";
  const long = Array.from({ length: 420 }, (_, i) => `woord${i}`).join(" ").slice(0, 5000);
  const unbroken = "x".repeat(400);

  it("comes out as literal text and does not break rendering", async () => {
    const custom: RoadmapItem = {
      id: "custom-1",
      origin: "custom",
      actionKey: null,
      pillar: null,
      fromLevel: null,
      title: `Eigen actie ${html} 😀👍🏽`,
      description: `${long}\n\n${unbroken}`,
      phase: "0-3",
      owner: hebrew,
      targetQuarter: "2027-Q1",
      edited: false,
    };
    const results: ReportResults = {
      ...demo.results,
      engagement: { ...demo.results.engagement, clientName: `Klant ${html} 😀` },
      ratings: [{ pillar: "organisation", level: 3, note: `${arabic}\n${long}` }],
    };
    const data = await reportData("nl", {
      results,
      roadmap: { ...demo.roadmap, executiveSummary: `${html}\n\n${long}`, keyFindings: [html, `${arabic} — ${hebrew}`], items: [custom, ...demo.roadmap.items] },
    }, { branding: { firmName: `Firma ${html}`, logo: null, primaryColor: "#ffff00", accentColor: "not-a-colour", footerText: "Voettekst ".repeat(600) } });
    const out = await render(data);
    expect(out.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // Long texts run over page breaks; read them without the running header and footer.
    const header = normalise(`Klant ${html} 😀 · Sales Management Maturity Scan Versie 1`);
    const body = normalise(out.pages.map((p) => p.replace(header, " ").replace(/(?:Voettekst ?)+…/, " ").replace(/Pagina \d+ van \d+/, " ")).join(" "));
    expect(body).toContain(normalise(long));
    expect(out.pages[1]).toMatch(/Voettekst …|Voettekst…/);
    expect(out.text).toContain(`Klant ${html}`);
    expect(out.text).toContain(`Eigen actie ${html}`);
    // pdfjs gives right-to-left words in visual order; each word is there literally.
    for (const word of hebrew.split(" ")) expect(out.text).toContain(word);
    for (const word of arabic.split(" ")) expect(out.text.normalize("NFKC")).toContain(word);
    expect(out.text).toContain("Q1 2027");
    expect(out.pages.length).toBeLessThanOrEqual(40);
    // The footer is shortened, so a 5,000-character footer text cannot push the page numbers away.
    out.pages.forEach((page, i) => expect(page).toContain(`Pagina ${i + 1} van ${out.pages.length}`));
    expect(reportFileName(data)).toMatch(/^salesradar-klant-script-alert-1-script-\d{4}-\d{2}-\d{2}-v1-nl\.pdf$/);
  });
});

describe("a report without figures", () => {
  it("says there are too few responses and shows no score, group or roadmap", async () => {
    const groen = f.firmAClients.find((c) => c.name === "Groen Installatietechniek")!;
    const [e] = await db
      .insert(engagements)
      .values({ firmId: f.owner.firm.id, clientId: groen.id, title: "Twee reacties", status: "closed", modelVersion: "2026.1", anonymityK: 3 })
      .returning();
    await storeResponses(db, { firmId: f.owner.firm.id, engagementId: e!.id }, syntheticResponses(model, 99, 2).map((r, i) => ({ name: `P${i}`, response: r })));
    const inputs = await reportInputs(e!.id);
    expect(inputs.results.view.status).toBe("too_few_responses");
    // The consultant's draft exists (2 scans), but its levels must not reach the client.
    expect(inputs.roadmap.items.length).toBeGreaterThan(0);
    for (const locale of ["nl", "en"] as const) {
      const out = await render(await reportData(locale, inputs));
      const appendix = out.pages.findIndex((p) => p.includes(locale === "nl" ? "Bijlage: methodiek" : "Appendix: method"));
      expect(appendix).toBeGreaterThan(0);
      const body = out.pages.slice(0, appendix).join(" ");
      expect(body).toContain(locale === "nl" ? "Te weinig reacties" : "Too few responses");
      expect(body).toContain(locale === "nl" ? "minder dan 3 scans" : "Fewer than 3 scans");
      expect(body).not.toMatch(/\d[.,]\d/);
      for (const level of model.levels) expect(body).not.toContain(level.name[locale]);
      for (const item of inputs.roadmap.items) expect(body).not.toContain(normalise(actionTitle(item, locale)));
      expect(body).not.toContain(locale === "nl" ? "Volwassenheid in één oogopslag" : "Maturity at a glance");
    }
  });
});

describe("a draft", () => {
  it("carries the draft mark on the cover and every page, and no version", async () => {
    for (const [locale, mark] of [["nl", "Concept"], ["en", "Draft"]] as const) {
      const out = await render(await reportData(locale, demo, { status: "draft", version: null }));
      expect(out.pages[0]).toContain(mark.toUpperCase());
      for (const page of out.pages.slice(1)) expect(page).toContain(mark);
      expect(out.text).not.toContain(locale === "nl" ? "Versie 1" : "Version 1");
    }
  });
});

describe("the firm's logo", () => {
  /** pdfkit writes object dictionaries uncompressed: an embedded picture shows as an image XObject. */
  const images = (pdf: Buffer) => pdf.toString("latin1").split("/Subtype /Image").length - 1;

  it("is embedded from PNG or JPEG bytes, and left out when the bytes are not the declared image", async () => {
    const brand = async (logo: ReportData["branding"]["logo"]) => {
      const base = await reportData("nl", demo);
      return renderReportPdf({ ...base, branding: { ...base.branding, logo } });
    };
    expect(images(await brand(null))).toBe(0);
    expect(images(await brand({ data: solidPng(160, 48), mimeType: "image/png" }))).toBe(1);
    expect(images(await brand({ data: greyJpeg(160, 48), mimeType: "image/jpeg" }))).toBe(1);
    expect(images(await brand({ data: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), mimeType: "image/png" }))).toBe(0);
    expect(images(await brand({ data: solidPng(160, 48), mimeType: "image/jpeg" }))).toBe(0);
  });
});

describe("a report on model 2026.2 beside the 2026.1 demo", () => {
  it("asks about each KPI's rhythm, marks the basics, uses 2026.2's names and actions; the 2026.1 report keeps its question", async () => {
    const current = getModel("2026.2");
    const groen = f.firmAClients.find((c) => c.name === "Groen Installatietechniek")!;
    const [e] = await db
      .insert(engagements)
      .values({ firmId: f.owner.firm.id, clientId: groen.id, title: "Scan 2026.2", status: "closed", modelVersion: "2026.2", anonymityK: 3 })
      .returning();
    await storeResponses(db, { firmId: f.owner.firm.id, engagementId: e!.id }, syntheticResponses(current, 7, 12).map((r, i) => ({ name: `P${i}`, response: r })));
    const inputs = await reportInputs(e!.id, current);
    expect(inputs.results.view.status).toBe("ok");
    expect(inputs.roadmap.items.length).toBeGreaterThan(0);
    const out = await render(await reportData("nl", inputs));
    expect(out.text).toContain("in het ritme dat bij de KPI hoort");
    expect(out.text).toContain("(basiscijfers)");
    expect(out.text).toContain("Salesleiderschap");
    const title = current.actions.find((a) => a.key === inputs.roadmap.items[0]!.actionKey)!.title.nl;
    expect(out.text).toContain(normalise(title));
    const en = await render(await reportData("en", inputs));
    expect(en.text).toContain("at the KPI's own rhythm");

    const old = await render(await reportData("nl", demo));
    expect(old.text).toContain("minstens maandelijks");
    expect(old.text).not.toContain("(basiscijfers)");
  });
});
