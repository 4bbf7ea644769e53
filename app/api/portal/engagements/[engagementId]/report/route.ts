import { portalReportPdfResponse } from "@/lib/portal/report-pdf";
import { getManagerContext } from "@/lib/portal/session";
import { failSoft } from "@/lib/unavailable";

export const dynamic = "force-dynamic";

/** The client manager's PDF of a published report; 404 for anything they may not see. */
async function handleGET(_request: Request, { params }: { params: Promise<{ engagementId: string }> }) {
  const { engagementId } = await params;
  return portalReportPdfResponse(await getManagerContext(), engagementId);
}

export const GET = failSoft(handleGET);
