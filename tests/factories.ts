import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db";
import type { College } from "@/lib/generated/prisma/client";

export type TestUser = { id: string; email: string; sessionVersion: number; college: College };

/** A user with a unique email; élus and industriels sit on the given territories' committees. */
export async function createUser(
  options: {
    college?: College;
    regionCode?: string;
    territories?: { slug: string; isBinome?: boolean }[];
    passwordHash?: string;
    disabled?: boolean;
  } = {},
): Promise<TestUser> {
  const prisma = getPrisma();
  const college = options.college ?? "ELU";
  const territories = await prisma.territory.findMany({
    where: { slug: { in: (options.territories ?? []).map((t) => t.slug) } },
    select: { id: true, slug: true },
  });
  const user = await prisma.user.create({
    data: {
      email: `test-${randomUUID()}@exemple.fr`,
      name: `Test ${college}`,
      organisation: "Organisation de test",
      college,
      regionCode: options.regionCode ?? null,
      passwordHash: options.passwordHash ?? null,
      disabledAt: options.disabled ? new Date() : null,
      memberships: {
        create: (options.territories ?? []).map(({ slug, isBinome }) => ({
          territoryId: territories.find((t) => t.slug === slug)!.id,
          isBinome: isBinome ?? false,
        })),
      },
    },
  });
  return { id: user.id, email: user.email, sessionVersion: user.sessionVersion, college };
}

export async function territoryId(slug: string): Promise<string> {
  return (await getPrisma().territory.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}
