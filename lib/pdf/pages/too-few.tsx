/** Shown instead of every figure when the client-safe view withholds them (fewer than k scans). */
import { Text, View } from "@react-pdf/renderer";
import type { ReportContext } from "../context";
import { Heading, ReportPage } from "../layout";
import { fill } from "../texts";
import { styles } from "../theme";

export function TooFewPage({ ctx, k }: { ctx: ReportContext; k: number }) {
  const { t, palette } = ctx;
  return (
    <ReportPage ctx={ctx}>
      <Heading ctx={ctx} level={1}>
        {t.tooFewTitle}
      </Heading>
      <View style={{ ...styles.notice, borderLeftColor: palette.accent }}>
        <Text>{fill(t.tooFewBody, { k })}</Text>
      </View>
      <Text style={{ ...styles.paragraph, marginTop: 8 }}>{t.roadmapWithheld}</Text>
    </ReportPage>
  );
}
