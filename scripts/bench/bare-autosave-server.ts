/**
 * The autosave benchmark's peer: a bare node:http server with postgres.js and one prepared
 * upsert into a table of the same shape as scan_answers (no framework, no session, no checks).
 * Usage: tsx scripts/bench/bare-autosave-server.ts <port> <database url>
 */
import { createServer } from "node:http";
import postgres from "postgres";

const [port, url] = process.argv.slice(2);
if (!port || !url) throw new Error("usage: bare-autosave-server <port> <database url>");
const sql = postgres(url, { max: 10, onnotice: () => {}, connection: { jit: "off" } });
await sql`create table if not exists bench_answers (like scan_answers including defaults including indexes)`;

let reported = false;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", async () => {
    try {
      const respondentId = /rid=([0-9a-f-]{36})/.exec(req.headers.cookie ?? "")?.[1];
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { answers: { key: string; value: string; seq: number }[] };
      const applied = await sql`insert into bench_answers (respondent_id, key, value, seq)
        select ${respondentId!}::uuid, key, value, seq from jsonb_to_recordset(${sql.json(body.answers)}::jsonb) as i(key text, value text, seq bigint)
        on conflict (respondent_id, key) do update set value = excluded.value, seq = excluded.seq, updated_at = now()
        where bench_answers.seq < excluded.seq returning key`;
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ applied: applied.map((r) => r.key) }));
    } catch (error) {
      if (!reported) console.error("bare server:", (reported = true) && error);
      res.writeHead(503).end();
    }
  });
});
server.listen(Number(port), "127.0.0.1", () => console.log("ready"));
