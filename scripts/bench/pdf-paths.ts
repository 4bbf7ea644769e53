/**
 * The report PDF against its peer: the route with a stored published version (cached) and the
 * draft (rendered in the worker pool every time) vs warm Chromium `page.pdf()` of the client
 * portal's report page (the same content as HTML); and /api/health while 4 renders run.
 */
import { and, eq } from "drizzle-orm";
import { chromium } from "@playwright/test";
import { engagements, roadmaps } from "../../db/schema";
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_PUBLISHED } from "../../db/seed";
import { env } from "../../lib/env";
import { CURRENT_MODEL_VERSION, getModel } from "../../lib/model";
import { storeResponses } from "../../lib/results/testing/store";
import { makeAgent, send, timeRuns } from "./http-load";
import { signIn } from "./login";
import type { BenchContext } from "./results-paths";
import { syntheticResponses } from "./synthetic";
import { ms, percentile, table } from "./timing";

type TargetFn = (label: string, value: number, limit: number, unit: string, atMost: boolean) => void;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

/** A second engagement with a roadmap, so four different drafts can render at once. */
async function secondReport(ctx: BenchContext, demoId: string): Promise<string> {
  const [copy] = await ctx.db
    .insert(engagements)
    .values({ firmId: ctx.firmId, clientId: ctx.clientId, title: "Bench PDF", status: "closed", modelVersion: CURRENT_MODEL_VERSION })
    .returning();
  const model = getModel(CURRENT_MODEL_VERSION);
  await storeResponses(ctx.db, { firmId: ctx.firmId, engagementId: copy!.id }, syntheticResponses(model, 4242, 40).map((response, i) => ({ name: `P${i}`, response })));
  const [roadmap] = await ctx.db.select().from(roadmaps).where(eq(roadmaps.engagementId, demoId));
  await ctx.db.insert(roadmaps).values({ engagementId: copy!.id, firmId: ctx.firmId, document: roadmap!.document });
  return copy!.id;
}

async function healthWhile(agent: ReturnType<typeof makeAgent>, origin: string, work: Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  let done = false;
  // Settled either way; the caller awaits `work` itself (and sees its error).
  work.then(
    () => (done = true),
    () => (done = true),
  );
  while (!done) {
    const t = performance.now();
    await send(agent, `${origin}/api/health`);
    samples.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return samples.sort((a, b) => a - b);
}

export async function benchPdf(ctx: BenchContext, target: TargetFn) {
  const [demo] = await ctx.db.select({ id: engagements.id }).from(engagements).where(and(eq(engagements.firmId, ctx.firmId), eq(engagements.title, DEMO_PUBLISHED.engagement)));
  const demoId = demo!.id;
  const otherId = await secondReport(ctx, demoId);
  const consultant = await signIn(ctx.app.origin, DEMO_LOGINS.consultant, DEMO_PASSWORD);
  const agent = makeAgent(8);
  const report = (id: string, query: string) => async () => {
    const r = await send(agent, `${ctx.app.origin}/api/engagements/${id}/report?${query}`, { headers: { Cookie: consultant } });
    if (r.status !== 200) throw new Error(`report answered ${r.status}`);
  };

  const cached = await timeRuns(report(demoId, "version=latest&lang=nl"), RUNS);
  const uncached = await timeRuns(report(demoId, "version=draft&lang=nl"), RUNS);

  // Peer: warm Chromium printing the portal's report page of the same version.
  const manager = await signIn(ctx.app.origin, DEMO_LOGINS.manager, DEMO_PASSWORD);
  const browser = await chromium.launch({
    executablePath: env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  let chromiumPdf;
  try {
    const context = await browser.newContext();
    await context.addCookies(
      manager.split("; ").map((pair) => {
        const [name, ...value] = pair.split("=");
        return { name: name!, value: value.join("="), url: ctx.app.origin };
      }),
    );
    const page = await context.newPage();
    const response = await page.goto(`${ctx.app.origin}/portal/engagements/${demoId}`);
    if (response?.status() !== 200) throw new Error(`portal page answered ${response?.status()}`);
    chromiumPdf = await timeRuns(() => page.pdf({ format: "A4" }), RUNS);
  } finally {
    await browser.close();
  }

  // /api/health alone, then while four different drafts render.
  const idle = await timeRuns(async () => void (await send(agent, `${ctx.app.origin}/api/health`)), 30);
  const four = Promise.all([report(demoId, "version=draft&lang=nl")(), report(demoId, "version=draft&lang=en")(), report(otherId, "version=draft&lang=nl")(), report(otherId, "version=draft&lang=en")()]);
  const t = performance.now();
  const during = await healthWhile(agent, ctx.app.origin, four);
  await four;
  const fourMs = performance.now() - t;
  agent.destroy();

  console.log(`\nReport PDF (${RUNS} runs each) vs warm Chromium page.pdf() of the portal's report page:`);
  console.log(
    table(
      ["path", "p50 ms", "p95 ms", "max ms", "vs Chromium p50"],
      [
        ["route, published (stored)", ms(cached.p50), ms(cached.p95), ms(cached.max), (cached.p50 / chromiumPdf.p50).toFixed(2)],
        ["route, draft (rendered)", ms(uncached.p50), ms(uncached.p95), ms(uncached.max), (uncached.p50 / chromiumPdf.p50).toFixed(2)],
        ["Chromium page.pdf()", ms(chromiumPdf.p50), ms(chromiumPdf.p95), ms(chromiumPdf.max), "1.00"],
      ],
    ),
  );
  const duringP95 = percentile(during, 0.95);
  console.log(
    `/api/health: alone p50 ${ms(idle.p50)} / p95 ${ms(idle.p95)} ms; while 4 drafts render (${ms(fourMs)} ms for all four): ` +
      `${during.length} calls, p50 ${ms(percentile(during, 0.5))} / p95 ${ms(duringP95)} / max ${ms(during[during.length - 1] ?? Number.NaN)} ms`,
  );
  target("PDF stored download p95", cached.p95, 50, "ms", true);
  target("PDF uncached warm render p95", uncached.p95, 1000, "ms", true);
  target("/api/health p95 while 4 renders run", duringP95, 50, "ms", true);
  return { cached, uncached, chromium: chromiumPdf, health: { idle, during: { n: during.length, p50: percentile(during, 0.5), p95: duringP95 } }, fourMs };
}
