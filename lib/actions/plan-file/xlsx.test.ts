import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { funderTypes } from "@/prisma/reference/action-reference";
import { planColumnsFor } from "./plan-columns";
import { exportActionsXlsx, readXlsxTable } from "./xlsx";

const funders = funderTypes.map(({ code, label }) => ({ code, label }));
const headers = planColumnsFor(funders, 1).map((column) => column.header);
const column = (header: string) => headers.indexOf(header) + 1;

const row = {
  id: "3f0e9a4e-2d7b-4b8e-9f0a-1c2d3e4f5a6b",
  version: 2,
  title: "=1+1 n'est pas une formule ici",
  leverLabel: "Attractivité",
  subThemeLabel: null,
  statusLabel: "À venir",
  progress: 30,
  plannedStartDate: "2026-11-27",
  plannedEndDate: null,
  carrierCollege: "ELU",
  carrierOrganisation: "Le Havre Seine Métropole",
  partners: "",
  plannedBudget: 1_250_000,
  description: "Sur deux lignes\net des accents : éàç",
  expectedResults: "",
  funding: { BANQUE_DES_TERRITOIRES: { requested: 300_000, granted: 250_000 } },
  indicators: [{ label: "Visiteurs", unit: "", latestValue: null, target: 5000 }],
};

describe("exportActionsXlsx", () => {
  it("writes the CSV's columns with a bold header, numbers as numbers (amounts per funder) and dates as dates", async () => {
    const buffer = await exportActionsXlsx([row], funders);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Plan d'actions");
    const header = sheet.getRow(1);
    expect((header.values as unknown[]).slice(1)).toEqual(headers);
    expect(header.font?.bold).toBe(true);

    const cells = sheet.getRow(2);
    expect(cells.getCell(column("Identifiant")).value).toBe(row.id);
    expect(cells.getCell(column("Version")).value).toBe(2);
    expect(cells.getCell(column("Titre")).value).toBe("=1+1 n'est pas une formule ici");
    expect(cells.getCell(column("Avancement (%)")).value).toBe(30);
    expect(cells.getCell(column("Début prévu")).value).toEqual(new Date("2026-11-27T00:00:00Z"));
    expect(cells.getCell(column("Début prévu")).numFmt).toBe("dd/mm/yyyy");
    expect(cells.getCell(column("Fin prévue")).value).toBeNull();
    expect(cells.getCell(column("Collège du porteur")).value).toBe("Élus");
    expect(cells.getCell(column("Budget prévisionnel (€)")).value).toBe(1_250_000);
    expect(cells.getCell(column("Demandé – Banque des Territoires (€)")).value).toBe(300_000);
    expect(cells.getCell(column("Accordé – Banque des Territoires (€)")).value).toBe(250_000);
    expect(cells.getCell(column("Accordé – Banque des Territoires (€)")).numFmt).toBe('#,##0 "€"');
    expect(cells.getCell(column("Indicateur 1")).value).toBe("Visiteurs");
    expect(cells.getCell(column("Cible 1")).value).toBe(5000);
  });

  it("is read back as the text a person typed: dates as days, numbers as they are", async () => {
    const table = await readXlsxTable(new Uint8Array(await exportActionsXlsx([row], funders)));
    expect(table.header).toEqual(headers);
    const values = table.rows[0]!.values;
    expect(table.rows[0]!.line).toBe(2);
    expect(values[column("Début prévu") - 1]).toBe("2026-11-27");
    expect(values[column("Demandé – Banque des Territoires (€)") - 1]).toBe("300000");
    expect(values[column("Description") - 1]).toBe("Sur deux lignes\net des accents : éàç");
  });
});
