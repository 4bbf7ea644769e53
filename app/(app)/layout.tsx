import { AppShell } from "@/components/shell/app-shell";
import { requirePage } from "@/lib/auth/session";

// Every page below checks its own permission too; this only draws the frame.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requirePage("dashboard.view");
  return <AppShell ctx={ctx}>{children}</AppShell>;
}
