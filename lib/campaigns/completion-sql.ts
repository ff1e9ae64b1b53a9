import "server-only";
import { idList } from "@/lib/dashboard/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { actionConcerned, actionUpdatedWithin } from "./period-sql";
import type { CompletionState } from "./schemas";

// A campaign's completion across its territories, in one query: the one definition the campaign
// page, its chart, the API and the reminders read. A submitted or accepted report counts as it was
// submitted (the snapshot's completion, frozen); an open or returned one counts live.

export type CompletionRow = {
  reportId: string;
  territoryId: string;
  territorySlug: string;
  territoryName: string;
  state: CompletionState;
  /** Raised by every change of the report (submission version checks). */
  version: number;
  periodStart: string;
  concernedCount: number;
  updatedCount: number;
  /** 0–100, rounded; null when no action is concerned. */
  updatedShare: number | null;
  lastSubmittedAt: Date | null;
};

type Row = Omit<CompletionRow, "concernedCount" | "updatedCount" | "updatedShare"> & {
  concernedCount: number | bigint;
  updatedCount: number | bigint;
  updatedShare: number | null;
};

/** One row per report of the campaign whose territory is among `territoryIds`, by territory name. */
export function completionRowsSql(campaignId: string, territoryIds: string[]): Prisma.Sql {
  const start = Prisma.sql`r."periodStart"`;
  const asOf = Prisma.sql`c."asOf"`;
  return Prisma.sql`
    SELECT r.id AS "reportId", t.id AS "territoryId", t.slug AS "territorySlug", t.name AS "territoryName",
      CASE
        WHEN r.state = 'OPEN' AND counts."updatedCount" = 0 THEN 'NOT_STARTED'
        WHEN r.state = 'OPEN' THEN 'IN_PROGRESS'
        ELSE r.state::text
      END AS state,
      r.version, to_char(r."periodStart", 'YYYY-MM-DD') AS "periodStart",
      counts."concernedCount", counts."updatedCount",
      ROUND(100.0 * counts."updatedCount" / NULLIF(counts."concernedCount", 0))::int AS "updatedShare",
      latest."submittedAt" AS "lastSubmittedAt"
    FROM "CampaignReport" r
    JOIN "Campaign" c ON c.id = r."campaignId"
    JOIN "Territory" t ON t.id = r."territoryId"
    LEFT JOIN LATERAL (
      SELECT s."submittedAt", s.snapshot FROM "CampaignSubmission" s
      WHERE s."reportId" = r.id ORDER BY s."submittedAt" DESC LIMIT 1
    ) latest ON true
    CROSS JOIN LATERAL (
      SELECT COUNT(*) AS "concernedCount",
             COUNT(*) FILTER (WHERE ${actionUpdatedWithin("a", start, asOf)}) AS "updatedCount"
      FROM "Action" a JOIN "ActionStatus" s ON s.code = a."statusCode"
      WHERE a."territoryId" = t.id AND ${actionConcerned("a", "s", start, asOf)}
    ) live
    CROSS JOIN LATERAL (
      SELECT
        CASE WHEN r.state IN ('SUBMITTED', 'ACCEPTED')
          THEN (latest.snapshot -> 'completion' ->> 'concernedCount')::int ELSE live."concernedCount" END
          AS "concernedCount",
        CASE WHEN r.state IN ('SUBMITTED', 'ACCEPTED')
          THEN (latest.snapshot -> 'completion' ->> 'updatedCount')::int ELSE live."updatedCount" END
          AS "updatedCount"
    ) counts
    WHERE r."campaignId" = ${campaignId}::uuid
      ${territoryIds.length ? Prisma.sql`AND t.id IN (${idList(territoryIds)})` : Prisma.sql`AND false`}
    ORDER BY t.name`;
}

export function toCompletionRows(rows: unknown[]): CompletionRow[] {
  return (rows as Row[]).map((row) => ({
    ...row,
    concernedCount: Number(row.concernedCount),
    updatedCount: Number(row.updatedCount),
    updatedShare: row.updatedShare === null ? null : Number(row.updatedShare),
  }));
}
