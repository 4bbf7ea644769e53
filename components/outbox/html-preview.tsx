"use client";
import { useState } from "react";

/**
 * The formatted e-mail in a fully sandboxed frame (no scripts, no same-origin access, no
 * navigation out), shown on request: the text version next to it is what most people read,
 * and a frame that may not run scripts also cannot be inspected by automated checks, which
 * then fail on the whole page.
 */
export function HtmlPreview({ html, title, showLabel, hideLabel }: { html: string; title: string; showLabel: string; hideLabel: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="flex flex-col gap-3">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
        className="w-fit rounded border border-slate-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-100"
      >
        {open ? hideLabel : showLabel}
      </button>
      {open ? (
        <iframe title={title} sandbox="" referrerPolicy="no-referrer" srcDoc={html} className="h-[36rem] w-full rounded border border-slate-200 bg-white" />
      ) : null}
    </div>
  );
}
