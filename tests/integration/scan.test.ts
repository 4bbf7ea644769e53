/**
 * The respondent's scan, data access: entering with a link, sessions, autosave ordering,
 * concurrency, submit, closed engagements and isolation between engagements.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { engagements, rateLimitBuckets, respondents, scanAnswers, scanSessions } from "../../db/schema";
import { model2026_2 } from "../../lib/model";
import { issueRespondentLink, revokeRespondentLinks } from "../../lib/respondents/links";
import { ScanError } from "../../lib/scan/errors";
import {
  loadAnswers,
  lookupScanLink,
  SCAN_LINK_FAILURE_RULE,
  saveAnswers,
  setRespondentLocale,
  startScan,
  submitScan,
  type AnswerInput,
} from "../../lib/scan/queries";
import { hashSessionToken, resolveScanSession } from "../../lib/scan/session";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
let openEngagementId: string;
let firmAId: string;

// The open demo engagement was created with the current model version, 2026.2.
const ITEM_KEYS = model2026_2.pillars.flatMap((p) => p.items.map((i) => `item:${i.key}`));
const tokenOf = (link: string) => link.split("/s/")[1]!;
let counter = 0;

async function newRespondent(engagementId = openEngagementId, firmId = firmAId) {
  counter += 1;
  const [row] = await db
    .insert(respondents)
    .values({ firmId, engagementId, name: `Test Persoon ${counter}`, email: `test${counter}@example.nl`, roleGroup: "sales" })
    .returning();
  const link = await issueRespondentLink(db, row!.id);
  return { respondent: row!, token: tokenOf(link) };
}

async function started(engagementId?: string, firmId?: string) {
  const r = await newRespondent(engagementId, firmId);
  const result = await startScan(db, { token: r.token, ip: "192.0.2.1" });
  if (result.kind !== "started") throw new Error(`not started: ${result.kind}`);
  const ctx = await resolveScanSession(db, result.token);
  if (!ctx) throw new Error("no session");
  return { ...r, session: result.token, ctx };
}

async function rowsOf(respondentId: string) {
  const rows = await db.select().from(scanAnswers).where(eq(scanAnswers.respondentId, respondentId));
  return Object.fromEntries(rows.map((r) => [r.key, { value: r.value, seq: Number(r.seq) }]));
}

async function respondentRow(id: string) {
  const [row] = await db.select().from(respondents).where(eq(respondents.id, id));
  return row!;
}

async function expectScanError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScanError);
  expect((error as ScanError).code).toBe(code);
}

beforeEach(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  firmAId = f.owner.firm.id;
  const open = f.firmAEngagements.find((e) => e.status === "open");
  if (!open) throw new Error("demo seed has no open engagement");
  openEngagementId = open.id;
});

describe("entering the scan", () => {
  it("shows respondents the respondent-facing title the consultant set, never the internal one", async () => {
    await db.update(engagements).set({ respondentTitle: "Salesscan voorjaar" }).where(eq(engagements.id, openEngagementId));
    const { token } = await newRespondent();
    const lookup = await lookupScanLink(db, { token, ip: "192.0.2.12" });
    expect(lookup).toMatchObject({ kind: "valid", view: { engagement: { respondentTitle: "Salesscan voorjaar" } } });
    await db.update(engagements).set({ respondentTitle: null }).where(eq(engagements.id, openEngagementId));
  });

  it("a GET-style look-up changes nothing; Start creates a session and marks the respondent as opened once", async () => {
    const { respondent, token } = await newRespondent();
    const lookup = await lookupScanLink(db, { token, ip: "192.0.2.10" });
    expect(lookup).toMatchObject({ kind: "valid", view: { respondent: { id: respondent.id }, engagement: { status: "open", respondentTitle: null } } });
    // The consultant's internal title never reaches the respondent's view.
    expect(JSON.stringify(lookup)).not.toContain(`"title"`);
    expect((await respondentRow(respondent.id)).startedAt).toBeNull();
    expect(await db.select().from(scanSessions)).toHaveLength(0);

    const first = await startScan(db, { token, ip: "192.0.2.10" });
    expect(first.kind).toBe("started");
    const startedAt = (await respondentRow(respondent.id)).startedAt;
    expect(startedAt).toBeInstanceOf(Date);
    const second = await startScan(db, { token, ip: "192.0.2.10" });
    expect(second.kind).toBe("started");
    expect((await respondentRow(respondent.id)).startedAt?.getTime()).toBe(startedAt!.getTime());

    // Only hashes are stored; each Start gets its own session token.
    const sessions = await db.select().from(scanSessions).where(eq(scanSessions.respondentId, respondent.id));
    expect(sessions).toHaveLength(2);
    if (first.kind !== "started" || second.kind !== "started") throw new Error("unreachable");
    expect(first.token).not.toBe(second.token);
    expect(sessions.map((s) => s.tokenHash).sort()).toEqual([hashSessionToken(first.token), hashSessionToken(second.token)].sort());
    expect(JSON.stringify(sessions)).not.toContain(first.token);
  });

  it("treats unknown and revoked links the same, and a revoked link ends its sessions", async () => {
    const { respondent, token } = await newRespondent();
    const start = await startScan(db, { token, ip: "192.0.2.11" });
    if (start.kind !== "started") throw new Error("not started");
    expect(await resolveScanSession(db, start.token)).not.toBeNull();

    await revokeRespondentLinks(db, respondent.id);
    const revoked = await lookupScanLink(db, { token, ip: "192.0.2.11" });
    const unknown = await lookupScanLink(db, { token: "x".repeat(43), ip: "192.0.2.11" });
    expect(revoked).toEqual({ kind: "invalid" });
    expect(unknown).toEqual(revoked);
    expect(await startScan(db, { token, ip: "192.0.2.11" })).toEqual(await startScan(db, { token: "y".repeat(43), ip: "192.0.2.11" }));
    expect(await resolveScanSession(db, start.token)).toBeNull();
  });

  it("does not accept a link token as a session, nor an expired session", async () => {
    const { token } = await newRespondent();
    await startScan(db, { token, ip: "192.0.2.12" });
    expect(await resolveScanSession(db, token)).toBeNull();
    expect(await resolveScanSession(db, "")).toBeNull();
    expect(await resolveScanSession(db, undefined)).toBeNull();

    const s = await started();
    await db.update(scanSessions).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(scanSessions.tokenHash, hashSessionToken(s.session)));
    expect(await resolveScanSession(db, s.session)).toBeNull();
  });

  it("rate limits failed link look-ups per IP address, without blocking other addresses", async () => {
    const { token } = await newRespondent();
    for (let i = 0; i < SCAN_LINK_FAILURE_RULE.limit; i++) {
      expect(await lookupScanLink(db, { token: `guess-${i}-${"z".repeat(30)}`, ip: "198.51.100.7" })).toEqual({ kind: "invalid" });
    }
    const blocked = await lookupScanLink(db, { token, ip: "198.51.100.7" });
    expect(blocked.kind).toBe("throttled");
    expect(await startScan(db, { token, ip: "198.51.100.7" })).toMatchObject({ kind: "throttled" });
    expect((await lookupScanLink(db, { token, ip: "198.51.100.8" })).kind).toBe("valid");
    const buckets = await db.select().from(rateLimitBuckets).where(eq(rateLimitBuckets.key, "scan-link:fail:198.51.100.7"));
    expect(buckets[0]?.blockedUntil).toBeInstanceOf(Date);
  });

  it("tells a valid respondent of a closed or draft engagement that it is not open, and starts nothing", async () => {
    const { respondent, token } = await newRespondent();
    await db.update(engagements).set({ status: "closed" }).where(eq(engagements.id, openEngagementId));
    expect(await lookupScanLink(db, { token, ip: "192.0.2.13" })).toMatchObject({ kind: "valid", view: { engagement: { status: "closed" } } });
    expect(await startScan(db, { token, ip: "192.0.2.13" })).toEqual({ kind: "closed" });
    expect((await respondentRow(respondent.id)).startedAt).toBeNull();
  });

  it("remembers the respondent's language", async () => {
    const s = await started();
    await setRespondentLocale(db, s.ctx.respondent.id, "en");
    expect((await resolveScanSession(db, s.session))?.respondent.locale).toBe("en");
  });
});

describe("autosave", () => {
  it("stores every kind of answer and counts answered items (don't know and not applicable included)", async () => {
    const { ctx } = await started();
    const id = ctx.respondent.id;
    const result = await saveAnswers(db, id, [
      { key: ITEM_KEYS[0]!, value: "3", seq: 1 },
      { key: ITEM_KEYS[1]!, value: "dont_know", seq: 2 },
      { key: ITEM_KEYS[2]!, value: "not_applicable", seq: 3 },
      { key: "desired:organisation", value: "4", seq: 4 },
      { key: "importance:organisation", value: "5", seq: 5 },
      { key: `kpi:${model2026_2.kpis[0]!.key}`, value: "yes", seq: 6 },
      { key: "comment:organisation", value: "Onze forecast klopt zelden.", seq: 7 },
    ]);
    expect(result.applied).toHaveLength(7);
    expect(result.maxSeq).toBe(7);
    expect((await respondentRow(id)).answeredCount).toBe(3);
    const snapshot = await loadAnswers(db, id);
    expect(snapshot.maxSeq).toBe(7);
    expect(snapshot.answers["comment:organisation"]).toEqual(["Onze forecast klopt zelden.", 7]);
  });

  it("never lets a stale or repeated sequence overwrite a newer answer", async () => {
    const { ctx } = await started();
    const id = ctx.respondent.id;
    const key = ITEM_KEYS[0]!;
    await saveAnswers(db, id, [{ key, value: "4", seq: 10 }]);
    const stale = await saveAnswers(db, id, [{ key, value: "1", seq: 5 }]);
    expect(stale.applied).toEqual([]);
    expect(stale.current).toEqual({ [key]: ["4", 10] });
    const same = await saveAnswers(db, id, [{ key, value: "2", seq: 10 }]);
    expect(same.applied).toEqual([]);
    expect((await rowsOf(id))[key]).toEqual({ value: "4", seq: 10 });
    await saveAnswers(db, id, [{ key, value: "5", seq: 11 }]);
    expect((await rowsOf(id))[key]).toEqual({ value: "5", seq: 11 });
    // Within one batch the highest sequence wins, whatever the order.
    await saveAnswers(db, id, [
      { key, value: "2", seq: 14 },
      { key, value: "3", seq: 12 },
    ]);
    expect((await rowsOf(id))[key]).toEqual({ value: "2", seq: 14 });
  });

  it("200 saves in random order, with duplicates, end with exactly the newest values", async () => {
    const { ctx } = await started();
    const id = ctx.respondent.id;
    const keys = [...ITEM_KEYS.slice(0, 8), "desired:marketing", "comment:coaching", `kpi:${model2026_2.kpis[3]!.key}`];
    const valueFor = (key: string, seq: number) =>
      key.startsWith("comment:") ? `versie ${seq}` : key.startsWith("kpi:") ? (["yes", "no", "dont_know"] as const)[seq % 3]! : String((seq % 5) + 1);
    const saves: AnswerInput[] = [];
    for (let seq = 1; seq <= 160; seq++) {
      const key = keys[(seq * 7) % keys.length]!;
      saves.push({ key, value: valueFor(key, seq), seq });
    }
    // 40 duplicates of random earlier saves (a retried request arriving twice).
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 40; i++) saves.push({ ...saves[Math.floor(random() * 160)]! });
    for (let i = saves.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [saves[i], saves[j]] = [saves[j]!, saves[i]!];
    }
    expect(saves).toHaveLength(200);
    for (const save of saves) await saveAnswers(db, id, [save]);

    const expected: Record<string, { value: string; seq: number }> = {};
    for (const s of saves) if (!expected[s.key] || expected[s.key]!.seq < s.seq) expected[s.key] = { value: s.value, seq: s.seq };
    expect(await rowsOf(id)).toEqual(expected);
    expect((await respondentRow(id)).answeredCount).toBe(Object.keys(expected).filter((k) => k.startsWith("item:")).length);
  });

  it("loses nothing when 50 respondents save at the same time", async () => {
    const people = [];
    for (let i = 0; i < 50; i++) people.push(await started());
    await Promise.all(
      people.flatMap((p, i) => [
        saveAnswers(
          db,
          p.ctx.respondent.id,
          ITEM_KEYS.slice(0, 5).map((key, j) => ({ key, value: String(((i + j) % 5) + 1), seq: j + 1 })),
        ),
        saveAnswers(
          db,
          p.ctx.respondent.id,
          ITEM_KEYS.slice(5, 10).map((key, j) => ({ key, value: "dont_know", seq: 100 + j })),
        ),
        saveAnswers(db, p.ctx.respondent.id, [{ key: "comment:leadership", value: `opmerking ${i}`, seq: 500 }]),
      ]),
    );
    for (const [i, p] of people.entries()) {
      const rows = await rowsOf(p.ctx.respondent.id);
      expect(Object.keys(rows)).toHaveLength(11);
      expect(rows["comment:leadership"]?.value).toBe(`opmerking ${i}`);
      expect(rows[ITEM_KEYS[0]!]?.value).toBe(String((i % 5) + 1));
      expect((await respondentRow(p.ctx.respondent.id)).answeredCount).toBe(10);
    }
  });

  it("refuses unknown keys and invalid values for their kind, and changes nothing", async () => {
    const { ctx } = await started();
    const id = ctx.respondent.id;
    await saveAnswers(db, id, [{ key: ITEM_KEYS[0]!, value: "2", seq: 1 }]);
    const bad: [string, string][] = [
      ["item:organisation.nope", "3"],
      ["organisation.crm", "3"],
      [ITEM_KEYS[0]!, "6"],
      [ITEM_KEYS[0]!, "yes"],
      [ITEM_KEYS[0]!, " 3"],
      ["desired:organisation", "dont_know"],
      ["importance:sales", "3"],
      [`kpi:${model2026_2.kpis[0]!.key}`, "3"],
      ["kpi:unknown_kpi", "yes"],
      ["comment:organisation", "x".repeat(2001)],
      ["comment:organisation", "nul\u0000byte"],
      ["comment:unknown", "tekst"],
      ["__proto__", "1"],
    ];
    for (const [key, value] of bad) {
      await expectScanError(
        saveAnswers(db, id, [
          { key: ITEM_KEYS[1]!, value: "4", seq: 50 },
          { key, value, seq: 51 },
        ]),
        "invalid_answer",
      );
    }
    await expectScanError(saveAnswers(db, id, [{ key: ITEM_KEYS[1]!, value: "4", seq: 0 }]), "invalid_answer");
    expect(await rowsOf(id)).toEqual({ [ITEM_KEYS[0]!]: { value: "2", seq: 1 } });
    expect((await respondentRow(id)).answeredCount).toBe(1);
  });

  it("stores an emptied comment as an empty string, so an older save cannot bring the text back", async () => {
    const { ctx } = await started();
    const id = ctx.respondent.id;
    await saveAnswers(db, id, [{ key: "comment:marketing", value: "eerste versie", seq: 1 }]);
    await saveAnswers(db, id, [{ key: "comment:marketing", value: "   ", seq: 3 }]);
    await saveAnswers(db, id, [{ key: "comment:marketing", value: "eerste versie", seq: 2 }]);
    expect((await rowsOf(id))["comment:marketing"]).toEqual({ value: "", seq: 3 });
  });
});

describe("submit and read-only", () => {
  it("submitting twice gives one submission", async () => {
    const { ctx } = await started();
    const id = ctx.respondent.id;
    await saveAnswers(db, id, [{ key: ITEM_KEYS[0]!, value: "3", seq: 1 }]);
    const [first, second] = [await submitScan(db, id), await submitScan(db, id)];
    expect(first.firstTime).toBe(true);
    expect(second.firstTime).toBe(false);
    expect(second.submittedAt.getTime()).toBe(first.submittedAt.getTime());
    expect((await respondentRow(id)).submittedAt?.getTime()).toBe(first.submittedAt.getTime());
    // Concurrent double submit: still one moment.
    const other = await started();
    const both = await Promise.all([submitScan(db, other.ctx.respondent.id), submitScan(db, other.ctx.respondent.id)]);
    expect(both.filter((r) => r.firstTime)).toHaveLength(1);
    expect(both[0].submittedAt.getTime()).toBe(both[1].submittedAt.getTime());
  });

  it("refuses saves after submit and changes nothing", async () => {
    const { ctx } = await started();
    const id = ctx.respondent.id;
    await saveAnswers(db, id, [{ key: ITEM_KEYS[0]!, value: "3", seq: 1 }]);
    await submitScan(db, id);
    await expectScanError(saveAnswers(db, id, [{ key: ITEM_KEYS[0]!, value: "5", seq: 2 }]), "already_submitted");
    await expectScanError(saveAnswers(db, id, [{ key: ITEM_KEYS[1]!, value: "5", seq: 3 }]), "already_submitted");
    expect(await rowsOf(id)).toEqual({ [ITEM_KEYS[0]!]: { value: "3", seq: 1 } });
    // A link of a submitted respondent no longer starts an editing session.
    const { token } = await newRespondent();
    const r2 = await startScan(db, { token, ip: "192.0.2.30" });
    if (r2.kind !== "started") throw new Error("not started");
    const ctx2 = (await resolveScanSession(db, r2.token))!;
    await submitScan(db, ctx2.respondent.id);
    expect(await startScan(db, { token, ip: "192.0.2.30" })).toEqual({ kind: "submitted" });
  });

  it("a save that arrives while a submit is in flight waits for it and then writes nothing", async () => {
    const { ctx, session } = await started();
    const id = ctx.respondent.id;
    await saveAnswers(db, id, [{ key: ITEM_KEYS[0]!, value: "3", seq: 1 }]);
    let save: Promise<unknown> | undefined;
    await db.transaction(async (tx) => {
      // The submit holds the respondent's row (as submitScan does) while the save starts.
      await tx.update(respondents).set({ submittedAt: sql`now()` }).where(eq(respondents.id, id));
      save = saveAnswers(db, { sessionToken: session }, [{ key: ITEM_KEYS[0]!, value: "5", seq: 2 }]).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    const error = await save;
    expect(error).toBeInstanceOf(ScanError);
    expect((error as ScanError).code).toBe("already_submitted");
    expect(await rowsOf(id)).toEqual({ [ITEM_KEYS[0]!]: { value: "3", seq: 1 } });
  });

  it("through the session: saves in one statement, answers exactly what is stored, and refuses a foreign or expired session", async () => {
    const { ctx, session } = await started();
    const id = ctx.respondent.id;
    const first = await saveAnswers(db, { sessionToken: session }, [
      { key: ITEM_KEYS[0]!, value: "4", seq: 5 },
      { key: ITEM_KEYS[1]!, value: "2", seq: 6 },
    ]);
    expect(first).toEqual({ applied: [ITEM_KEYS[0], ITEM_KEYS[1]].sort(), current: {}, maxSeq: 6 });
    // A stale value for one key and a new one for another: the stale key reports the stored row.
    const second = await saveAnswers(db, { sessionToken: session }, [
      { key: ITEM_KEYS[0]!, value: "1", seq: 3 },
      { key: ITEM_KEYS[2]!, value: "5", seq: 7 },
    ]);
    expect(second.applied).toEqual([ITEM_KEYS[2]]);
    expect(second.current).toEqual({ [ITEM_KEYS[0]!]: ["4", 5] });
    expect(second.maxSeq).toBe(7);
    expect((await respondentRow(id)).answeredCount).toBe(3);
    // A retried request (same key, value and sequence) is answered as applied and changes nothing.
    expect((await saveAnswers(db, { sessionToken: session }, [{ key: ITEM_KEYS[2]!, value: "5", seq: 7 }])).applied).toEqual([ITEM_KEYS[2]]);
    expect((await respondentRow(id)).answeredCount).toBe(3);
    await expectScanError(saveAnswers(db, { sessionToken: "x".repeat(43) }, [{ key: ITEM_KEYS[3]!, value: "5", seq: 8 }]), "invalid_session");
    await db.update(scanSessions).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(scanSessions.tokenHash, hashSessionToken(session)));
    await expectScanError(saveAnswers(db, { sessionToken: session }, [{ key: ITEM_KEYS[3]!, value: "5", seq: 8 }]), "invalid_session");
    expect(Object.keys(await rowsOf(id))).toHaveLength(3);
  });

  it("refuses saves and submit after the engagement closed, and changes nothing", async () => {
    const { ctx, session } = await started();
    const id = ctx.respondent.id;
    await saveAnswers(db, id, [{ key: ITEM_KEYS[0]!, value: "3", seq: 1 }]);
    await db.update(engagements).set({ status: "closed" }).where(eq(engagements.id, openEngagementId));
    await expectScanError(saveAnswers(db, id, [{ key: ITEM_KEYS[0]!, value: "5", seq: 2 }]), "engagement_closed");
    await expectScanError(submitScan(db, id), "engagement_closed");
    expect(await rowsOf(id)).toEqual({ [ITEM_KEYS[0]!]: { value: "3", seq: 1 } });
    expect((await respondentRow(id)).submittedAt).toBeNull();
    // The session still identifies the respondent (to say "closed"), with the engagement's status.
    expect((await resolveScanSession(db, session))?.engagement.status).toBe("closed");
  });
});

describe("isolation between engagements", () => {
  it("a session of engagement A resolves only to A's respondent and writes only A's answers", async () => {
    // Engagement B belongs to the other firm; open it for the test.
    const [engagementB] = await db.select().from(engagements).where(eq(engagements.firmId, f.otherFirm.firm.id));
    await db.update(engagements).set({ status: "open" }).where(eq(engagements.id, engagementB!.id));
    const a = await started();
    const b = await started(engagementB!.id, f.otherFirm.firm.id);
    expect(a.ctx.engagement.id).toBe(openEngagementId);
    expect(b.ctx.engagement.id).toBe(engagementB!.id);
    expect(b.ctx.firm.id).toBe(f.otherFirm.firm.id);

    await saveAnswers(db, a.ctx.respondent.id, [{ key: ITEM_KEYS[0]!, value: "5", seq: 1 }]);
    expect(await rowsOf(b.ctx.respondent.id)).toEqual({});
    const inB = await db
      .select({ key: scanAnswers.key })
      .from(scanAnswers)
      .innerJoin(respondents, eq(respondents.id, scanAnswers.respondentId))
      .where(eq(respondents.engagementId, engagementB!.id));
    expect(inB).toEqual([]);
    expect(Object.keys(await rowsOf(a.ctx.respondent.id))).toEqual([ITEM_KEYS[0]!]);
    // A's link token and session token mean nothing for B.
    expect((await resolveScanSession(db, a.session))?.respondent.id).toBe(a.ctx.respondent.id);
    expect(await resolveScanSession(db, a.token)).toBeNull();
    // Submitting as A leaves B untouched.
    await submitScan(db, a.ctx.respondent.id);
    expect((await respondentRow(b.ctx.respondent.id)).submittedAt).toBeNull();
    const bRows = await db
      .select()
      .from(respondents)
      .where(and(eq(respondents.engagementId, engagementB!.id), sql`${respondents.answeredCount} > 0`));
    expect(bRows).toEqual([]);
  });
});

describe("answers follow the engagement's model version", () => {
  it("a 2026.2 engagement takes its new items and refuses items that exist only in 2026.1; a 2026.1 engagement the other way round", async () => {
    const [open] = await db.select().from(engagements).where(eq(engagements.id, openEngagementId));
    expect(open!.modelVersion).toBe("2026.2");
    const current = await started();
    const applied = await saveAnswers(db, current.ctx.respondent.id, [{ key: "item:organisation.customer_contact", value: "3", seq: 1 }]);
    expect(applied.applied).toHaveLength(1);
    await expectScanError(
      saveAnswers(db, current.ctx.respondent.id, [{ key: "item:coaching.skills_feedback", value: "3", seq: 2 }]),
      "invalid_answer",
    );

    const [old] = await db
      .insert(engagements)
      .values({ firmId: firmAId, clientId: open!.clientId, title: "Oude scan 2026.1", status: "open", modelVersion: "2026.1" })
      .returning();
    const previous = await started(old!.id);
    expect(previous.ctx.engagement.modelVersion).toBe("2026.1");
    expect((await saveAnswers(db, previous.ctx.respondent.id, [{ key: "item:coaching.skills_feedback", value: "2", seq: 1 }])).applied).toHaveLength(1);
    await expectScanError(
      saveAnswers(db, previous.ctx.respondent.id, [{ key: "item:organisation.customer_contact", value: "2", seq: 2 }]),
      "invalid_answer",
    );
  });
});
