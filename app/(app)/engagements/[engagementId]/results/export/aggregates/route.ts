import { getFirmContext } from "@/lib/auth/session";
import { resultsExportResponse } from "@/lib/results/export";
import { failSoft } from "@/lib/unavailable";

export const dynamic = "force-dynamic";

/** CSV download; 404 without a session, the permission, or an engagement of the firm. */
async function handleGET(_request: Request, { params }: { params: Promise<{ engagementId: string }> }) {
  const { engagementId } = await params;
  return resultsExportResponse(await getFirmContext(), engagementId, "aggregates");
}

export const GET = failSoft(handleGET);
