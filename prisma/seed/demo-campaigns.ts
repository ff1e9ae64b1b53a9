import type { PrismaClient } from "../../lib/generated/prisma/client";
import { addDays, dayToDate, todayInFrance } from "../../lib/dates";

// A follow-up campaign of the Normandy prefecture, open on the demo: an interim report of the
// current month, its period the last three weeks (the demo's points are spread over the past
// months: some actions are up to date, others not). Two territories stay out of it, for the
// end-to-end journey that opens a campaign of its own there.
const LEFT_OUT = ["vallee-de-l-huisne", "collines-de-normandie"];

const monthNames = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

function interimReport(today: string): { name: string; start: string; asOf: string } {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return { name: `Bilan intermédiaire de ${monthNames[month - 1]} ${year}`, start: addDays(today, -21), asOf: lastDay };
}

/** Seeded once: a campaign already there (by name) is left as the demo made it. */
export async function seedDemoCampaigns(prisma: PrismaClient): Promise<void> {
  const half = interimReport(todayInFrance());
  if (await prisma.campaign.findFirst({ where: { name: half.name } })) return;
  const [opener, territories] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { email: "etat.normandie@demo.ti-pilotage.fr" } }),
    prisma.territory.findMany({
      where: { slug: { notIn: LEFT_OUT }, regions: { some: { regionCode: "28" } } },
      select: { id: true },
    }),
  ]);
  await prisma.campaign.create({
    data: {
      name: half.name,
      asOf: dayToDate(half.asOf),
      deadline: dayToDate(addDays(half.asOf, 15)),
      regionCode: "28",
      openedById: opener.id,
      reports: {
        create: territories.map((territory) => ({ territoryId: territory.id, periodStart: dayToDate(half.start) })),
      },
    },
  });
}
