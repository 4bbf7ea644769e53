/** npm run build:pdf-worker — writes dist/pdf-worker.mjs (see scripts/pdf-worker-build.ts). */
import { PDF_WORKER_FILE } from "../lib/reports/render-pool-file";
import { buildPdfWorker } from "./pdf-worker-build";

await buildPdfWorker();
console.log(`Wrote ${PDF_WORKER_FILE}`);
