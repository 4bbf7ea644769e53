import { describe, expect, it } from "vitest";
import { withoutDoubledFullStops } from "./wording";

describe("withoutDoubledFullStops", () => {
  it("drops the sentence's full stop after a name that ends in one", () => {
    const values = { client: "Groen Installatietechniek B.V.", firm: "Demo Advies" };
    expect(withoutDoubledFullStops("De scan van Groen Installatietechniek B.V..", values)).toBe("De scan van Groen Installatietechniek B.V.");
    expect(withoutDoubledFullStops("Voor Groen Installatietechniek B.V.. Door Demo Advies.", values)).toBe("Voor Groen Installatietechniek B.V. Door Demo Advies.");
  });

  it("leaves other full stops, names without one and ellipses alone", () => {
    expect(withoutDoubledFullStops("Van Demo Advies.", { firm: "Demo Advies" })).toBe("Van Demo Advies.");
    expect(withoutDoubledFullStops("Zie B.V.... en verder", { client: "B.V." })).toBe("Zie B.V.... en verder");
    expect(withoutDoubledFullStops("Klant a.b.c.. (x+y)", { client: "(x+y)" })).toBe("Klant a.b.c.. (x+y)");
  });
});
