import type { PrismaClient } from "../../lib/generated/prisma/client";
import { addDays, dayToDate, todayInFrance } from "../../lib/dates";

// A follow-up campaign of the Normandy prefecture, open on the demo: the current half-year's report,
// its period running from the half-year's first day. Two territories stay out of it, for the
// end-to-end journey that opens a campaign of its own there.
const LEFT_OUT = ["vallee-de-l-huisne", "collines-de-normandie"];

function currentHalfYear(today: string): { name: string; start: string; asOf: string } {
  const year = today.slice(0, 4);
  return today.slice(5) <= "06-30"
    ? { name: `Bilan semestriel S1 ${year}`, start: `${year}-01-01`, asOf: `${year}-06-30` }
    : { name: `Bilan semestriel S2 ${year}`, start: `${year}-07-01`, asOf: `${year}-12-31` };
}

/** Seeded once: a campaign already there (by name) is left as the demo made it. */
export async function seedDemoCampaigns(prisma: PrismaClient): Promise<void> {
  const half = currentHalfYear(todayInFrance());
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
