import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createActionAudited, refreshTerritoryPages } from "./audited-change";
import { CsvFileError, parseActionsCsv, type ParsedActionRow } from "./csv";
import type { ImportActionsInput, ImportReport, ImportRowReport } from "./import-schema";
import { listActionReferenceData } from "./queries";
import { resolveReferences } from "./reference-checks";

// Importing an action plan is all or nothing: every row is validated first, and one row in error
// means nothing is written, so that a corrected file can simply be imported again without creating
// duplicates of the rows that had passed.

function rowReport(row: ParsedActionRow): ImportRowReport {
  return row.ok
    ? { line: row.line, status: "ok", title: row.title, errors: [] }
    : { line: row.line, status: "error", title: row.title, errors: row.errors };
}

function parseFile(csv: string, referenceData: Awaited<ReturnType<typeof listActionReferenceData>>) {
  try {
    return parseActionsCsv(csv, referenceData);
  } catch (error) {
    if (error instanceof CsvFileError) throw new AppError("VALIDATION", error.message, { csv: error.messages });
    throw error;
  }
}

/** The handler of the importActions mutation: the caller may create actions in the territory. */
export async function importActionPlan(input: ImportActionsInput, user: SessionUser): Promise<ImportReport> {
  const prisma = getPrisma();
  const { slug } = await prisma.territory.findUniqueOrThrow({
    where: { id: input.territoryId },
    select: { slug: true },
  });
  const rows = parseFile(input.csv, await listActionReferenceData());
  const report = rows.map(rowReport);
  if (rows.some((row) => !row.ok)) return { imported: 0, rows: report, territorySlug: slug };

  await prisma.$transaction(
    async (tx) => {
      for (const row of rows) {
        if (!row.ok) continue;
        const references = await resolveReferences(tx, input.territoryId, row.input).catch((error: unknown) => {
          // Reference data changed between the validation and the write: name the row.
          if (error instanceof AppError) throw new AppError("VALIDATION", `Ligne ${row.line} : ${error.message}`);
          throw error;
        });
        // An imported action is a created one ("create", as the history names it), marked with its source.
        await createActionAudited(tx, user, input.territoryId, row.input, references, { source: "import" });
      }
    },
    // Hundreds of rows in one transaction: more than the default 5 seconds on a slow database.
    { maxWait: 10_000, timeout: 120_000 },
  );
  await refreshTerritoryPages(input.territoryId);
  return { imported: rows.length, rows: report, territorySlug: slug };
}
