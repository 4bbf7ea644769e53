import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes, DELIMITERS, detectDelimiter, parseCsv, serializeCsv, type CsvParseResult } from "./csv";

const fieldsOf = (result: CsvParseResult) => {
  if (!result.ok) throw new Error(`parse failed at row ${result.row}`);
  return result.records.map((r) => r.fields);
};

describe("detectDelimiter", () => {
  it("picks the delimiter the header line holds most often", () => {
    expect(detectDelimiter("naam;e-mail;rol\nA;a@x.nl;Verkoop")).toBe(";");
    expect(detectDelimiter("name,email,role\nA,a@x.nl,Sales")).toBe(",");
    expect(detectDelimiter("name\temail\trole\n")).toBe("\t");
  });

  it("ignores delimiters inside quotes and on later lines", () => {
    expect(detectDelimiter('"naam, volledig";e-mail;rol\n"a,b",c,d,e,f')).toBe(";");
  });

  it("skips blank lines before the header and falls back to a comma", () => {
    expect(detectDelimiter("\n\r\n  \nnaam;email;rol")).toBe(";");
    expect(detectDelimiter("naam")).toBe(",");
    expect(detectDelimiter("")).toBe(",");
  });
});

describe("parseCsv", () => {
  it("reads comma, semicolon and tab separated text", () => {
    expect(fieldsOf(parseCsv("a,b,c\n1,2,3"))).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
    expect(fieldsOf(parseCsv("a;b;c\r\n1;2,5;3\r\n"))).toEqual([["a", "b", "c"], ["1", "2,5", "3"]]);
    expect(fieldsOf(parseCsv("a\tb\n1\t2 ; 3"))).toEqual([["a", "b"], ["1", "2 ; 3"]]);
  });

  it("strips a UTF-8 byte order mark so the first header cell is recognised", () => {
    const result = parseCsv("\uFEFFnaam;e-mail\nA;a@x.nl");
    expect(result.delimiter).toBe(";");
    expect(fieldsOf(result)[0]).toEqual(["naam", "e-mail"]);
  });

  it("handles quoted fields with delimiters, doubled quotes and line breaks", () => {
    const text = 'name,notes\n"Jansen, Piet","He said ""hi""\nand left"\n"",x';
    expect(fieldsOf(parseCsv(text))).toEqual([
      ["name", "notes"],
      ["Jansen, Piet", 'He said "hi"\nand left'],
      ["", "x"],
    ]);
  });

  it("numbers records as Excel does, counting a multi-line cell as one row and blank lines as rows", () => {
    const result = parseCsv('h1,h2\n"a\nb",c\n\nd,e');
    expect(result.ok && result.records.map((r) => [r.row, r.fields[0]])).toEqual([
      [1, "h1"],
      [2, "a\nb"],
      [3, ""],
      [4, "d"],
    ]);
  });

  it("accepts \\r\\n, \\n and lone \\r line ends, and ignores one final line break", () => {
    expect(fieldsOf(parseCsv("a,b\r1,2\r\n3,4\n"))).toEqual([["a", "b"], ["1", "2"], ["3", "4"]]);
    expect(fieldsOf(parseCsv(""))).toEqual([]);
    expect(fieldsOf(parseCsv("a,\n"))).toEqual([["a", ""]]);
  });

  it("is lenient with stray quotes inside unquoted fields, as Excel is", () => {
    expect(fieldsOf(parseCsv('a,b\n5" screen,"x"y'))).toEqual([["a", "b"], ['5" screen', "xy"]]);
  });

  it("reports an unterminated quote with the row it started on", () => {
    const result = parseCsv('name,email\n"Piet,p@x.nl\nKees,k@x.nl');
    expect(result).toMatchObject({ ok: false, error: "unterminated_quote", row: 2 });
  });

  it("honours Excel's sep= line and keeps the row numbers of the lines after it", () => {
    const result = parseCsv("sep=;\nnaam;email\nA,B;a@x.nl");
    expect(result.delimiter).toBe(";");
    expect(result.ok && result.records.map((r) => [r.row, ...r.fields])).toEqual([
      [2, "naam", "email"],
      [3, "A,B", "a@x.nl"],
    ]);
  });

  it("uses a given delimiter instead of detecting one", () => {
    expect(fieldsOf(parseCsv("a;b,c", { delimiter: "," }))).toEqual([["a;b", "c"]]);
  });

  it("keeps formula-looking cells verbatim (neutralising them is the export's job)", () => {
    const text = 'name\n=HYPERLINK("http://evil.example","klik")\n+31\n-x\n@SUM(A1)';
    expect(fieldsOf(parseCsv(text, { delimiter: ";" }))).toEqual([
      ["name"],
      ['=HYPERLINK("http://evil.example","klik")'],
      ["+31"],
      ["-x"],
      ["@SUM(A1)"],
    ]);
  });

  it("reads 20,000 rows quickly", () => {
    const text = ["naam;email;rol", ...Array.from({ length: 20_000 }, (_, i) => `Persoon ${i};p${i}@x.nl;Verkoop`)].join("\r\n");
    const started = performance.now();
    const records = fieldsOf(parseCsv(text));
    expect(records).toHaveLength(20_001);
    expect(records[20_000]).toEqual(["Persoon 19999", "p19999@x.nl", "Verkoop"]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("serializeCsv", () => {
  it("quotes only where needed", () => {
    expect(serializeCsv([["a", "b;c", 'd"e', "f\ng"]], ";")).toBe('a;"b;c";"d""e";"f\ng"');
    expect(serializeCsv([["a,b"]], ";")).toBe("a,b");
  });

  it("round-trips any table through parseCsv, for every delimiter", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Z", " ", ",", ";", "\t", '"', "\n", "\r", "é", "=", "\uFEFF", "😀") });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(table, fc.constantFrom(...DELIMITERS), (rows, delimiter) => {
        expect(fieldsOf(parseCsv(serializeCsv(rows, delimiter), { delimiter }))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips through delimiter detection when the header names the columns", () => {
    const cell = fc.string({ unit: fc.constantFrom("x", " ", ",", ";", "\t", '"', "\n") });
    const body = fc.array(fc.tuple(cell, cell, cell), { maxLength: 6 });
    fc.assert(
      fc.property(body, fc.constantFrom(...DELIMITERS), (rows, delimiter) => {
        const table = [["naam", "email", "rol"], ...rows];
        const parsed = parseCsv(serializeCsv(table, delimiter));
        expect(parsed.delimiter).toBe(delimiter);
        expect(fieldsOf(parsed)).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });
});

describe("decodeCsvBytes", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it("decodes UTF-8 with and without a byte order mark", () => {
    expect(decodeCsvBytes(utf8("naam\nMüller"))).toBe("naam\nMüller");
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("naam\nMüller")]))).toBe("naam\nMüller");
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8 (Excel's plain CSV)", () => {
    // "Müller;€" in Windows-1252
    expect(decodeCsvBytes(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x80]))).toBe("Müller;€");
    // curly quotes and an en dash: the range where Windows-1252 differs from Latin-1
    expect(decodeCsvBytes(new Uint8Array([0x93, 0x61, 0x94, 0x96, 0xe9]))).toBe("\u201ca\u201d\u2013é");
  });

  it("decodes UTF-16 with a byte order mark (Excel's Unicode text)", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x09, 0x00, 0xe9, 0x00]);
    expect(decodeCsvBytes(le)).toBe("a\té");
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0x3b, 0x00, 0xe9]);
    expect(decodeCsvBytes(be)).toBe("a;é");
  });
});
