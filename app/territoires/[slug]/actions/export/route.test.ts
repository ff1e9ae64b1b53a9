import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/territoires/[slug]/actions/export/route";
import { todayInFrance } from "@/lib/dates";
import { createActionAs } from "@/tests/actions";
import { createUser } from "@/tests/factories";
import { actAs } from "@/tests/session";

function exportRequest(slug: string, query: string) {
  return GET(new Request(`http://localhost/territoires/${slug}/actions/export?${query}`), {
    params: Promise.resolve({ slug }),
  });
}

describe("GET /territoires/[slug]/actions/export", () => {
  it("exports the filtered plan, every page of it, as a CSV attachment named after the territory and the day", async () => {
    const token = randomUUID().slice(0, 8);
    const member = await createUser({ college: "ELU", territories: [{ slug: "pays-de-l-aigle" }] });
    for (let index = 0; index < 22; index++) {
      await createActionAs(member, "pays-de-l-aigle", { title: `${token} action ${String(index).padStart(2, "0")}` });
    }
    await createActionAs(member, "pays-de-l-aigle", { title: `${token} bloquée`, statusCode: "BLOQUEE" });

    actAs(member);
    const response = await exportRequest(
      "pays-de-l-aigle",
      `format=csv&q=${token}&status=EN_COURS&sort=title&order=asc&page=2`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="plan-actions-pays-de-l-aigle-${todayInFrance()}.csv"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toMatch(/^Identifiant;Version;Titre;Levier;/);
    expect(lines.filter((line) => line.includes(`;${token} action`))).toHaveLength(22);
    expect(lines[1]).toMatch(new RegExp(`^[0-9a-f-]{36};1;${token} action 00;`));
  });

  it("exports an XLSX workbook", async () => {
    const member = await createUser({ college: "INDUSTRIEL", territories: [{ slug: "pays-de-l-aigle" }] });
    actAs(member);
    const response = await exportRequest("pays-de-l-aigle", "format=xlsx");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("Content-Disposition")).toMatch(
      /filename="plan-actions-pays-de-l-aigle-[\d-]{10}\.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect((workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 4)).toEqual([
      "Identifiant",
      "Version",
      "Titre",
    ]);
  });

  it("answers 401 without a session, 404 outside the user's scope and 400 for an unknown format", async () => {
    actAs(null);
    const anonymous = await exportRequest("pays-de-l-aigle", "format=csv");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toBe("Connectez-vous pour exporter le plan d'actions.");

    actAs(await createUser({ college: "ELU", territories: [{ slug: "axe-seine" }] }));
    const outOfScope = await exportRequest("pays-de-l-aigle", "format=csv");
    expect(outOfScope.status).toBe(404);
    expect(await outOfScope.text()).toBe("Territoire introuvable.");
    expect((await exportRequest("pays-de-l-aigle", "format=pdf")).status).toBe(400);

    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    expect((await exportRequest("pays-de-l-aigle", "format=csv")).status).toBe(200);
  });
});
