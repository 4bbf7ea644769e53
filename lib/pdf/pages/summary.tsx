/**
 * Executive summary and key findings (the consultant's own text, printed literally). A part
 * without text is left out, and the page too when both are empty: a client report never says
 * "nothing recorded yet".
 */
import { Text, View } from "@react-pdf/renderer";
import type { ReportContext } from "../context";
import { Bullets, Heading, ReportPage } from "../layout";

export function SummaryPage({ ctx }: { ctx: ReportContext }) {
  const { t, data } = ctx;
  const paragraphs = ctx
    .clean(data.roadmap.executiveSummary)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const findings = data.roadmap.keyFindings.map((f) => ctx.clean(f)).filter((f) => f !== "");
  if (paragraphs.length === 0 && findings.length === 0) return null;
  return (
    <ReportPage ctx={ctx}>
      <Heading ctx={ctx} level={1}>
        {paragraphs.length > 0 ? t.summaryTitle : t.findingsTitle}
      </Heading>
      {paragraphs.map((p, i) => (
        <Text key={i} style={{ marginBottom: 8, fontSize: 10.5, lineHeight: 1.55 }}>
          {p}
        </Text>
      ))}
      {findings.length > 0 ? (
        <View style={{ marginTop: 10 }}>
          {paragraphs.length > 0 ? <Heading ctx={ctx}>{t.findingsTitle}</Heading> : null}
          <Bullets ctx={ctx} items={findings} />
        </View>
      ) : null}
    </ReportPage>
  );
}
