import "server-only";
import ExcelJS from "exceljs";
import { dayToDate } from "@/lib/dates";
import type { AcceptedSnapshot } from "./queries";
import type { SnapshotAction } from "./snapshot";

// The accepted reports of a campaign as a workbook, one row per action as each territory submitted
// it: one flat sheet (a "Territoire" column first), or one sheet per territory.

export const exportLayouts = ["flat", "territories"] as const;
export type ExportLayout = (typeof exportLayouts)[number];

type Column = {
  header: string;
  width: number;
  kind: "text" | "date" | "number";
  value: (action: SnapshotAction) => string | number | null;
};

const columns: Column[] = [
  { header: "Action", width: 48, kind: "text", value: (action) => action.title },
  { header: "Levier", width: 20, kind: "text", value: (action) => action.leverLabel },
  { header: "Statut", width: 14, kind: "text", value: (action) => action.statusLabel },
  { header: "En retard", width: 10, kind: "text", value: (action) => (action.isLate ? "Oui" : "Non") },
  { header: "Avancement (%)", width: 14, kind: "number", value: (action) => action.progress },
  { header: "Porteur", width: 28, kind: "text", value: (action) => action.carrierOrganisation },
  { header: "Fin prévue", width: 14, kind: "date", value: (action) => action.plannedEndDate },
  { header: "Dernier point d'avancement", width: 14, kind: "date", value: (action) => action.lastPointDate },
  { header: "Commentaire du dernier point", width: 60, kind: "text", value: (action) => action.lastPointComment },
  {
    header: "Mise à jour dans la période",
    width: 14,
    kind: "text",
    value: (action) => (action.updatedInPeriod ? "Oui" : "Non"),
  },
];

const territoryColumn = { header: "Territoire", width: 30 };

/** Sheet names: 31 characters at most, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 31)
      .trim() || "Territoire";
  let candidate = base;
  for (let index = 2; taken.has(candidate.toLowerCase()); index += 1) {
    candidate = `${base.slice(0, 27)} (${index})`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function cell(column: Column, action: SnapshotAction): string | number | Date | null {
  const value = column.value(action);
  return column.kind === "date" && typeof value === "string" ? dayToDate(value) : value;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, withTerritory: boolean) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const all = [...(withTerritory ? [{ ...territoryColumn, kind: "text" as const }] : []), ...columns];
  sheet.columns = all.map((column, index) => ({
    header: column.header,
    key: String(index),
    width: column.width,
    style:
      column.kind === "date"
        ? { numFmt: "dd/mm/yyyy", alignment: { vertical: "top" } }
        : { alignment: { wrapText: column.kind === "text", vertical: "top" } },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: all.length } };
  return sheet;
}

export async function exportAcceptedSnapshotsXlsx(
  snapshots: readonly AcceptedSnapshot[],
  layout: ExportLayout,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "TI Pilotage";
  workbook.created = new Date();
  const row = (action: SnapshotAction, territoryName?: string) =>
    Object.fromEntries(
      [...(territoryName === undefined ? [] : [territoryName]), ...columns.map((column) => cell(column, action))].map(
        (value, index) => [String(index), value],
      ),
    );
  if (layout === "flat") {
    const sheet = addSheet(workbook, "Bilans acceptés", true);
    for (const { territoryName, snapshot } of snapshots) {
      for (const action of snapshot.actions) sheet.addRow(row(action, territoryName));
    }
  } else {
    const taken = new Set<string>();
    for (const { territoryName, snapshot } of snapshots) {
      const sheet = addSheet(workbook, sheetName(territoryName, taken), false);
      for (const action of snapshot.actions) sheet.addRow(row(action));
    }
    if (snapshots.length === 0) addSheet(workbook, "Bilans acceptés", false);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
