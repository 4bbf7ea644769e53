/** The method appendix: docs/methodology.md in the report language (from the generated module). */
import { Text, View } from "@react-pdf/renderer";
import type { MethodBlock, Span } from "../markdown";
import { METHOD_APPENDIX } from "../method-appendix.generated";
import type { ReportContext } from "../context";
import { fontStackFor } from "../fonts";
import { Heading, ReportPage } from "../layout";
import { RULE, styles } from "../theme";

/** The fallback font only for the few blocks that need it (e.g. an arrow), since it slows layout. */
function fontFor(ctx: ReportContext, ...texts: string[]) {
  const stack = fontStackFor(texts);
  return stack.length > ctx.fontFamily.length ? { fontFamily: stack } : {};
}

const textOf = (spans: readonly Span[]) => spans.map((s) => s.text).join("");

function Spans({ spans }: { spans: readonly Span[] }) {
  return (
    <>
      {spans.map((s, i) =>
        s.bold ? (
          <Text key={i} style={{ fontWeight: 700 }}>
            {s.text}
          </Text>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

function Block({ ctx, block }: { ctx: ReportContext; block: MethodBlock }) {
  switch (block.kind) {
    case "heading":
      return (
        <Heading ctx={ctx} level={3}>
          {block.text}
        </Heading>
      );
    case "paragraph":
      return (
        <Text style={{ ...styles.paragraph, ...fontFor(ctx, textOf(block.spans)) }}>
          <Spans spans={block.spans} />
        </Text>
      );
    case "list":
      return (
        <View style={{ marginBottom: 6 }}>
          {block.items.map((item, i) => (
            <View key={i} style={styles.listItem} wrap={false}>
              <Text style={{ ...styles.bullet, color: ctx.palette.accentText }}>{block.ordered ? `${i + 1}.` : "•"}</Text>
              <Text style={{ ...styles.listText, ...fontFor(ctx, textOf(item)) }}>
                <Spans spans={item} />
              </Text>
            </View>
          ))}
        </View>
      );
    case "table":
      return (
        <View style={{ ...styles.table, fontSize: 8.5 }}>
          <View style={{ ...styles.headRow, borderBottomColor: ctx.palette.primary }}>
            {block.header.map((cell, i) => (
              <Text key={i} style={styles.cell}>
                {cell}
              </Text>
            ))}
          </View>
          {block.rows.map((row, r) => (
            <View key={r} style={{ ...styles.row, borderBottomColor: RULE }} wrap={false}>
              {row.map((cell, i) => (
                <Text key={i} style={{ ...styles.cell, ...fontFor(ctx, cell) }}>
                  {cell}
                </Text>
              ))}
            </View>
          ))}
        </View>
      );
  }
}

export function AppendixPage({ ctx }: { ctx: ReportContext }) {
  return (
    <ReportPage ctx={ctx}>
      <Heading ctx={ctx} level={1}>
        {ctx.t.appendixTitle}
      </Heading>
      <View style={{ fontSize: 9 }}>
        {METHOD_APPENDIX[ctx.locale].map((block, i) => (
          <Block key={i} ctx={ctx} block={block} />
        ))}
        <Text style={styles.paragraph}>{ctx.t.appendixWorkedExample}</Text>
      </View>
    </ReportPage>
  );
}
