import "server-only";
import { isRegionalCollege, type College, type PermissionUser } from "@/lib/auth/permissions";
import { managedRegionScope, managedUserScope } from "@/lib/auth/scope";
import { getPrisma } from "@/lib/db";

export type ManagedUser = {
  id: string;
  email: string;
  name: string;
  organisation: string;
  college: string;
  regionName: string | null;
  territories: { name: string; isBinome: boolean }[];
  disabled: boolean;
  invitationPending: boolean;
  /** Pending, and no link of it can be used any more: a manager renews it. */
  invitationExpired: boolean;
};

/** Accounts the manager may see: everything for the administrator, their region for the State. */
export async function listManagedUsers(manager: PermissionUser): Promise<ManagedUser[]> {
  const users = await getPrisma().user.findMany({
    where: managedUserScope(manager),
    orderBy: [{ name: "asc" }],
    include: {
      region: { select: { name: true } },
      memberships: { include: { territory: { select: { name: true } } } },
      invitations: { where: { usedAt: null, expiresAt: { gt: new Date() } }, select: { id: true } },
    },
  });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    organisation: user.organisation,
    college: user.college,
    regionName: user.region?.name ?? null,
    territories: user.memberships.map((m) => ({ name: m.territory.name, isBinome: m.isBinome })),
    disabled: user.disabledAt !== null,
    invitationPending: user.passwordHash === null,
    invitationExpired: user.passwordHash === null && user.invitations.length === 0,
  }));
}

export type AccountDetails = {
  email: string;
  name: string;
  organisation: string;
  college: string;
  regionName: string | null;
  memberships: { slug: string; name: string; isBinome: boolean }[];
};

export async function getAccount(userId: string): Promise<AccountDetails> {
  const user = await getPrisma().user.findUniqueOrThrow({
    where: { id: userId },
    include: {
      region: { select: { name: true } },
      memberships: { include: { territory: { select: { slug: true, name: true } } } },
    },
  });
  return {
    email: user.email,
    name: user.name,
    organisation: user.organisation,
    college: user.college,
    regionName: user.region?.name ?? null,
    memberships: user.memberships.map((m) => ({
      slug: m.territory.slug,
      name: m.territory.name,
      isBinome: m.isBinome,
    })),
  };
}

/** Regions a manager may attach Région and État accounts to. */
export async function listAssignableRegions(manager: PermissionUser): Promise<{ code: string; name: string }[]> {
  const regions = await getPrisma().region.findMany({
    where: managedRegionScope(manager),
    orderBy: { name: "asc" },
  });
  return regions.map(({ code, name }) => ({ code, name }));
}

export type ManagedUserAccess = {
  id: string;
  name: string;
  email: string;
  college: College;
  regionCode: string | null;
  territoryIds: string[];
  binomeTerritoryIds: string[];
};

/** One account the manager may manage, with its current access; null when out of scope. */
export async function getManagedUserAccess(manager: PermissionUser, userId: string): Promise<ManagedUserAccess | null> {
  const user = await getPrisma().user.findFirst({
    where: { id: userId, ...managedUserScope(manager) },
    include: { memberships: true },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    college: user.college,
    regionCode: user.regionCode,
    territoryIds: user.memberships.map((m) => m.territoryId),
    binomeTerritoryIds: user.memberships.filter((m) => m.isBinome).map((m) => m.territoryId),
  };
}

export type ContactChoice = { id: string; name: string; isContact: boolean };

/**
 * The territories of a Région or État officer's region, each ticked when the officer is its
 * contact; null when the account is out of the manager's scope or follows no region.
 */
export async function listContactChoices(manager: PermissionUser, userId: string): Promise<ContactChoice[] | null> {
  const user = await getPrisma().user.findFirst({
    where: { id: userId, ...managedUserScope(manager) },
    select: { college: true, regionCode: true, territoryContacts: { select: { territoryId: true } } },
  });
  if (!user || !isRegionalCollege(user.college) || !user.regionCode) return null;
  const contacts = new Set(user.territoryContacts.map((contact) => contact.territoryId));
  const territories = await getPrisma().territory.findMany({
    where: { regions: { some: { regionCode: user.regionCode } } },
    select: { id: true, name: true },
  });
  return territories
    .map((territory) => ({ ...territory, isContact: contacts.has(territory.id) }))
    .sort((a, b) => a.name.localeCompare(b.name, "fr"));
}
