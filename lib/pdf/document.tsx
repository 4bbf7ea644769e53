/** The whole report, in the order of the brief: cover, summary, figures, roadmap, method. */
import { Document } from "@react-pdf/renderer";
import type { ReportContext } from "./context";
import { AppendixPage } from "./pages/appendix";
import { CoverPage } from "./pages/cover";
import { KpiPage } from "./pages/kpis";
import { OverviewPage } from "./pages/overview";
import { PillarPage } from "./pages/pillar";
import { RoadmapPage } from "./pages/roadmap";
import { SummaryPage } from "./pages/summary";
import { TooFewPage } from "./pages/too-few";

export function ReportDocument({ ctx }: { ctx: ReportContext }) {
  const { data, t, model } = ctx;
  const view = data.results.view;
  const title = `${t.reportKind} — ${ctx.clean(data.results.engagement.clientName).slice(0, 200)}`;
  return (
    <Document title={title} author={ctx.clean(data.branding.firmName).slice(0, 200)} subject={ctx.clean(data.results.engagement.title).slice(0, 200)} creator="Salesradar" producer="Salesradar" language={ctx.locale}>
      <CoverPage ctx={ctx} />
      <SummaryPage ctx={ctx} />
      {view.status === "ok" ? (
        <>
          <OverviewPage ctx={ctx} view={view} />
          {model.pillars.map((p, i) => (
            <PillarPage key={p.key} ctx={ctx} view={view} pillar={p.key} index={i} />
          ))}
          <KpiPage ctx={ctx} view={view} />
          <RoadmapPage ctx={ctx} />
        </>
      ) : (
        <TooFewPage ctx={ctx} k={view.k} />
      )}
      <AppendixPage ctx={ctx} />
    </Document>
  );
}
