import type { Prisma } from "@/lib/generated/prisma/client";
import { permissionTable, type Operation, type PermissionUser } from "./permissions";

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
        college: { not: "ADMIN" },
      };
    default:
      return { id: { in: [] } };
  }
}
