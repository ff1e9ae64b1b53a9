import "server-only";
import ExcelJS from "exceljs";
import { dayToDate } from "@/lib/dates";
import { planColumns, toPlanCells, type ActionExportRow } from "./plan-columns";

// The action plan as an Excel workbook, same columns as the CSV (lib/actions/plan-columns.ts), with
// typed cells so that a person can sort and sum: amounts and progress as numbers, dates as dates.
// Export only: the import reads CSV.

const numberFormats = { integer: "0", euros: '#,##0 "€"', date: "dd/mm/yyyy" } as const;

export async function exportActionsXlsx(rows: readonly ActionExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "TI Pilotage";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet("Plan d'actions", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = planColumns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style:
      column.kind === "text"
        ? { alignment: { wrapText: true, vertical: "top" } }
        : { numFmt: numberFormats[column.kind], alignment: { vertical: "top" } },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const cells = toPlanCells(row);
    sheet.addRow(
      Object.fromEntries(
        planColumns.map(({ key, kind }) => {
          const value = cells[key];
          return [key, kind === "date" && typeof value === "string" ? dayToDate(value) : value];
        }),
      ),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: planColumns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
