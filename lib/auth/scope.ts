import type { Prisma } from "@/lib/generated/prisma/client";
import { assignableColleges, permissionTable, type Operation, type PermissionUser } from "./permissions";

/**
 * The territories a user may see for an operation, as a Prisma where-clause derived from the
 * permission table, to spread into every territory-scoped query: a record outside it is "not found".
 */
export function territoryScope(
  user: PermissionUser,
  operation: Operation = "territory.read",
): Prisma.TerritoryWhereInput {
  switch (permissionTable[user.college][operation]) {
    case "all":
      return {};
    case "region":
      return user.regionCode ? { regions: { some: { regionCode: user.regionCode } } } : { id: { in: [] } };
    case "member":
      return { memberships: { some: { userId: user.id } } };
    case "binome":
      return { memberships: { some: { userId: user.id, isBinome: true } } };
    case "none":
      return { id: { in: [] } };
  }
}

/** The user accounts a manager may see and manage: those attached to territories or a region in scope. */
export function managedUserScope(user: PermissionUser): Prisma.UserWhereInput {
  switch (permissionTable[user.college]["user.manage"]) {
    case "all":
      return {};
    case "region":
      if (!user.regionCode) return { id: { in: [] } };
      return {
        OR: [
          { regionCode: user.regionCode },
          { memberships: { some: { territory: { regions: { some: { regionCode: user.regionCode } } } } } },
        ],
        // A regional manager sees the accounts it may give a college to (the State: not administrators).
        college: { in: [...assignableColleges[user.college]] },
      };
    default:
      return { id: { in: [] } };
  }
}

/** The regions a manager may attach Région and État accounts to: every region, or their own. */
export function managedRegionScope(user: PermissionUser): Prisma.RegionWhereInput {
  switch (permissionTable[user.college]["user.manage"]) {
    case "all":
      return {};
    case "region":
      return user.regionCode ? { code: user.regionCode } : { code: { in: [] } };
    default:
      return { code: { in: [] } };
  }
}

/**
 * The audit events a user may read, from the permission table ("audit.read"): everything; or the
 * events of the territories in their reach (`territoryIds`, from territoryScope with "audit.read")
 * and of the accounts attached to them — with a regional reach, also the accounts attached to the
 * region: the accounts the user manages. Events of no territory nor region are for "all" only.
 */
export function auditEventScope(user: PermissionUser, territoryIds: readonly string[]): Prisma.AuditEventWhereInput {
  const level = permissionTable[user.college]["audit.read"];
  if (level === "all") return {};
  if (level === "none") return { id: { in: [] } };
  return {
    OR: [
      { territoryId: { in: [...territoryIds] } },
      { territoryIds: { hasSome: [...territoryIds] } },
      ...(level === "region" && user.regionCode ? [{ regionCodes: { has: user.regionCode } }] : []),
    ],
  };
}

/**
 * The outbox a user may read: every email for "outbox.read" (the platform's operator); the emails
 * their own actions sent for "outbox.readSent" (a manager's invitations, while no mail server
 * delivers them); nothing otherwise.
 */
export function outboxScope(user: PermissionUser): Prisma.OutboxEmailWhereInput {
  if (permissionTable[user.college]["outbox.read"] !== "none") return {};
  if (permissionTable[user.college]["outbox.readSent"] !== "none") return { sentById: user.id };
  return { id: { in: [] } };
}

/**
 * The follow-up campaigns a user may open: those of their region when they manage campaigns there,
 * and those asking a report of a territory they read (they see that territory's part only).
 */
export function campaignScope(user: PermissionUser): Prisma.CampaignWhereInput {
  const managed =
    permissionTable[user.college]["campaign.manage"] === "all"
      ? [{}]
      : permissionTable[user.college]["campaign.manage"] === "region" && user.regionCode
        ? [{ regionCode: user.regionCode }]
        : [];
  return { OR: [...managed, { reports: { some: { territory: territoryScope(user) } } }] };
}
