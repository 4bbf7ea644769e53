import { getFirmContext } from "@/lib/auth/session";
import { resultsExportResponse } from "@/lib/results/export";

export const dynamic = "force-dynamic";

/** CSV download; 404 without a session, the permission, or an engagement of the firm. */
export async function GET(_request: Request, { params }: { params: Promise<{ engagementId: string }> }) {
  const { engagementId } = await params;
  return resultsExportResponse(await getFirmContext(), engagementId, "aggregates");
}
