/** Button looks of the scan: large (≥ 48 px) targets, the firm's colour with a readable text colour. */
export const scanPrimaryButton =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-lg bg-brand px-5 py-3 text-base font-semibold text-[color:var(--scan-on-brand)] hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-60";
export const scanSecondaryButton =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-5 py-3 text-base font-semibold text-slate-800 hover:bg-slate-100";
export const scanLink = "font-semibold text-[color:var(--scan-brand-ink)] underline underline-offset-2";
