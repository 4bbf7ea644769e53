/**
 * npm run generate:method — turns docs/methodology.md into lib/pdf/method-appendix.generated.ts,
 * so the PDF's method appendix needs no file access at render time. lib/pdf/method-appendix.test.ts
 * fails when the generated module no longer matches the document.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { appendixModuleSource, METHOD_MODULE, METHOD_SOURCE, parseMethodology } from "../lib/pdf/markdown";

const root = process.cwd();
const source = appendixModuleSource(parseMethodology(readFileSync(path.join(root, METHOD_SOURCE), "utf8")));
writeFileSync(path.join(root, METHOD_MODULE), source);
console.log(`Wrote ${METHOD_MODULE} from ${METHOD_SOURCE}`);
