import { describe, expect, it } from "vitest";
import { AnswerQueue, type QueueDeps } from "./client-queue";

type Reply = { status: number; body?: unknown } | "network-error";

/** A fake browser: a scripted server, a Map as localStorage, manual timers and clock. */
function harness(opts: { online?: boolean } = {}) {
  const store = new Map<string, string>();
  const requests: { answers: { key: string; value: string; seq: number }[]; keepalive: boolean }[] = [];
  const replies: Reply[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  let clock = 1_000_000;
  let online = opts.online ?? true;
  const deps: QueueDeps = {
    fetch: async (_url, init) => {
      const body = JSON.parse(String(init.body)) as { answers: { key: string; value: string; seq: number }[] };
      requests.push({ answers: body.answers, keepalive: Boolean(init.keepalive) });
      const reply = replies.shift() ?? { status: 200 };
      if (reply === "network-error") throw new TypeError("Failed to fetch");
      const payload = reply.body ?? { applied: body.answers.map((a) => a.key), current: {}, maxSeq: Math.max(...body.answers.map((a) => a.seq)) };
      return new Response(JSON.stringify(payload), { status: reply.status, headers: { "content-type": "application/json" } });
    },
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
    now: () => clock,
    isOnline: () => online,
    setTimer: (fn, ms) => {
      const t = { fn, ms };
      timers.push(t);
      return t;
    },
    clearTimer: (handle) => {
      const i = timers.indexOf(handle as { fn: () => void; ms: number });
      if (i >= 0) timers.splice(i, 1);
    },
  };
  const flush = () => new Promise((r) => setTimeout(r, 0));
  const runTimers = async () => {
    const due = timers.splice(0);
    for (const t of due) t.fn();
    await flush();
    await flush();
  };
  return {
    deps,
    store,
    requests,
    replies,
    timers,
    flush: async () => {
      for (let i = 0; i < 5; i++) await flush();
    },
    runTimers,
    tick: (ms: number) => (clock += ms),
    setOnline: (v: boolean) => (online = v),
    stored: (key: string) => JSON.parse(store.get(key) ?? "{}") as { p: Record<string, [string, number]>; s: number },
  };
}

describe("AnswerQueue", () => {
  it("sends a change at once with a time-based sequence above the server's, and forgets it once acknowledged", async () => {
    const h = harness();
    const q = new AnswerQueue("k", h.deps);
    q.init({ "item:a": ["2", 5_000_000] }, 5_000_000);
    q.set("item:a", "4");
    expect(h.stored("k").p["item:a"]).toEqual(["4", 5_000_001]);
    await h.flush();
    expect(h.requests).toHaveLength(1);
    expect(h.requests[0]!.answers).toEqual([{ key: "item:a", value: "4", seq: 5_000_001 }]);
    expect(q.state).toBe("saved");
    expect(q.hasPending).toBe(false);
    expect(h.stored("k").p).toEqual({});
    expect(h.stored("k").s).toBe(5_000_001);
    h.tick(10);
    q.set("item:b", "1");
    expect(h.stored("k").p["item:b"]![1]).toBe(5_000_002);
  });

  it("ignores a change to the value it already has", async () => {
    const h = harness();
    const q = new AnswerQueue("k", h.deps);
    q.init({ "item:a": ["2", 1] }, 1);
    expect(q.set("item:a", "2")).toBe(false);
    await h.flush();
    expect(h.requests).toHaveLength(0);
  });

  it("sends one request at a time and batches what changed meanwhile, newest value per key", async () => {
    const h = harness();
    const q = new AnswerQueue("k", h.deps);
    q.init({}, 0);
    q.set("item:a", "1");
    q.set("item:b", "2");
    q.set("item:a", "3");
    q.set("item:c", "4");
    await h.flush();
    expect(h.requests.map((r) => r.answers.map((a) => `${a.key}=${a.value}`).sort())).toEqual([["item:a=1"], ["item:a=3", "item:b=2", "item:c=4"]]);
    const seqOf = (key: string, value: string) => h.requests.flatMap((r) => r.answers).find((a) => a.key === key && a.value === value)!.seq;
    expect(seqOf("item:a", "1")).toBeLessThan(seqOf("item:b", "2"));
    expect(seqOf("item:b", "2")).toBeLessThan(seqOf("item:a", "3"));
    expect(seqOf("item:a", "3")).toBeLessThan(seqOf("item:c", "4"));
    expect(q.state).toBe("saved");
  });

  it("keeps answers given offline in storage and sends them when the connection returns", async () => {
    const h = harness({ online: false });
    const q = new AnswerQueue("k", h.deps);
    q.init({}, 0);
    h.replies.push("network-error");
    q.set("item:a", "1");
    await h.flush();
    expect(q.state).toBe("offline");
    q.set("item:b", "2");
    q.set("item:c", "dont_know");
    await h.flush();
    expect(Object.keys(h.stored("k").p).sort()).toEqual(["item:a", "item:b", "item:c"]);
    expect(h.timers).toHaveLength(1);
    expect(h.timers[0]!.ms).toBe(1000);

    h.setOnline(true);
    q.retryNow();
    await h.flush();
    expect(h.requests.at(-1)!.answers.map((a) => a.key).sort()).toEqual(["item:a", "item:b", "item:c"]);
    expect(q.state).toBe("saved");
    expect(h.stored("k").p).toEqual({});
  });

  it("backs off exponentially on server errors, up to 30 seconds", async () => {
    const h = harness();
    const q = new AnswerQueue("k", h.deps);
    q.init({}, 0);
    for (let i = 0; i < 8; i++) h.replies.push({ status: 503, body: { error: "unavailable" } });
    q.set("item:a", "1");
    await h.flush();
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      delays.push(h.timers[0]!.ms);
      await h.runTimers();
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(q.state).toBe("retrying");
    await h.runTimers();
    await h.runTimers();
    expect(q.state).toBe("saved");
  });

  it("a fresh page sends what a previous page left in storage, unless the server already has newer", async () => {
    const h = harness();
    h.store.set("k", JSON.stringify({ p: { "item:a": ["5", 900], "item:b": ["1", 100] }, s: 900 }));
    const q = new AnswerQueue("k", h.deps);
    const shown: string[] = [];
    q.onAnswer((key, value) => shown.push(`${key}=${value}`));
    q.init({ "item:a": ["2", 800], "item:b": ["3", 200] }, 800);
    expect(shown).toEqual(["item:a=2", "item:b=3", "item:a=5"]);
    await h.flush();
    expect(h.requests[0]!.answers).toEqual([{ key: "item:a", value: "5", seq: 900 }]);
    expect(q.known.get("item:b")).toEqual({ value: "3", seq: 200 });
  });

  it("shows a newer answer from the server (another tab) but keeps an unsent local one", async () => {
    const h = harness({ online: false });
    const q = new AnswerQueue("k", h.deps);
    const shown: string[] = [];
    q.onAnswer((key, value) => shown.push(`${key}=${value}`));
    q.init({ "item:a": ["1", 10], "item:b": ["1", 10] }, 10);
    h.replies.push("network-error");
    q.set("item:b", "4");
    await h.flush();
    q.merge({ "item:a": ["3", 20], "item:b": ["2", 20] }, 20);
    expect(shown).toEqual(["item:a=1", "item:b=1", "item:a=3"]);
    expect(q.known.get("item:b")?.value).toBe("4");
  });

  it("takes the stored answer the server reports when its own save was stale", async () => {
    const h = harness();
    const q = new AnswerQueue("k", h.deps);
    const shown: string[] = [];
    q.onAnswer((key, value) => shown.push(`${key}=${value}`));
    q.init({}, 0);
    h.replies.push({ status: 200, body: { applied: [], current: { "item:a": ["5", 9_999_999] }, maxSeq: 9_999_999 } });
    q.set("item:a", "2");
    await h.flush();
    expect(shown).toEqual(["item:a=5"]);
    expect(q.known.get("item:a")?.value).toBe("5");
    h.tick(1);
    q.set("item:c", "1");
    expect(h.stored("k").p["item:c"]![1]).toBeGreaterThan(9_999_999);
  });

  it("stops when the scan closed or was submitted, and forgets what can never be saved", async () => {
    const h = harness();
    const q = new AnswerQueue("k", h.deps);
    q.init({}, 0);
    h.replies.push({ status: 409, body: { error: "already_submitted" } });
    q.set("item:a", "2");
    await h.flush();
    expect(q.state).toBe("submitted");
    expect(q.set("item:b", "3")).toBe(false);
    expect(h.stored("k").p).toEqual({});
  });

  it("keeps answers when the session expired (they are sent after the link is opened again)", async () => {
    const h = harness();
    const q = new AnswerQueue("k", h.deps);
    q.init({}, 0);
    h.replies.push({ status: 401, body: { error: "invalid_session" } });
    q.set("item:a", "2");
    await h.flush();
    expect(q.state).toBe("session");
    expect(Object.keys(h.stored("k").p)).toEqual(["item:a"]);
  });

  it("drops only the refused key on a 400 and saves the rest", async () => {
    const h = harness({ online: false });
    const q = new AnswerQueue("k", h.deps);
    q.init({}, 0);
    h.replies.push("network-error");
    q.set("item:a", "2");
    await h.flush();
    q.set("item:bad", "9");
    h.replies.push({ status: 400, body: { error: "invalid_answer", key: "item:bad" } });
    q.retryNow();
    await h.flush();
    expect(h.requests.at(-1)!.answers.map((a) => a.key)).toEqual(["item:a"]);
    expect(q.state).toBe("saved");
    expect(h.stored("k").p).toEqual({});
  });

  it("sends everything unacknowledged with keepalive when the page is hidden", async () => {
    const h = harness({ online: false });
    const q = new AnswerQueue("k", h.deps);
    q.init({}, 0);
    h.replies.push("network-error");
    q.set("item:a", "2");
    await h.flush();
    q.sendOnHide();
    await h.flush();
    expect(h.requests.at(-1)).toMatchObject({ keepalive: true, answers: [{ key: "item:a", value: "2" }] });
  });

  it("two tabs sharing storage never reuse a sequence number", () => {
    const h = harness();
    const a = new AnswerQueue("k", h.deps);
    const b = new AnswerQueue("k", h.deps);
    a.init({}, 0);
    b.init({}, 0);
    const seqs = [a.nextSeq(), b.nextSeq(), a.nextSeq(), b.nextSeq()];
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(4);
  });
});

describe("AnswerQueue sequence numbers stay inside what the server accepts (issue 13, defect 9)", () => {
  it("a number pinned at the top of the range (old bug, wrong clock) gives way to a fresh clock-based base", async () => {
    const h = harness();
    h.store.set("k", JSON.stringify({ p: {}, s: Number.MAX_SAFE_INTEGER }));
    const queue = new AnswerQueue("k", h.deps);
    queue.init({}, 0, 1_000_000);
    queue.set("item:a", "3");
    await h.flush();
    expect(h.requests[0]!.answers[0]!.seq).toBe(1_000_000);
    expect(h.stored("k").s).toBe(1_000_000);
  });

  it("follows the server's clock when the device clock is days ahead", async () => {
    const h = harness();
    const queue = new AnswerQueue("k", h.deps);
    queue.init({}, 0, 1_000_000 - 3 * 24 * 3600_000); // the server is three days behind this device
    queue.set("item:a", "3");
    queue.set("item:b", "4");
    await h.flush();
    const seqs = h.requests.flatMap((r) => r.answers.map((a) => a.seq));
    expect(Math.max(...seqs)).toBeLessThanOrEqual(1_000_000 - 3 * 24 * 3600_000 + 10);
  });
});
