/** Executive summary and key findings (the consultant's own text, printed literally). */
import { Text, View } from "@react-pdf/renderer";
import type { ReportContext } from "../context";
import { Bullets, Heading, Paragraph, ReportPage } from "../layout";

export function SummaryPage({ ctx }: { ctx: ReportContext }) {
  const { t, data } = ctx;
  const paragraphs = ctx
    .clean(data.roadmap.executiveSummary)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const findings = data.roadmap.keyFindings.map((f) => ctx.clean(f)).filter((f) => f !== "");
  return (
    <ReportPage ctx={ctx}>
      <Heading ctx={ctx} level={1}>
        {t.summaryTitle}
      </Heading>
      {paragraphs.length === 0 ? <Paragraph muted>{t.summaryEmpty}</Paragraph> : null}
      {paragraphs.map((p, i) => (
        <Text key={i} style={{ marginBottom: 8, fontSize: 10.5, lineHeight: 1.55 }}>
          {p}
        </Text>
      ))}
      <View style={{ marginTop: 10 }}>
        <Heading ctx={ctx}>{t.findingsTitle}</Heading>
        {findings.length === 0 ? <Paragraph muted>{t.findingsEmpty}</Paragraph> : <Bullets ctx={ctx} items={findings} />}
      </View>
    </ReportPage>
  );
}
