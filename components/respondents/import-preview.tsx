"use client";
import { useTranslations } from "next-intl";
import type { RoleGroup } from "@/lib/model/types";
import type { ImportPreview } from "@/lib/respondents/import";
import type { RowProblem, ShapeError } from "@/lib/respondents/import-rows";

const th = "px-3 py-2 font-medium";
const td = "px-3 py-2 align-top";

function useShapeMessage() {
  const t = useTranslations("respondentImport");
  return (shape: ShapeError) => {
    const expected = t("expectedColumns");
    switch (shape.code) {
      case "missing_columns":
        return `${t("shape.missing_columns", { columns: shape.missing.map((c) => t(`columns.${c}`)).join(", ") })} ${expected}`;
      case "duplicate_column":
        return t("shape.duplicate_column", { column: t(`columns.${shape.column}`) });
      case "unterminated_quote":
        return t("shape.unterminated_quote", { row: shape.row });
      case "too_many_rows":
        return t("shape.too_many_rows", { max: shape.max });
      case "no_header":
        return `${t("shape.no_header")} ${expected}`;
      default:
        return t(`shape.${shape.code}`);
    }
  };
}

function useProblemMessage() {
  const t = useTranslations("respondentImport.problems");
  return (p: RowProblem) => {
    switch (p.code) {
      case "name_too_long":
      case "email_too_long":
      case "team_too_long":
        return t(p.code, { max: p.max });
      case "unknown_role":
      case "unknown_language":
        return t(p.code, { value: p.value });
      case "duplicate_in_file":
        return t(p.code, { row: p.firstRow });
      case "column_count":
        return t(p.code, { expected: p.expected, found: p.found });
      default:
        return t(p.code);
    }
  };
}

/** The outcome of a check: what is wrong with the text, or the bad rows and a sample of the good ones. */
export function ImportPreviewView({ preview, roleLabels }: { preview: ImportPreview; roleLabels: Readonly<Record<RoleGroup, string>> }) {
  const t = useTranslations("respondentImport");
  const tl = useTranslations("respondents.locales");
  const shapeMessage = useShapeMessage();
  const problemMessage = useProblemMessage();
  if (!preview.ok) {
    return (
      <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
        {shapeMessage(preview.shape)}
      </p>
    );
  }
  const bad = preview.invalid.length;
  return (
    <div className="flex flex-col gap-4">
      <p role={bad > 0 ? "alert" : "status"} className={`rounded border px-3 py-2 text-sm ${bad > 0 ? "border-red-200 bg-red-50 text-red-800" : "border-green-200 bg-green-50 text-green-800"}`}>
        {bad > 0 ? t("summaryBad", { valid: preview.validCount, invalid: bad }) : t("summaryClean", { valid: preview.validCount })}
      </p>
      {preview.ignoredColumns.length > 0 ? <p className="text-sm text-slate-600">{t("ignored", { columns: preview.ignoredColumns.join(", ") })}</p> : null}
      {bad > 0 ? (
        <div>
          <h2 id="import-bad-rows" className="mb-2 text-lg font-semibold">
            {t("badHeading", { count: bad })}
          </h2>
          <div className="overflow-x-auto rounded-lg border border-red-200 bg-white" role="region" aria-labelledby="import-bad-rows" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <thead className="bg-red-50 text-red-900">
                <tr>
                  <th scope="col" className={th}>{t("colRow")}</th>
                  <th scope="col" className={th}>{t("colName")}</th>
                  <th scope="col" className={th}>{t("colEmail")}</th>
                  <th scope="col" className={th}>{t("colProblems")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.invalid.map((r) => (
                  <tr key={r.row} className="border-t border-slate-100">
                    <th scope="row" className={`${td} font-semibold`}>{r.row}</th>
                    <td className={`${td} break-words`}>{r.name}</td>
                    <td className={`${td} break-all`}>{r.email}</td>
                    <td className={`${td} min-w-48`}>
                      <ul className="list-disc pl-4">
                        {r.problems.map((p) => (
                          <li key={p.code}>{problemMessage(p)}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      {preview.sample.length > 0 ? (
        <div>
          <h2 id="import-good-rows" className="mb-2 text-lg font-semibold">
            {t("goodHeading", { shown: preview.sample.length, total: preview.validCount })}
          </h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-labelledby="import-good-rows" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className={th}>{t("colRow")}</th>
                  <th scope="col" className={th}>{t("colName")}</th>
                  <th scope="col" className={th}>{t("colEmail")}</th>
                  <th scope="col" className={th}>{t("colRole")}</th>
                  <th scope="col" className={th}>{t("colTeam")}</th>
                  <th scope="col" className={th}>{t("colLocale")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((r) => (
                  <tr key={r.row} className="border-t border-slate-100">
                    <th scope="row" className={`${td} font-normal`}>{r.row}</th>
                    <td className={`${td} break-words`}>{r.name}</td>
                    <td className={`${td} break-all`}>{r.email}</td>
                    <td className={td}>{roleLabels[r.roleGroup]}</td>
                    <td className={`${td} break-words`}>{r.team ?? "—"}</td>
                    <td className={td}>{tl(r.locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </div>
  );
}
