import type { College, PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { seedDemoActions } from "./demo-actions";
import { seedDemoCampaigns } from "./demo-campaigns";
import { seedDemoMeetings } from "./demo-meetings";
import { seedDemoNotifications } from "./demo-notifications";

/** Listed in the README. Demo accounts exist only where the demo seed ran: never in production. */
export const DEMO_PASSWORD = "Pilotage-Demo-2026";

type DemoAccount = {
  email: string;
  name: string;
  organisation: string;
  college: College;
  regionCode?: string;
  territories?: { slug: string; isBinome: boolean }[];
};

export const demoAccounts: DemoAccount[] = [
  { email: "admin@demo.ti-pilotage.fr", name: "Alex Martin", organisation: "Équipe TI Pilotage", college: "ADMIN" },
  {
    email: "etat.normandie@demo.ti-pilotage.fr",
    name: "Claire Dubois",
    organisation: "Préfecture de la région Normandie",
    college: "ETAT",
    regionCode: "28",
  },
  {
    email: "region.normandie@demo.ti-pilotage.fr",
    name: "Julien Lefèvre",
    organisation: "Région Normandie",
    college: "REGION",
    regionCode: "28",
  },
  {
    email: "region.hauts-de-france@demo.ti-pilotage.fr",
    name: "Sophie Caron",
    organisation: "Région Hauts-de-France",
    college: "REGION",
    regionCode: "32",
  },
  {
    email: "elu.axe-seine@demo.ti-pilotage.fr",
    name: "Marie Lambert",
    organisation: "Métropole Rouen Normandie",
    college: "ELU",
    territories: [{ slug: "axe-seine", isBinome: true }],
  },
  {
    email: "industriel.axe-seine@demo.ti-pilotage.fr",
    name: "Thomas Girard",
    organisation: "Club des industriels de l'Axe Seine",
    college: "INDUSTRIEL",
    territories: [{ slug: "axe-seine", isBinome: true }],
  },
  {
    email: "elu.vallee-de-la-bresle@demo.ti-pilotage.fr",
    name: "Pierre Leroy",
    organisation: "CC des Villes Sœurs",
    college: "ELU",
    territories: [{ slug: "vallee-de-la-bresle", isBinome: true }],
  },
  {
    email: "industriel.caen-industrie@demo.ti-pilotage.fr",
    name: "Nadia Benali",
    organisation: "Association des industriels du Calvados",
    college: "INDUSTRIEL",
    territories: [{ slug: "caen-industrie", isBinome: false }],
  },
];

/**
 * The other territories' committees each get the élu of their binôme, so that every demo action has
 * a member of its committee who created it and records its points (the journal names them).
 */
const otherTerritoryElus: { slug: string; name: string }[] = [
  { slug: "cote-d-albatre", name: "Hélène Vasseur" },
  { slug: "nord-cotentin", name: "Yann Lemarchand" },
  { slug: "sud-manche", name: "Catherine Hamel" },
  { slug: "collines-de-normandie", name: "Bruno Lesage" },
  { slug: "lisieux-industrie", name: "Sylvie Marais" },
  { slug: "pays-de-l-aigle", name: "Olivier Delaunay" },
  { slug: "vallee-de-l-huisne", name: "Anne Perrier" },
  { slug: "caen-industrie", name: "Laurent Marie" },
];

/**
 * The industriel of the binôme in the same territories and in Vallée de la Bresle, so that the
 * binôme can validate their relevés de décisions (Caen Industrie's is `binome.caen-industrie`: its
 * `industriel.` account is the demo's plain committee member).
 */
const otherTerritoryIndustriels: { slug: string; name: string; organisation: string }[] = [
  { slug: "vallee-de-la-bresle", name: "Gaëlle Duval", organisation: "Pôle verrier de la Bresle" },
  { slug: "cote-d-albatre", name: "Franck Leclerc", organisation: "Club d'entreprises de la Côte d'Albâtre" },
  { slug: "nord-cotentin", name: "Morgane Le Goff", organisation: "Association des industriels du Cotentin" },
  { slug: "sud-manche", name: "Julien Besnard", organisation: "Club des entreprises du Sud-Manche" },
  { slug: "collines-de-normandie", name: "Isabelle Caillou", organisation: "Réseau des industriels du Bocage" },
  { slug: "lisieux-industrie", name: "Romain Petit", organisation: "Club d'entreprises du Pays d'Auge" },
  { slug: "pays-de-l-aigle", name: "Valérie Chevalier", organisation: "Industriels de la vallée de la Risle" },
  { slug: "vallee-de-l-huisne", name: "Éric Gautier", organisation: "Association des industriels du Perche" },
  { slug: "caen-industrie", name: "Stéphane Lebrun", organisation: "Club des entreprises de Caen la mer" },
];

/** Every territory has its chef·fe de projet, who runs the plan day to day. */
const chefsDeProjet: { slug: string; name: string }[] = [
  { slug: "axe-seine", name: "Camille Hébert" },
  { slug: "vallee-de-la-bresle", name: "Lucas Morel" },
  { slug: "caen-industrie", name: "Inès Guérin" },
  { slug: "cote-d-albatre", name: "Hugo Lemoine" },
  { slug: "nord-cotentin", name: "Léa Jacquet" },
  { slug: "sud-manche", name: "Maxime Fontaine" },
  { slug: "collines-de-normandie", name: "Chloé Renaud" },
  { slug: "lisieux-industrie", name: "Antoine Roussel" },
  { slug: "pays-de-l-aigle", name: "Manon Barbier" },
  { slug: "vallee-de-l-huisne", name: "Théo Collet" },
];

/** The territory's first intercommunalité, as the organisation of its élu and of its chef·fe de projet. */
async function otherTerritoryAccounts(prisma: PrismaClient): Promise<DemoAccount[]> {
  const territories = await prisma.territory.findMany({
    select: {
      slug: true,
      members: { orderBy: { position: "asc" }, take: 1, select: { intercommunality: { select: { epci: true } } } },
    },
  });
  const organisationOf = (slug: string) =>
    territories.find((candidate) => candidate.slug === slug)?.members[0]?.intercommunality.epci.name;
  const elus = otherTerritoryElus.flatMap(({ slug, name }) => {
    const organisation = organisationOf(slug);
    if (!organisation) return [];
    return [
      {
        email: `elu.${slug}@demo.ti-pilotage.fr`,
        name,
        organisation,
        college: "ELU" as const,
        territories: [{ slug, isBinome: true }],
      },
    ];
  });
  const chefs = chefsDeProjet.flatMap(({ slug, name }) => {
    const organisation = organisationOf(slug);
    if (!organisation) return [];
    return [
      {
        email: `chef-de-projet.${slug}@demo.ti-pilotage.fr`,
        name,
        organisation,
        college: "CHEF_DE_PROJET" as const,
        territories: [{ slug, isBinome: false }],
      },
    ];
  });
  const industriels = otherTerritoryIndustriels.map(({ slug, name, organisation }) => ({
    email: `${slug === "caen-industrie" ? "binome" : "industriel"}.${slug}@demo.ti-pilotage.fr`,
    name,
    organisation,
    college: "INDUSTRIEL" as const,
    territories: [{ slug, isBinome: true }],
  }));
  return [...elus, ...industriels, ...chefs];
}

/**
 * Demo accounts, one per college on named territories, and an action plan for every territory.
 * Idempotent; refuses to run in production.
 */
export async function seedDemoData(prisma: PrismaClient): Promise<void> {
  if (process.env.NODE_ENV === "production") {
    throw new Error("The demo seed never runs in production (NODE_ENV=production).");
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const territories = await prisma.territory.findMany({ select: { id: true, slug: true } });
  const territoryIdBySlug = new Map(territories.map((territory) => [territory.slug, territory.id]));
  for (const account of [...demoAccounts, ...(await otherTerritoryAccounts(prisma))]) {
    const data = {
      name: account.name,
      organisation: account.organisation,
      college: account.college,
      regionCode: account.regionCode ?? null,
    };
    const user = await prisma.user.upsert({
      where: { email: account.email },
      create: { email: account.email, passwordHash, ...data },
      update: data,
    });
    await prisma.membership.deleteMany({ where: { userId: user.id } });
    await prisma.membership.createMany({
      data: (account.territories ?? []).map(({ slug, isBinome }) => {
        const territoryId = territoryIdBySlug.get(slug);
        if (!territoryId) throw new Error(`Unknown territory ${slug} in the demo seed.`);
        return { userId: user.id, territoryId, isBinome };
      }),
    });
  }
  await seedDemoActions(prisma);
  await seedDemoMeetings(prisma);
  await seedDemoCampaigns(prisma);
  await seedDemoNotifications(prisma);
}
