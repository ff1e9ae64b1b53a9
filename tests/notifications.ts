import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { territoryId, type TestUser } from "./factories";

/**
 * An open action written straight to the database with dated points d'avancement, so that a test
 * with a controlled clock decides every date the reminders read.
 */
export async function createDatedAction(
  slug: string,
  options: {
    pilots?: TestUser[];
    carrierContact?: TestUser | null;
    plannedEndDate?: string | null;
    points?: string[];
    statusCode?: string;
  },
) {
  const prisma = getPrisma();
  const lever = await prisma.lever.findFirstOrThrow({ select: { id: true } });
  const statusCode = options.statusCode ?? "EN_COURS";
  return prisma.action.create({
    data: {
      territoryId: await territoryId(slug),
      leverId: lever.id,
      title: `Action suivie ${randomUUID()}`,
      statusCode,
      carrierCollege: "INDUSTRIEL",
      carrierOrganisation: "Entreprise de test",
      carrierContactId: options.carrierContact?.id ?? null,
      plannedEndDate: options.plannedEndDate ? dayToDate(options.plannedEndDate) : null,
      pilots: { create: (options.pilots ?? []).map((pilot) => ({ userId: pilot.id })) },
      progressUpdates: {
        create: (options.points ?? []).map((day) => ({ date: dayToDate(day), progress: 10, statusCode })),
      },
    },
  });
}

/** The notifications a member received from one rule, and the e-mails sent to them. */
export async function notificationsOf(user: TestUser, rule?: string) {
  const prisma = getPrisma();
  const [notifications, emails] = await Promise.all([
    prisma.notification.findMany({
      where: { userId: user.id, ...(rule ? { rule } : {}) },
      orderBy: { createdAt: "asc" },
    }),
    prisma.outboxEmail.findMany({ where: { to: user.email }, orderBy: { createdAt: "asc" } }),
  ]);
  return { notifications, emails };
}

/** Noon in Paris on a day: the reminders' "today" is that day whatever the season. */
export function parisNoon(day: string): Date {
  return new Date(`${day}T10:00:00Z`);
}
