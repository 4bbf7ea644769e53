import { connection } from "next/server";
import { getFirmContext } from "@/lib/auth/session";
import { reportPdfResponse } from "@/lib/reports/pdf-response";

/** The report PDF for consultants of the firm (download or inline preview); 404 for anyone else. */
export async function GET(request: Request, { params }: { params: Promise<{ engagementId: string }> }) {
  await connection();
  const { engagementId } = await params;
  return reportPdfResponse(await getFirmContext(), engagementId, new URL(request.url).searchParams);
}
