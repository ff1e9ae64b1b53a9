import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "./csv-encoding";

describe("decodeCsvBytes", () => {
  it("reads UTF-8, with or without byte order mark", () => {
    const utf8 = new TextEncoder().encode("Compétences;Réalisée");
    expect(decodeCsvBytes(utf8)).toBe("Compétences;Réalisée");
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe("Compétences;Réalisée");
  });

  it("falls back to Windows-1252, what Excel writes for a plain CSV", () => {
    // "Compétences;Œuvre" in Windows-1252: é = 0xE9, Œ = 0x8C.
    const bytes = new Uint8Array([
      ...Buffer.from("Comp"),
      0xe9,
      ...Buffer.from("tences;"),
      0x8c,
      ...Buffer.from("uvre"),
    ]);
    expect(decodeCsvBytes(bytes)).toBe("Compétences;Œuvre");
  });
});
