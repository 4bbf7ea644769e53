"use client";
import { useEffect, type RefObject } from "react";

/**
 * While there are unsaved changes, leaving asks first: closing or reloading the tab through
 * beforeunload, and in-app links (which navigate without unloading) through a confirm.
 * `leaving` lets an intended reload through.
 */
export function useLeaveGuard(dirty: boolean, message: string, leaving: RefObject<boolean>) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const confirmLeave = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      if (link.origin !== window.location.origin || event.defaultPrevented) return;
      if (window.confirm(message)) leaving.current = true;
      else {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", confirmLeave, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", confirmLeave, true);
    };
  }, [dirty, message, leaving]);
}
