/**
 * npm run bench:pdf — how fast the branded PDF report renders, and whether memory stays flat.
 *
 * Seeds the demo into an in-memory PGlite, builds the report data of the closed demo engagement
 * "Scan salesteam Q4" the way a route would (client-safe results + a roadmap document generated
 * from the scoring draft), writes /tmp/report-nl.pdf and /tmp/report-en.pdf to look at, then
 * renders the Dutch report 50 times in one process and prints the first render, median and p95,
 * and heap/RSS before and after (with a full GC before each reading, see bench/timing). Not part of `npm test`: timings depend on the machine. Exits with 1 when the
 * warm p95 misses 1 s or the heap grows by more than 50 MB.
 */
import { writeFileSync } from "node:fs";
import { register } from "node:module";
import { cpus, loadavg } from "node:os";
import { deflateSync, crc32 } from "node:zlib";
import { and, eq } from "drizzle-orm";
import { openDatabase } from "../db/connect";
import { clients, engagements, firms } from "../db/schema";
import { seedDemo } from "../db/seed";
import type { Database } from "../db/types";
import { getModel } from "../lib/model";
import { renderReportPdf, reportFileName, type ReportData } from "../lib/pdf";
import { generateRoadmapDocument } from "../lib/roadmap/generate";
import { draftRoadmap, roadmapInputFrom } from "../lib/scoring";
import type { Locale } from "../lib/model/types";
import { collectGarbage, mb, percentile } from "./bench/timing";

// react-pdf needs the ordinary React build, so this script cannot run with the "react-server"
// condition that lets `server-only` modules load (bench:results does); instead `server-only` is
// resolved to an empty module here, as vitest's alias does, before the data modules are imported.
register(
  `data:text/javascript,${encodeURIComponent(
    'export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,export {}", shortCircuit: true } : next(s, c); }',
  )}`,
);
const { clientSafeResults } = await import("../lib/results/client-safe");
const { reportResults } = await import("../lib/reports/snapshot");
const { getEngagementResults } = await import("../lib/results/queries");

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const P95_TARGET_MS = 1_000;
const HEAP_GROWTH_LIMIT = 50 * 1024 * 1024;

/** A small two-colour PNG "logo", so the cover's logo path is exercised. */
function demoLogo(width = 160, height = 48): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = y * (width * 3 + 1) + 1 + x * 3;
      const mark = x < height && (x - height / 2) ** 2 + (y - height / 2) ** 2 < (height / 2.4) ** 2;
      raw.set(mark ? [29, 78, 216] : x > height + 8 && y > 18 && y < 30 ? [51, 65, 85] : [255, 255, 255], o);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

async function demoReport(db: Database, locale: Locale): Promise<ReportData> {
  const [firm] = await db.select().from(firms).where(eq(firms.slug, "demo-advies"));
  const [engagement] = await db
    .select({ id: engagements.id })
    .from(engagements)
    .innerJoin(clients, eq(clients.id, engagements.clientId))
    .where(and(eq(engagements.firmId, firm!.id), eq(engagements.title, "Scan salesteam Q4")));
  const scope = { db, firm: { id: firm!.id } };
  const results = await clientSafeResults(scope, engagement!.id);
  // The consultant-side analysis gives the roadmap draft, as the roadmap pages generate it.
  const analysis = (await getEngagementResults(scope, engagement!.id)).analysis!;
  const model = getModel(results.engagement.modelVersion);
  let id = 0;
  const roadmap = generateRoadmapDocument(draftRoadmap(model, roadmapInputFrom(analysis.scores, analysis.ambition, analysis.kpis)), {
    now: new Date("2026-11-29T10:00:00Z"),
    newId: () => `item-${++id}`,
  });
  return {
    locale,
    branding: {
      firmName: firm!.name,
      logo: { data: demoLogo(), mimeType: "image/png" },
      primaryColor: firm!.primaryColor,
      accentColor: firm!.accentColor,
      footerText: firm!.footerText ?? `${firm!.name} · demo-advies.nl · 020 123 45 67`,
    },
    results: reportResults(results),
    roadmap: {
      ...roadmap,
      executiveSummary:
        locale === "nl"
          ? "Groen Installatietechniek heeft een solide basis in de salesorganisatie, maar coaching en accountmanagement blijven achter. De teams zijn het op meerdere thema's niet met elkaar eens; dat verdient een gesprek in de workshop.\n\nDe routekaart legt de nadruk op de eerste twee pijlers in de komende drie maanden."
          : "Groen Installatietechniek has a solid base in its sales organisation, but coaching and account management lag behind. The teams disagree on several themes, which deserves a conversation in the workshop.\n\nThe roadmap focuses on the first two pillars in the coming three months.",
      keyFindings:
        locale === "nl"
          ? ["Forecasting is nog afhankelijk van individuen.", "Coaching gebeurt ad hoc, zonder vaste ritmes.", "Belangrijke accounts hebben geen accountplan."]
          : ["Forecasting still depends on individuals.", "Coaching happens ad hoc, without a fixed rhythm.", "Key accounts have no account plan."],
    },
    status: "published",
    version: 1,
    issuedAt: new Date("2026-11-29T10:00:00Z"),
  };
}

async function main() {
  const handle = await openDatabase({ kind: "pglite-memory" });
  await handle.migrate();
  await seedDemo(handle.db);
  const nl = await demoReport(handle.db, "nl");
  const en = await demoReport(handle.db, "en");
  await handle.close();

  collectGarbage();
  const memBefore = process.memoryUsage();
  let start = performance.now();
  const first = await renderReportPdf(nl);
  const firstMs = performance.now() - start;
  writeFileSync("/tmp/report-nl.pdf", first);
  writeFileSync("/tmp/report-en.pdf", await renderReportPdf(en));
  writeFileSync("/tmp/report-nl-draft.pdf", await renderReportPdf({ ...nl, status: "draft", version: null }));
  console.log(`Wrote /tmp/report-nl.pdf (${reportFileName(nl)}, ${(first.length / 1024).toFixed(0)} KB), /tmp/report-en.pdf, /tmp/report-nl-draft.pdf`);

  collectGarbage();
  const warmBefore = process.memoryUsage();
  const samples: number[] = [];
  const heapSeries: string[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    start = performance.now();
    const cpu = process.cpuUsage();
    await renderReportPdf(nl);
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuSamples.push((used.user + used.system) / 1000);
    if ((i + 1) % 10 === 0) {
      collectGarbage();
      heapSeries.push(mb(process.memoryUsage().heapUsed));
    }
  }
  collectGarbage();
  const after = process.memoryUsage();
  samples.sort((a, b) => a - b);
  cpuSamples.sort((a, b) => a - b);
  const median = percentile(samples, 0.5);
  const p95 = percentile(samples, 0.95);
  const growth = after.heapUsed - warmBefore.heapUsed;
  console.log(`Node ${process.version}; full GC before each memory reading`);
  console.log(`first render: ${firstMs.toFixed(0)} ms (fonts loaded, cold)`);
  console.log(`${RUNS} warm renders: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, min ${samples[0]!.toFixed(0)} ms, max ${samples[samples.length - 1]!.toFixed(0)} ms`);
  console.log(`   CPU time per render (less sensitive to a busy machine): median ${percentile(cpuSamples, 0.5).toFixed(0)} ms, p95 ${percentile(cpuSamples, 0.95).toFixed(0)} ms`);
  const [load] = loadavg();
  console.log(`load average ${load?.toFixed(1)} on ${cpus().length} cores${load !== undefined && load > cpus().length ? " (busy machine: wall times inflated)" : ""}`);
  console.log(`heap: ${mb(memBefore.heapUsed)} before any render, ${mb(warmBefore.heapUsed)} after warm-up, ${mb(after.heapUsed)} after ${RUNS} renders (${growth >= 0 ? "+" : ""}${mb(growth)})`);
  console.log(`heap after every 10 renders: ${heapSeries.join(", ")}`);
  console.log(`rss:  ${mb(memBefore.rss)} before, ${mb(warmBefore.rss)} after warm-up, ${mb(after.rss)} after ${RUNS} renders`);
  const ok = p95 <= P95_TARGET_MS && growth <= HEAP_GROWTH_LIMIT;
  console.log(ok ? `OK: warm p95 ≤ ${P95_TARGET_MS} ms, heap growth ≤ ${mb(HEAP_GROWTH_LIMIT)}` : "MISSED the target");
  process.exit(ok ? 0 : 1);
}

await main();
