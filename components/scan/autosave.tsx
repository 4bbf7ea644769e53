"use client";
/**
 * The scan's one client island: autosave for the server-rendered answer forms, the save-state
 * line, and the submit guard on the review page. The questions themselves are plain server
 * HTML (real radio inputs); this only listens to their changes and, when newer answers arrive
 * from the server or from browser storage, checks the matching inputs.
 */
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { AnswerQueue, SAVE_ENDPOINT, type SaveState, type WireAnswer } from "@/lib/scan/client-queue";

export type SaveLabels = Readonly<Record<SaveState, string>>;

const queues = new Map<string, AnswerQueue>();

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** One queue per respondent for the life of the page (it survives client-side navigation). */
function queueFor(storageKey: string): AnswerQueue {
  let queue = queues.get(storageKey);
  if (!queue) {
    queue = new AnswerQueue(storageKey, {
      fetch: (input, init) => fetch(input, init),
      storage: browserStorage(),
      now: () => Date.now(),
      isOnline: () => navigator.onLine,
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      clearTimer: (handle) => window.clearTimeout(handle as number),
    });
    queues.set(storageKey, queue);
  }
  return queue;
}

function useSaveState(queue: AnswerQueue): SaveState {
  return useSyncExternalStore(
    queue.subscribe,
    () => queue.state,
    () => "idle",
  );
}

function applyToForm(form: HTMLFormElement, key: string, value: string): void {
  const field = form.elements.namedItem(key);
  if (!field) return;
  if (field instanceof RadioNodeList) {
    for (const el of Array.from(field)) if (el instanceof HTMLInputElement) el.checked = el.value === value;
  } else if (field instanceof HTMLTextAreaElement) {
    if (document.activeElement !== field) field.value = value;
  } else if (field instanceof HTMLInputElement && field.type === "radio") {
    field.checked = field.value === value;
  }
}

interface ServerAnswers {
  answers: Record<string, WireAnswer>;
  maxSeq: number;
  status: "open" | "closed" | "submitted";
}

async function fetchAnswers(): Promise<ServerAnswers | null> {
  try {
    const response = await fetch(SAVE_ENDPOINT, { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return null;
    return (await response.json()) as ServerAnswers;
  } catch {
    return null;
  }
}

const DOT: Record<SaveState, string> = {
  idle: "bg-slate-400",
  saving: "bg-amber-500",
  saved: "bg-green-600",
  offline: "bg-slate-500",
  retrying: "bg-amber-500",
  closed: "bg-red-600",
  submitted: "bg-slate-500",
  session: "bg-red-600",
  invalid: "bg-red-600",
};

/**
 * One line, always the same height, so saving never moves the page. On the answer pages it
 * sticks to the bottom of the screen (and the page keeps focused fields clear of it).
 */
function SaveStatus({ state, labels, sticky = true }: { state: SaveState; labels: SaveLabels; sticky?: boolean }) {
  return (
    <div
      className={sticky ? "sticky bottom-0 z-10 -mx-4 mt-6 border-t border-slate-200 bg-white/95 px-4 backdrop-blur" : ""}
      data-testid="save-status-bar"
    >
      {sticky ? <style>{"html{scroll-padding-bottom:4.5rem}"}</style> : null}
      <p role="status" aria-live="polite" className="flex h-12 items-center gap-2 text-sm text-slate-700" data-state={state} data-testid="save-status">
        <span aria-hidden className={`inline-block h-2.5 w-2.5 shrink-0 rounded-full ${DOT[state]}`} />
        <span className="line-clamp-2">{labels[state]}</span>
      </p>
    </div>
  );
}

const COMMENT_DEBOUNCE_MS = 800;
const NAVIGATION_WAIT_MS = 3000;

/**
 * Wraps the server-rendered questions of one page. `initial` holds the stored answers of this
 * page's keys with their sequence numbers; `maxSeq` the respondent's highest.
 */
export function AnswerForm({
  storageKey,
  initial,
  maxSeq,
  serverNow,
  labels,
  children,
}: {
  storageKey: string;
  initial: Record<string, WireAnswer>;
  maxSeq: number;
  /** The server's clock when rendering: sequence numbers follow it, not a wrong device clock. */
  serverNow: number;
  labels: SaveLabels;
  children: React.ReactNode;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const queue = queueFor(storageKey);
  const state = useSaveState(queue);
  const router = useRouter();

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const offAnswer = queue.onAnswer((key, value) => applyToForm(form, key, value));
    queue.init(initial, maxSeq, serverNow);
    // Show what this browser knows (newer than the server-rendered HTML after a back navigation).
    for (const [key, entry] of queue.known) applyToForm(form, key, entry.value);

    // Comments are saved 0.8 s after the last keystroke, or at once on blur, navigation and page hide.
    const typing = new Map<string, { timer: number; field: HTMLTextAreaElement }>();
    const flushTyping = () => {
      for (const [key, { timer, field }] of typing) {
        window.clearTimeout(timer);
        queue.set(key, field.value);
      }
      typing.clear();
    };
    const saveField = (target: EventTarget | null, immediate: boolean) => {
      if (target instanceof HTMLInputElement && target.type === "radio" && target.checked) {
        queue.set(target.name, target.value);
      } else if (target instanceof HTMLTextAreaElement) {
        const key = target.name;
        window.clearTimeout(typing.get(key)?.timer);
        typing.delete(key);
        if (immediate) queue.set(key, target.value);
        else {
          const timer = window.setTimeout(() => {
            typing.delete(key);
            queue.set(key, target.value);
          }, COMMENT_DEBOUNCE_MS);
          typing.set(key, { field: target, timer });
        }
      }
    };
    const onChange = (e: Event) => saveField(e.target, true);
    const onInput = (e: Event) => {
      if (e.target instanceof HTMLTextAreaElement) saveField(e.target, false);
    };
    const refresh = async () => {
      const fresh = await fetchAnswers();
      if (!fresh) return;
      if (fresh.status !== "open") {
        router.refresh();
        return;
      }
      queue.merge(fresh.answers, fresh.maxSeq);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") {
        flushTyping();
        queue.sendOnHide();
      } else void refresh();
    };
    const onFocus = () => void refresh();
    const onOnline = () => queue.retryNow();
    const onPageHide = () => {
      flushTyping();
      queue.sendOnHide();
    };
    const onClick = async (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>("a[data-scan-nav]") : null;
      if (!link) return;
      e.preventDefault();
      // Pending comment text goes first, then wait (briefly) for the save before leaving.
      flushTyping();
      await queue.settle(NAVIGATION_WAIT_MS);
      router.push(link.getAttribute("href") ?? "/scan");
    };

    form.addEventListener("change", onChange);
    form.addEventListener("input", onInput);
    document.addEventListener("visibilitychange", onVisibility);
    document.addEventListener("click", onClick);
    window.addEventListener("focus", onFocus);
    window.addEventListener("online", onOnline);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      offAnswer();
      flushTyping();
      form.removeEventListener("change", onChange);
      form.removeEventListener("input", onInput);
      document.removeEventListener("visibilitychange", onVisibility);
      document.removeEventListener("click", onClick);
      window.removeEventListener("focus", onFocus);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("pagehide", onPageHide);
    };
    // The server props are the page's first state; later changes come through the queue.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queue]);

  useEffect(() => {
    if (state === "closed" || state === "submitted") router.refresh();
  }, [state, router]);

  return (
    <form ref={formRef} onSubmit={(e) => e.preventDefault()} noValidate className="flex flex-col gap-6">
      {children}
      <SaveStatus state={state} labels={labels} />
    </form>
  );
}

/**
 * The review page's submit form: answers still waiting in this browser are sent first; while
 * that is impossible (offline) submitting waits and says why.
 */
export function SubmitForm({
  storageKey,
  maxSeq,
  serverNow,
  action,
  labels,
  blockedMessage,
  children,
}: {
  storageKey: string;
  maxSeq: number;
  serverNow: number;
  action: string;
  labels: SaveLabels;
  blockedMessage: string;
  children: React.ReactNode;
}) {
  const queue = queueFor(storageKey);
  const state = useSaveState(queue);
  const router = useRouter();
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    queue.init({}, maxSeq, serverNow);
    if (!queue.hasPending) return;
    let active = true;
    void queue.settle(10_000).then((done) => {
      if (done && active) router.refresh();
    });
    const onOnline = () => queue.retryNow();
    window.addEventListener("online", onOnline);
    return () => {
      active = false;
      window.removeEventListener("online", onOnline);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queue]);

  return (
    <form
      method="post"
      action={action}
      className="flex flex-col gap-3"
      onSubmit={async (e) => {
        if (!queue.hasPending) return;
        e.preventDefault();
        const form = e.currentTarget;
        const done = await queue.settle(8000);
        if (done) form.submit();
        else setBlocked(true);
      }}
    >
      {children}
      <p role="alert" className="min-h-5 text-sm font-medium text-red-800">
        {blocked ? blockedMessage : ""}
      </p>
      <SaveStatus state={state} labels={labels} sticky={false} />
    </form>
  );
}
