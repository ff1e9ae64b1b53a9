import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { planHeaders } from "./plan-columns";
import { exportActionsXlsx } from "./xlsx";

describe("exportActionsXlsx", () => {
  it("writes the CSV's columns with a bold header, numbers as numbers and dates as dates", async () => {
    const buffer = await exportActionsXlsx([
      {
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
        fundingLines: [{ funderLabel: "Banque des Territoires", amountRequested: 300_000, amountGranted: 250_000 }],
        indicators: [{ label: "Visiteurs", unit: "", latestValue: null, target: 5000 }],
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Plan d'actions");
    const header = sheet.getRow(1);
    expect((header.values as unknown[]).slice(1)).toEqual(planHeaders);
    expect(header.font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBeGreaterThan(20);

    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe("=1+1 n'est pas une formule ici");
    expect(row.getCell(5).value).toBe(30);
    expect(row.getCell(6).value).toEqual(new Date("2026-11-27T00:00:00Z"));
    expect(row.getCell(6).numFmt).toBe("dd/mm/yyyy");
    expect(row.getCell(7).value).toBeNull();
    expect(row.getCell(8).value).toBe("Élus");
    expect(row.getCell(11).value).toBe(1_250_000);
    expect(row.getCell(12).value).toBe("Sur deux lignes\net des accents : éàç");
    expect(row.getCell(14).value).toBe("Banque des Territoires: 300000 / 250000");
    expect(row.getCell(15).value).toBe("Visiteurs: / 5000");
  });
});
