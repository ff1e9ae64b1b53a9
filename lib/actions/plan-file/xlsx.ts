import "server-only";
import ExcelJS from "exceljs";
import { dateToDay, dayToDate } from "@/lib/dates";
import {
  cellValue,
  indicatorSlotsFor,
  planColumnsFor,
  type ActionExportRow,
  type PlanReferenceData,
} from "./plan-columns";
import { PlanFileError, type RawTable } from "./plan-records";

// The action plan as an Excel workbook, same columns as the CSV (lib/actions/plan-columns.ts), with
// typed cells so that a person can sort and sum: amounts and progress as numbers, dates as dates.
// The import reads it back (a person edits the export in Excel and sends it again).

const numberFormats = { integer: "0", euros: '#,##0 "€"', number: "#,##0.##", date: "dd/mm/yyyy" } as const;
const SHEET_NAME = "Plan d'actions";

export async function exportActionsXlsx(
  rows: readonly ActionExportRow[],
  funders: PlanReferenceData["funders"],
): Promise<Buffer> {
  const columns = planColumnsFor(funders, indicatorSlotsFor(rows));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "TI Pilotage";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    header: column.header,
    key: String(index),
    width: column.width,
    style:
      column.kind === "text"
        ? { alignment: { wrapText: true, vertical: "top" } }
        : { numFmt: numberFormats[column.kind], alignment: { vertical: "top" } },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        columns.map((column, index) => {
          const value = cellValue(row, column);
          return [String(index), column.kind === "date" && typeof value === "string" ? dayToDate(value) : value];
        }),
      ),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell as the text the import reads: numbers as typed, dates as YYYY-MM-DD, formulas by result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateToDay(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  if (typeof value === "object") {
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
  }
  return String(value);
}

/** The first sheet of a workbook (the export's own) as a header and rows of text. */
export async function readXlsxTable(bytes: Uint8Array): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new PlanFileError([
      "Le fichier ne peut pas être lu : ce n'est pas un classeur Excel (.xlsx). Enregistrez-le au format « Classeur Excel » ou « CSV (séparateur : point-virgule) ».",
    ]);
  }
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) throw new PlanFileError(["Le classeur ne contient aucune feuille."]);
  const width = sheet.columnCount;
  const values = (row: ExcelJS.Row) =>
    Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1).value).trim());
  const rows: RawTable["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > 1) rows.push({ line: number, values: values(row) });
  });
  return { header: values(sheet.getRow(1)), rows };
}
