import { scanPrimaryButton, scanSecondaryButton } from "./styles";

/**
 * Previous / next. Plain links: the autosave island (when present) intercepts them to finish
 * saving first and then navigates without a full reload.
 */
export function ScanNav({ previous, next }: { previous?: { href: string; label: string }; next?: { href: string; label: string } }) {
  return (
    <nav className="flex flex-wrap items-center justify-between gap-3">
      {previous ? (
        <a href={previous.href} data-scan-nav className={scanSecondaryButton}>
          <span aria-hidden>←</span> {previous.label}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={next.href} data-scan-nav className={scanPrimaryButton}>
          {next.label} <span aria-hidden>→</span>
        </a>
      ) : null}
    </nav>
  );
}
