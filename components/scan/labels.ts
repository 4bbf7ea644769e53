import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/model/types";
import type { SaveState } from "@/lib/scan/client-queue";
import type { ScanContext } from "@/lib/scan/session";
import type { FrameBranding } from "./scan-frame";

const SAVE_STATES: readonly SaveState[] = ["idle", "saving", "saved", "offline", "retrying", "closed", "submitted", "session", "invalid"];

/** The save-state texts for the client island (passed as props: the island loads no catalogue). */
export async function saveLabels(locale: Locale): Promise<Record<SaveState, string>> {
  const t = await getTranslations({ locale, namespace: "scan.save" });
  return Object.fromEntries(SAVE_STATES.map((s) => [s, t(s)])) as Record<SaveState, string>;
}

export function brandingOf(ctx: ScanContext): FrameBranding {
  return { firmName: ctx.firm.name, primaryColor: ctx.firm.primaryColor, hasLogo: ctx.firm.hasLogo, clientName: ctx.client.name };
}
