import "server-only";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { protectFormula } from "@/lib/actions/plan-file/csv";
import { formatFrenchDay } from "@/lib/actions/plan-file/plan-columns";
import { dayToDate, todayInFrance as dayInFrance } from "@/lib/dates";
import type { DecisionLogEntry } from "./decision-log";
import { decisionStateLabels } from "./decision-state";
import { decisionKindLabels, meetingKindLabels } from "./schemas";

// The relevé de décisions as a file, in the same formats as the action plan's export
// (lib/actions/plan-file): CSV for French spreadsheets (BOM, `;`, formulas neutralised) and XLSX
// with typed date cells. One list of columns serves both.

// Séances and closings are instants: their day is the one in France (todayInFrance of that instant).
type Column = {
  header: string;
  width: number;
  /** A date column holds calendar days (YYYY-MM-DD), written as dates. */
  kind: "text" | "date";
  value: (entry: DecisionLogEntry) => string | null;
};

const columns: Column[] = [
  { header: "Date de la séance", width: 14, kind: "date", value: (entry) => dayInFrance(entry.meeting.startsAt) },
  { header: "Séance", width: 20, kind: "text", value: (entry) => meetingKindLabels[entry.meeting.kind] },
  { header: "Point de l'ordre du jour", width: 40, kind: "text", value: (entry) => entry.pointTitle },
  { header: "Action", width: 40, kind: "text", value: (entry) => entry.action?.title ?? null },
  { header: "Type de décision", width: 16, kind: "text", value: (entry) => decisionKindLabels[entry.kind] },
  { header: "Décision", width: 60, kind: "text", value: (entry) => entry.text },
  { header: "Statut donné à l'action", width: 20, kind: "text", value: (entry) => entry.appliedStatusLabel },
  { header: "Responsable", width: 24, kind: "text", value: (entry) => entry.responsibleName },
  { header: "Échéance", width: 14, kind: "date", value: (entry) => entry.dueDate },
  { header: "État", width: 12, kind: "text", value: (entry) => decisionStateLabels[entry.state] },
  {
    header: "Soldée le",
    width: 14,
    kind: "date",
    value: (entry) => (entry.closedAt ? dayInFrance(entry.closedAt) : null),
  },
  { header: "Note de clôture", width: 60, kind: "text", value: (entry) => entry.closingNote },
];

export function exportDecisionLogCsv(entries: readonly DecisionLogEntry[]): string {
  const records = entries.map((entry) =>
    columns.map((column) => {
      const value = column.value(entry);
      if (value === null) return "";
      return column.kind === "date" ? formatFrenchDay(value) : protectFormula(value);
    }),
  );
  return stringify([columns.map((column) => column.header), ...records], {
    delimiter: ";",
    bom: true,
    record_delimiter: "windows",
  });
}

export async function exportDecisionLogXlsx(entries: readonly DecisionLogEntry[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "TI Pilotage";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet("Suivi des décisions", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    header: column.header,
    key: String(index),
    width: column.width,
    style:
      column.kind === "date"
        ? { numFmt: "dd/mm/yyyy", alignment: { vertical: "top" } }
        : { alignment: { wrapText: true, vertical: "top" } },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const entry of entries) {
    sheet.addRow(
      Object.fromEntries(
        columns.map((column, index) => {
          const value = column.value(entry);
          return [String(index), column.kind === "date" && value !== null ? dayToDate(value) : value];
        }),
      ),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
