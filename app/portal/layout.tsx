import { PortalShell } from "@/components/portal/portal-shell";
import { getManagerContext } from "@/lib/portal/session";

// Every portal page checks access itself (requirePortal); this only draws the frame.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const ctx = await getManagerContext();
  return (
    <PortalShell firm={ctx?.firm ?? null} userName={ctx?.user.name ?? null}>
      {children}
    </PortalShell>
  );
}
