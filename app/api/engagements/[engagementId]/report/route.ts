import { connection } from "next/server";
import { getFirmContext } from "@/lib/auth/session";
import { reportPdfResponse } from "@/lib/reports/pdf-response";
import { failSoft } from "@/lib/unavailable";

/** The report PDF for consultants of the firm (download or inline preview); 404 for anyone else. */
async function handleGET(request: Request, { params }: { params: Promise<{ engagementId: string }> }) {
  await connection();
  const { engagementId } = await params;
  return reportPdfResponse(await getFirmContext(), engagementId, new URL(request.url).searchParams);
}

export const GET = failSoft(handleGET);
