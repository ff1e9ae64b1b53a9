import "server-only";
import { regionalColleges, type College } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db";

export type InvitablePerson = {
  id: string;
  name: string;
  organisation: string;
  college: College;
  isBinome: boolean;
  /** Invited unless removed: the territory's committee, and the Région and État officers marked as its contacts. */
  invitedByDefault: boolean;
};

/**
 * Who may be invited to a territory's séances: its committee (élus, industriels, chef·fe de projet)
 * and the Région and État officers of the regions it spans. Disabled accounts are left out.
 */
export async function listInvitable(territoryId: string): Promise<InvitablePerson[]> {
  const prisma = getPrisma();
  const territory = await prisma.territory.findUniqueOrThrow({
    where: { id: territoryId },
    select: { regions: { select: { regionCode: true } }, contacts: { select: { userId: true } } },
  });
  const contacts = new Set(territory.contacts.map((contact) => contact.userId));
  const people = await prisma.user.findMany({
    where: {
      disabledAt: null,
      OR: [
        { memberships: { some: { territoryId } } },
        {
          college: { in: [...regionalColleges] },
          regionCode: { in: territory.regions.map((region) => region.regionCode) },
        },
      ],
    },
    select: {
      id: true,
      name: true,
      organisation: true,
      college: true,
      memberships: { where: { territoryId }, select: { isBinome: true } },
    },
    orderBy: [{ college: "asc" }, { name: "asc" }],
  });
  return people.map((person) => {
    const membership = person.memberships[0];
    return {
      id: person.id,
      name: person.name,
      organisation: person.organisation,
      college: person.college,
      isBinome: membership?.isBinome ?? false,
      invitedByDefault: membership !== undefined || contacts.has(person.id),
    };
  });
}

export async function listInvitableIds(territoryId: string): Promise<string[]> {
  return (await listInvitable(territoryId)).map((person) => person.id);
}
