/**
 * Results overview page at 100 / 1,000 / 5,000 respondents against its peer: the same
 * aggregation (answers per item and role group) as one SQL query on postgres.js, plus the page's
 * own floor (the page of an engagement with 3 respondents: render, session, layout).
 */
import { sql as dsql } from "drizzle-orm";
import postgres from "postgres";
import { engagements } from "../../db/schema";
import type { Database } from "../../db/types";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../../db/seed";
import { CURRENT_MODEL_VERSION, getModel } from "../../lib/model";
import { storeResponses } from "../../lib/results/testing/store";
import { makeAgent, send, timeRuns } from "./http-load";
import { signIn } from "./login";
import { syntheticResponses } from "./synthetic";
import { ms, table } from "./timing";

export interface BenchContext {
  readonly db: Database;
  readonly app: { readonly origin: string };
  readonly firmId: string;
  readonly clientId: string;
  readonly databaseUrl: string;
}
type TargetFn = (label: string, value: number, limit: number, unit: string, atMost: boolean) => void;

const SIZES = [3, 100, 1_000, 5_000] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const AGGREGATION = `select a.key, r.role_group, count(*) as n, avg(a.value::int) as mean
  from scan_answers a join respondents r on r.id = a.respondent_id
  where r.engagement_id = $1 and r.submitted_at is not null and a.value in ('1','2','3','4','5')
  group by a.key, r.role_group`;

export async function benchResults(ctx: BenchContext, target: TargetFn) {
  const model = getModel(CURRENT_MODEL_VERSION);
  const ids: Record<number, string> = {};
  for (const size of SIZES) {
    const [engagement] = await ctx.db
      .insert(engagements)
      .values({ firmId: ctx.firmId, clientId: ctx.clientId, title: `Bench results ${size}`, status: "closed", modelVersion: model.version })
      .returning();
    const people = syntheticResponses(model, 7000 + size, size).map((response, i) => ({ name: `Deelnemer ${i}`, response }));
    await storeResponses(ctx.db, { firmId: ctx.firmId, engagementId: engagement!.id }, people);
    ids[size] = engagement!.id;
  }
  await ctx.db.execute(dsql`analyze`);
  const cookie = await signIn(ctx.app.origin, DEMO_LOGINS.consultant, DEMO_PASSWORD);
  const agent = makeAgent(1);
  const sql = postgres(ctx.databaseUrl, { max: 1, onnotice: () => {}, connection: { jit: "off" } });
  const rows: Record<number, { cold: number; page: Awaited<ReturnType<typeof timeRuns>>; sql: Awaited<ReturnType<typeof timeRuns>> }> = {};
  try {
    for (const size of SIZES) {
      const url = `${ctx.app.origin}/engagements/${ids[size]}/results`;
      const view = async () => {
        const r = await send(agent, url, { headers: { Cookie: cookie } });
        if (r.status !== 200) throw new Error(`results page answered ${r.status}`);
      };
      // The first view loads and analyses (cold); later views reuse it while nothing changed.
      const t = performance.now();
      await view();
      const cold = performance.now() - t;
      const page = await timeRuns(view, RUNS);
      const query = await timeRuns(() => sql.unsafe(AGGREGATION, [ids[size]!], { prepare: true }), RUNS);
      rows[size] = { cold, page, sql: query };
    }
  } finally {
    agent.destroy();
    await sql.end();
  }
  const floor = rows[3]!.page.p50;
  console.log(`\nResults overview page (p50 of ${RUNS} runs) vs one SQL aggregation + the page floor (${ms(floor)} ms at 3 respondents):`);
  console.log(
    table(
      ["respondents", "first view", "page p50", "page p95", "SQL p50", "peer = SQL + floor", "ratio", "first/peer"],
      SIZES.map((s) => {
        const r = rows[s]!;
        const peer = r.sql.p50 + floor;
        return [String(s), ms(r.cold), ms(r.page.p50), ms(r.page.p95), ms(r.sql.p50), ms(peer), (r.page.p50 / peer).toFixed(2), (r.cold / peer).toFixed(2)];
      }),
    ),
  );
  const r1000 = rows[1000]!;
  target("results page at 1,000 vs SQL + floor", r1000.page.p50 / (r1000.sql.p50 + floor), 1.3, "×", true);
  target("results page 5,000 vs 1,000", rows[5000]!.page.p50 / r1000.page.p50, 2, "×", true);
  return rows;
}
