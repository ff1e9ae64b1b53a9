import { lateSql } from "../../lib/actions/follow-up-sql";
import { todayInFrance } from "../../lib/dates";
import { Prisma, type PrismaClient } from "../../lib/generated/prisma/client";
import { actionReminderText } from "../../lib/notifications/reminder-texts";

/** Late actions a demo chef·fe de projet hears of in the bell (no e-mail: the demo seed sends none). */
const REMINDERS_PER_CHEF = 3;

/**
 * The reminders the chef·fe de projet of each territory would have received about its late actions,
 * so that the bell and the notifications page have something to show. Idempotent (dedupe keys of
 * their own: the real reminders still go out when the worker runs).
 */
export async function seedDemoNotifications(prisma: PrismaClient): Promise<void> {
  const today = todayInFrance();
  const late = await prisma.$queryRaw<
    {
      userId: string;
      actionId: string;
      title: string;
      slug: string;
      plannedEndDate: Date;
      lastPoint: Date;
      updateIntervalDays: number;
    }[]
  >(Prisma.sql`
    SELECT u.id AS "userId", ranked.*
    FROM (
      SELECT a.id AS "actionId", a.title, t.slug, a."plannedEndDate", t."updateIntervalDays",
        COALESCE((SELECT max(p.date) FROM "ProgressUpdate" p WHERE p."actionId" = a.id), a."createdAt"::date) AS "lastPoint",
        row_number() OVER (PARTITION BY t.id ORDER BY a."plannedEndDate", a.id) AS rank
      FROM "Action" a
      JOIN "ActionStatus" s ON s.code = a."statusCode"
      JOIN "Territory" t ON t.id = a."territoryId"
      WHERE a."archivedAt" IS NULL AND ${lateSql(Prisma.sql`a."plannedEndDate"`, Prisma.sql`s."isClosed"`, today)}
    ) ranked
    JOIN "User" u ON u.email = 'chef-de-projet.' || ranked.slug || '@demo.ti-pilotage.fr'
    WHERE ranked.rank <= ${REMINDERS_PER_CHEF}
  `);
  await prisma.notification.createMany({
    data: late.map((row) => {
      const { title, body, href } = actionReminderText("action.endPassed", row);
      return {
        userId: row.userId,
        kind: "REMINDER" as const,
        rule: "action.endPassed",
        dedupeKey: `demo:action.endPassed:${row.actionId}`,
        title,
        body,
        href,
      };
    }),
    skipDuplicates: true,
  });
}
