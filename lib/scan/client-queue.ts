/**
 * The browser side of autosave (no React, no DOM: everything it needs is injected, so the unit
 * tests drive it with a fake fetch, storage and clock).
 *
 * - Every change gets a sequence number: max(now in ms, last used + 1, highest the server has
 *   reported + 1). The last used number is kept in localStorage, shared by all tabs, so a newer
 *   answer always carries a higher number — across tabs, reloads and devices that have seen the
 *   server's state.
 * - Changes wait in `pending` (one entry per key: only the newest matters) and are mirrored to
 *   localStorage before anything is sent, so an answer given offline or just before the tab
 *   closes is sent later.
 * - One request at a time; whatever changed meanwhile goes in the next batch. A key leaves
 *   pending only when the server acknowledged exactly that sequence number.
 * - Network failures and 5xx/429 are retried with exponential backoff (1 s … 30 s); the
 *   `online` event retries at once. 401/409 stop the queue (session gone, scan closed or
 *   submitted); a 400 for one key drops that key and carries on.
 */
import { SEQ_AHEAD_MS, seqLimit } from "./seq";

export type SaveState = "idle" | "saving" | "saved" | "offline" | "retrying" | "closed" | "submitted" | "session" | "invalid";

export interface Entry {
  readonly value: string;
  readonly seq: number;
}

/** [value, seq] as the server sends stored answers. */
export type WireAnswer = readonly [string, number];

export interface QueueDeps {
  readonly fetch: (input: string, init: RequestInit) => Promise<Response>;
  readonly storage: Pick<Storage, "getItem" | "setItem"> | null;
  readonly now: () => number;
  readonly isOnline: () => boolean;
  readonly setTimer: (fn: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
}

export const SAVE_ENDPOINT = "/api/scan/answers";
export const MAX_BACKOFF_MS = 30_000;

interface Stored {
  /** pending answers */
  p: Record<string, [string, number]>;
  /** last sequence number used in this browser */
  s: number;
}

const STOPPING_STATES: readonly SaveState[] = ["closed", "submitted", "session"];

export class AnswerQueue {
  readonly known = new Map<string, Entry>();
  private readonly pending = new Map<string, Entry>();
  private inflight: Promise<void> | null = null;
  private floor = 0;
  /** Server clock minus this browser's clock, so numbers follow the server's time. */
  private clockOffset = 0;
  private attempt = 0;
  private timer: unknown = null;
  private current: SaveState = "idle";
  private readonly stateListeners = new Set<() => void>();
  private readonly answerListeners = new Set<(key: string, value: string) => void>();

  constructor(
    readonly storageKey: string,
    private readonly deps: QueueDeps,
  ) {}

  get state(): SaveState {
    return this.current;
  }

  get hasPending(): boolean {
    return this.pending.size > 0 || this.inflight !== null;
  }

  get stopped(): boolean {
    return STOPPING_STATES.includes(this.current);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  };

  /** Called when an answer changed from elsewhere (server newer, another tab, stored offline answer). */
  onAnswer(listener: (key: string, value: string) => void): () => void {
    this.answerListeners.add(listener);
    return () => this.answerListeners.delete(listener);
  }

  /**
   * Merges what the server rendered (or returned) with what this browser still has to send;
   * a stored answer newer than the server's is shown and sent.
   */
  init(server: Readonly<Record<string, WireAnswer>>, maxSeq: number, serverNow?: number): void {
    if (serverNow !== undefined) this.clockOffset = serverNow - this.deps.now();
    this.merge(server, maxSeq);
    const stored = this.read();
    // A number from a wrong clock or an old bug would pin every later one at the top: start afresh.
    if (stored.s > this.limit()) this.write({ ...stored, s: 0 });
    this.floor = Math.max(this.floor, Math.min(this.read().s, this.limit()));
    for (const [key, [value, seq]] of Object.entries(stored.p)) {
      const known = this.known.get(key);
      if (known && known.seq >= seq) continue;
      const mine = this.pending.get(key);
      if (!mine || mine.seq < seq) this.pending.set(key, { value, seq });
      this.known.set(key, { value, seq });
      this.floor = Math.max(this.floor, seq);
      this.emitAnswer(key, value);
    }
    if (this.pending.size > 0 && !this.stopped) this.kick();
  }

  /** Answers fetched from the server (focus, second tab): newer ones win, unsent local ones stay. */
  merge(server: Readonly<Record<string, WireAnswer>>, maxSeq: number): void {
    this.floor = Math.max(this.floor, maxSeq);
    for (const [key, [value, seq]] of Object.entries(server)) {
      if (this.pending.has(key)) continue;
      const known = this.known.get(key);
      if (known && known.seq >= seq) continue;
      const changed = known?.value !== value;
      this.known.set(key, { value, seq });
      if (changed) this.emitAnswer(key, value);
    }
  }

  private serverTime(): number {
    return Math.floor(this.deps.now() + this.clockOffset);
  }

  /** Half the server's margin: numbers stay well inside what it accepts. */
  private limit(): number {
    return seqLimit(this.serverTime()) - SEQ_AHEAD_MS / 2;
  }

  nextSeq(): number {
    const stored = this.read();
    const next = Math.max(this.floor + 1, stored.s + 1, this.serverTime());
    // Far ahead of the clock only if something went wrong before: a fresh, clock-based base.
    this.floor = next > this.limit() ? this.serverTime() : next;
    this.write({ ...stored, s: this.floor });
    return this.floor;
  }

  /** Records a change and sends it as soon as possible. Returns false when nothing changed. */
  set(key: string, value: string): boolean {
    if (this.stopped) return false;
    if (this.known.get(key)?.value === value) return false;
    const entry = { value, seq: this.nextSeq() };
    this.known.set(key, entry);
    this.pending.set(key, entry);
    this.persist([[key, entry]]);
    // While a retry is scheduled (offline, server trouble) the change waits for it or for `online`.
    if (this.timer === null) this.kick();
    return true;
  }

  /** Sends now (resetting the backoff), e.g. when the browser comes back online. */
  retryNow(): void {
    this.attempt = 0;
    this.kick();
  }

  /** Resolves when nothing is pending or in flight, or after `timeoutMs`. */
  async settle(timeoutMs: number): Promise<boolean> {
    const deadline = this.deps.now() + timeoutMs;
    while (this.hasPending && !this.stopped && this.deps.now() < deadline) {
      if (!this.inflight) {
        if (this.current === "offline" || this.current === "retrying") return false;
        this.kick();
      }
      const inflight = this.inflight as Promise<void> | null;
      if (!inflight) break;
      await Promise.race([inflight, new Promise<void>((r) => this.deps.setTimer(() => r(), Math.max(0, deadline - this.deps.now())))]);
    }
    return !this.hasPending;
  }

  /** For page hide: sends everything not yet acknowledged with keepalive (duplicates are harmless). */
  sendOnHide(): void {
    if (this.pending.size === 0 || this.stopped) return;
    const body = JSON.stringify({ answers: [...this.pending].map(([key, e]) => ({ key, value: e.value, seq: e.seq })) });
    if (body.length > 60_000) return; // keepalive bodies are limited to 64 KiB; the stored copy is sent next time
    this.deps
      .fetch(SAVE_ENDPOINT, { method: "POST", headers: { "Content-Type": "application/json" }, body, keepalive: true, credentials: "same-origin" })
      .catch(() => undefined);
  }

  private kick(): void {
    if (this.timer !== null) {
      this.deps.clearTimer(this.timer);
      this.timer = null;
    }
    if (this.inflight || this.stopped || this.pending.size === 0) return;
    this.inflight = this.send().finally(() => {
      this.inflight = null;
      if (this.pending.size > 0 && !this.stopped && this.timer === null && this.attempt === 0) this.kick();
      else this.emitState();
    });
  }

  private scheduleRetry(state: SaveState): void {
    this.attempt += 1;
    this.setState(state);
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (this.attempt - 1));
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      this.kick();
    }, delay);
  }

  private async send(): Promise<void> {
    const batch = [...this.pending];
    this.setState("saving");
    let response: Response;
    try {
      response = await this.deps.fetch(SAVE_ENDPOINT, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answers: batch.map(([key, e]) => ({ key, value: e.value, seq: e.seq })) }),
        credentials: "same-origin",
      });
    } catch {
      this.scheduleRetry("offline");
      return;
    }
    let body: Record<string, unknown> = {};
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      body = {};
    }
    if (response.ok) {
      this.attempt = 0;
      this.acknowledge(batch);
      const current = (body.current ?? {}) as Record<string, WireAnswer>;
      this.merge(current, typeof body.maxSeq === "number" ? body.maxSeq : 0);
      this.setState(this.pending.size > 0 ? "saving" : "saved");
      return;
    }
    const code = typeof body.error === "string" ? body.error : "";
    if (response.status === 401) return this.stop("session", false);
    if (response.status === 409) return this.stop(code === "already_submitted" ? "submitted" : "closed", true);
    if (response.status === 400 || response.status === 413) {
      // A refused answer would be refused forever: drop it (or, without a key, the whole batch).
      const badKey = typeof body.key === "string" ? body.key : null;
      const dropped = badKey && this.pending.has(badKey) ? batch.filter(([k]) => k === badKey) : batch;
      this.acknowledge(dropped);
      this.attempt = 0;
      this.setState("invalid");
      return;
    }
    this.scheduleRetry(this.deps.isOnline() ? "retrying" : "offline");
  }

  private stop(state: SaveState, forget: boolean): void {
    if (forget) {
      this.acknowledge([...this.pending]);
    }
    this.setState(state);
  }

  /** Removes acknowledged entries from pending and storage (only if nothing newer replaced them). */
  private acknowledge(batch: readonly (readonly [string, Entry])[]): void {
    const stored = this.read();
    for (const [key, entry] of batch) {
      if (this.pending.get(key)?.seq === entry.seq) this.pending.delete(key);
      const s = stored.p[key];
      if (s && s[1] <= entry.seq) delete stored.p[key];
    }
    this.write(stored);
  }

  private persist(entries: readonly (readonly [string, Entry])[]): void {
    const stored = this.read();
    for (const [key, entry] of entries) {
      const s = stored.p[key];
      if (!s || s[1] < entry.seq) stored.p[key] = [entry.value, entry.seq];
    }
    this.write(stored);
  }

  private read(): Stored {
    try {
      const raw = this.deps.storage?.getItem(this.storageKey);
      if (!raw) return { p: {}, s: 0 };
      const parsed = JSON.parse(raw) as Partial<Stored>;
      const p: Stored["p"] = {};
      if (parsed.p && typeof parsed.p === "object") {
        for (const [key, v] of Object.entries(parsed.p)) {
          if (Array.isArray(v) && typeof v[0] === "string" && typeof v[1] === "number") p[key] = [v[0], v[1]];
        }
      }
      return { p, s: typeof parsed.s === "number" && Number.isSafeInteger(parsed.s) ? parsed.s : 0 };
    } catch {
      return { p: {}, s: 0 };
    }
  }

  private write(stored: Stored): void {
    try {
      this.deps.storage?.setItem(this.storageKey, JSON.stringify(stored));
    } catch {
      // Storage full or blocked (private mode): answers still go to the server while online.
    }
  }

  private setState(state: SaveState): void {
    if (this.current === state) return;
    this.current = state;
    this.emitState();
  }

  private emitState(): void {
    for (const listener of this.stateListeners) listener();
  }

  private emitAnswer(key: string, value: string): void {
    for (const listener of this.answerListeners) listener(key, value);
  }
}
