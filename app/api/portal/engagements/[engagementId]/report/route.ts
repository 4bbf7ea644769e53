import { portalReportPdfResponse } from "@/lib/portal/report-pdf";
import { getManagerContext } from "@/lib/portal/session";

export const dynamic = "force-dynamic";

/** The client manager's PDF of a published report; 404 for anything they may not see. */
export async function GET(_request: Request, { params }: { params: Promise<{ engagementId: string }> }) {
  const { engagementId } = await params;
  return portalReportPdfResponse(await getManagerContext(), engagementId);
}
