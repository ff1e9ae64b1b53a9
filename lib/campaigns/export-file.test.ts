import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportAcceptedSnapshotsXlsx } from "./export-file";
import type { CampaignSnapshot } from "./snapshot";

function snapshot(titles: string[]): CampaignSnapshot {
  return {
    asOf: "2027-06-30",
    periodStart: "2027-01-01",
    figures: {
      actionCount: titles.length,
      doneCount: 0,
      averageProgress: 40,
      lateCount: 0,
      blockedCount: 0,
      lateOrBlockedCount: 0,
      plannedBudget: 0,
      fundingRequested: 0,
      fundingGranted: 0,
    },
    completion: { concernedCount: titles.length, updatedCount: 1 },
    actions: titles.map((title, index) => ({
      id: `id-${index}`,
      title,
      leverLabel: "Compétences",
      statusLabel: "En cours",
      isLate: false,
      progress: 40,
      carrierOrganisation: "UIMM",
      plannedEndDate: "2027-12-31",
      lastPointDate: "2027-06-15",
      lastPointComment: "Session ouverte",
      updatedInPeriod: index === 0,
    })),
  };
}

const accepted = [
  { territoryName: "Caen Industrie", acceptedAt: new Date(), snapshot: snapshot(["Former", "Recruter"]) },
  { territoryName: "Sud Manche", acceptedAt: new Date(), snapshot: snapshot(["Aménager"]) },
];

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe("exportAcceptedSnapshotsXlsx", () => {
  it("writes one flat sheet, one row per action, the territory first", async () => {
    const workbook = await read(await exportAcceptedSnapshotsXlsx(accepted, "flat"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Bilans acceptés"]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(1).value).toBe("Territoire");
    expect(sheet.getRow(2).getCell(1).value).toBe("Caen Industrie");
    expect(sheet.getRow(2).getCell(2).value).toBe("Former");
    expect(sheet.getRow(4).getCell(2).value).toBe("Aménager");
    expect(sheet.getRow(2).getCell(11).value).toBe("Oui");
  });

  it("writes one sheet per territory", async () => {
    const workbook = await read(await exportAcceptedSnapshotsXlsx(accepted, "territories"));
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.rowCount])).toEqual([
      ["Caen Industrie", 3],
      ["Sud Manche", 2],
    ]);
    expect(workbook.worksheets[1]!.getRow(2).getCell(1).value).toBe("Aménager");
  });
});
