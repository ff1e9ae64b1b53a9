import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { dayToDate, todayInFrance } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record";
import { createActionAudited, refreshTerritoryPages } from "../write/audited-change";
import { decodeCsvBytes } from "./csv-encoding";
import { readCsvTable } from "./csv";
import { fundingByFunder } from "./export-queries";
import { actionFieldLabels } from "../field-labels";
import type { ImportActionsInput, ImportOutcome, ImportReport, ImportRowReport } from "./import-schema";
import { convertRow, type ImportedActionInput } from "./plan-row";
import { PlanFileError, recordsFromTable } from "./plan-records";
import { listActionReferenceData } from "../queries";
import { resolveReferences } from "../write/reference-checks";
import { actionSnapshot } from "../history/snapshot";
import { actionViewInclude, editableFieldsOf, toActionView } from "../view";
import { actionColumns, claimVersion, replaceActionChildren } from "../write/action-rows";
import { readXlsxTable } from "./xlsx";

// Importing an action plan file (CSV or the XLSX export, edited): rows with an identifier update
// their action, rows without one create an action, rows equal to the plan change nothing. It runs
// twice: once to say what it would do (the preview), then, confirmed, to do it. All or nothing: one
// row in error — a value to correct, an unknown identifier, an action changed since the export —
// and nothing is written, so that a corrected file can simply be imported again.

type PlannedRow =
  | { line: number; title: string; outcome: "create"; input: ImportedActionInput }
  | {
      line: number;
      title: string;
      outcome: "update";
      id: string;
      version: number;
      input: ImportedActionInput;
      changes: string[];
    }
  | { line: number; title: string; outcome: "unchanged" }
  | { line: number; title: string; outcome: "error"; errors: ImportRowReport["errors"] };

async function readTable(input: ImportActionsInput) {
  const bytes = new Uint8Array(Buffer.from(input.content, "base64"));
  try {
    return input.fileName.toLowerCase().endsWith(".xlsx")
      ? await readXlsxTable(bytes)
      : readCsvTable(decodeCsvBytes(bytes));
  } catch (error) {
    if (error instanceof PlanFileError) throw new AppError("VALIDATION", error.message, { content: error.messages });
    throw error;
  }
}

const comparedFields = [
  "title",
  "leverCode",
  "subThemeCode",
  "description",
  "expectedResults",
  "statusCode",
  "progress",
  "plannedStartDate",
  "plannedEndDate",
  "carrierCollege",
  "carrierOrganisation",
  "partners",
  "plannedBudget",
  "funding",
  "indicators",
] as const;

const changeLabel = (field: (typeof comparedFields)[number]) =>
  actionFieldLabels[field === "funding" ? "fundingLines" : field] ?? field;

type Comparable = Record<(typeof comparedFields)[number], unknown>;

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/** The editable fields, from a file's row or from the stored action, in the one form they compare in. */
function comparable(fields: ImportedActionInput | ReturnType<typeof editableFieldsOf>): Comparable {
  return {
    title: fields.title,
    leverCode: fields.leverCode,
    subThemeCode: orNull(fields.subThemeCode),
    description: fields.description,
    expectedResults: fields.expectedResults,
    statusCode: fields.statusCode,
    progress: fields.progress,
    plannedStartDate: orNull(fields.plannedStartDate),
    plannedEndDate: orNull(fields.plannedEndDate),
    carrierCollege: fields.carrierCollege,
    carrierOrganisation: fields.carrierOrganisation,
    partners: fields.partners,
    plannedBudget: orNull(fields.plannedBudget),
    funding: fundingByFunder(fields.fundingLines),
    indicators: fields.indicators.map((indicator) => ({
      label: indicator.label,
      unit: indicator.unit,
      target: orNull(indicator.target),
      latestValue: orNull(indicator.latestValue),
    })),
  };
}

/** Stable JSON (sorted keys): two equal values give the same text. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

function changedFields(current: Comparable, wanted: Comparable): string[] {
  return comparedFields.flatMap((field) =>
    stable(current[field]) === stable(wanted[field]) ? [] : [changeLabel(field)],
  );
}

async function planRows(input: ImportActionsInput): Promise<PlannedRow[]> {
  const referenceData = await listActionReferenceData();
  let records;
  try {
    records = recordsFromTable(await readTable(input), referenceData);
  } catch (error) {
    if (error instanceof PlanFileError) throw new AppError("VALIDATION", error.message, { content: error.messages });
    throw error;
  }
  const converted = records.map((record) => ({ record, row: convertRow(record, referenceData) }));
  const ids = converted.flatMap(({ row }) => (row.ok && row.id ? [row.id] : []));
  const current = await getPrisma().action.findMany({
    where: { id: { in: ids }, territoryId: input.territoryId, archivedAt: null },
    include: actionViewInclude,
  });
  const today = todayInFrance();
  const byId = new Map(current.map((action) => [action.id, toActionView(action, today)]));
  const seen = new Set<string>();
  return converted.map(({ record, row }): PlannedRow => {
    const line = record.line;
    const title = (record.fields.title ?? "").trim();
    if (!row.ok) return { line, title, outcome: "error", errors: row.errors };
    if (!row.id) return { line, title, outcome: "create", input: row.input };
    const action = byId.get(row.id);
    const error = (field: string, message: string): PlannedRow => ({
      line,
      title,
      outcome: "error",
      errors: [{ field, message }],
    });
    if (seen.has(row.id))
      return error("Identifiant", "Cette action apparaît déjà plus haut dans le fichier : gardez une seule ligne.");
    seen.add(row.id);
    if (!action) {
      return error(
        "Identifiant",
        "Aucune action de ce territoire n'a cet identifiant (archivée, ou d'un autre territoire) : videz la cellule pour créer l'action.",
      );
    }
    const changes = changedFields(comparable(editableFieldsOf(action)), comparable(row.input));
    if (changes.length === 0) return { line, title, outcome: "unchanged" };
    if (row.version !== action.version) {
      return error(
        "Version",
        `L'action a été modifiée depuis votre export (version ${action.version}, votre fichier : ${row.version}) : réexportez le plan et reportez-y vos changements.`,
      );
    }
    return { line, title, outcome: "update", id: row.id, version: row.version, input: row.input, changes };
  });
}

function report(rows: PlannedRow[], applied: boolean, territorySlug: string): ImportReport {
  const counts: Record<ImportOutcome, number> = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.outcome]++;
  return {
    applied,
    counts,
    territorySlug,
    rows: rows.map((row) => ({
      line: row.line,
      title: row.title,
      outcome: row.outcome,
      changes: row.outcome === "update" ? row.changes : [],
      errors: row.outcome === "error" ? row.errors : [],
    })),
  };
}

/** Updates one action from its row: fields, funding and indicators (pilots stay), and a point if its state changed. */
async function updateFromRow(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  territoryId: string,
  row: Extract<PlannedRow, { outcome: "update" }>,
) {
  const current = await tx.action.findUniqueOrThrow({
    where: { id: row.id },
    select: { progress: true, statusCode: true },
  });
  const before = await actionSnapshot(tx, row.id);
  const references = await resolveReferences(tx, territoryId, row.input);
  await claimVersion(tx, row.id, row.version, actionColumns(row.input, references));
  // The file has no pilots: they stay as they are.
  const pilotIds = (await tx.actionPilot.findMany({ where: { actionId: row.id }, select: { userId: true } })).map(
    (pilot) => pilot.userId,
  );
  await replaceActionChildren(tx, row.id, { ...row.input, pilotIds });
  if (current.progress !== row.input.progress || current.statusCode !== row.input.statusCode) {
    await tx.progressUpdate.create({
      data: {
        actionId: row.id,
        date: dayToDate(todayInFrance()),
        progress: row.input.progress,
        statusCode: row.input.statusCode,
        comment: "Import du plan d'actions",
        authorId: user.id,
      },
    });
  }
  await recordAuditEvent(tx, {
    actorId: user.id,
    entityType: "action",
    entityId: row.id,
    territoryId,
    operation: "update",
    before,
    after: { ...(await actionSnapshot(tx, row.id)), source: "import" },
  });
}

/** The handler of the importActions mutation: the caller may create and update actions in the territory. */
export async function importActionPlan(
  input: ImportActionsInput,
  user: SessionUser,
  rights: { mayUpdate: boolean },
): Promise<ImportReport> {
  const prisma = getPrisma();
  const { slug } = await prisma.territory.findUniqueOrThrow({
    where: { id: input.territoryId },
    select: { slug: true },
  });
  const rows = await planRows(input);
  if (!rights.mayUpdate && rows.some((row) => row.outcome === "update")) {
    throw new AppError("FORBIDDEN", "Vous ne pouvez pas modifier les actions de ce territoire.");
  }
  const blocked = rows.some((row) => row.outcome === "error");
  if (!input.apply || blocked) return report(rows, false, slug);

  await prisma.$transaction(
    async (tx) => {
      for (const row of rows) {
        if (row.outcome !== "create" && row.outcome !== "update") continue;
        try {
          if (row.outcome === "update") await updateFromRow(tx, user, input.territoryId, row);
          else {
            const references = await resolveReferences(tx, input.territoryId, row.input);
            // An imported action is a created one ("create", as the history names it), marked with its source.
            await createActionAudited(tx, user, input.territoryId, row.input, references, { source: "import" });
          }
        } catch (error) {
          // The plan changed between the preview and the import: name the row.
          if (error instanceof AppError) throw new AppError(error.code, `Ligne ${row.line} : ${error.message}`);
          throw error;
        }
      }
    },
    // Hundreds of rows in one transaction: more than the default 5 seconds on a slow database.
    { maxWait: 10_000, timeout: 120_000 },
  );
  await refreshTerritoryPages(input.territoryId);
  return report(rows, true, slug);
}
