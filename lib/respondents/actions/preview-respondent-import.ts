"use server";
import { firmAction } from "../../auth/action";
import { previewRespondentImport as preview } from "../import";
import { importTextSchema } from "../schemas";

/** Checks pasted or uploaded CSV text and saves nothing. */
export const previewRespondentImport = firmAction(
  { name: "respondents.preview-import", permission: "respondents.manage", schema: importTextSchema },
  async ({ engagementId, text }, ctx) => preview(ctx, engagementId, text),
);
