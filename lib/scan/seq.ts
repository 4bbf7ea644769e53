/**
 * Bounds of autosave sequence numbers (pure; shared by the server and the browser queue).
 * Numbers are clock-based (ms). scan_answers.seq is a bigint read as a JS number, which is
 * exact up to 2^53 − 1; the server accepts at most SEQ_MAX and at most a day ahead of its own
 * clock, so a stored number can never sit where the next one would not fit.
 */
export const SEQ_MAX = 2 ** 52;
export const SEQ_AHEAD_MS = 24 * 60 * 60 * 1000;

/** The highest sequence number the server accepts at `nowMs`. */
export const seqLimit = (nowMs: number) => Math.min(SEQ_MAX, Math.floor(nowMs) + SEQ_AHEAD_MS);
