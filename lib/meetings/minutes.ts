import "server-only";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { minutesContent, type MinutesContent } from "./minutes-schemas";

/** Where a relevé stands: not compiled yet, awaiting the binôme's validations, or locked. */
export type MinutesStatus = "none" | "awaiting" | "locked";

export type MinutesView = {
  status: Exclude<MinutesStatus, "none">;
  version: number;
  compiledAt: Date;
  compiledByName: string | null;
  eluValidation: { name: string; at: Date } | null;
  industrielValidation: { name: string; at: Date } | null;
  lockedAt: Date | null;
  content: MinutesContent;
  reviews: { id: string; authorName: string; institution: string; text: string; createdAt: Date }[];
  amendments: { id: string; authorName: string; text: string; createdAt: Date }[];
};

const person = { select: { name: true } } as const;

/** The relevé of a séance whose access the caller has checked; null when not compiled yet. */
export async function getMinutes(meetingId: string): Promise<MinutesView | null> {
  const minutes = await getPrisma().minutes.findUnique({
    where: { meetingId },
    include: {
      compiledBy: person,
      eluValidator: person,
      industrielValidator: person,
      reviews: { orderBy: { createdAt: "asc" }, include: { author: person } },
      amendments: { orderBy: { createdAt: "asc" }, include: { author: person } },
    },
  });
  if (!minutes) return null;
  return {
    status: minutes.lockedAt ? "locked" : "awaiting",
    version: minutes.version,
    compiledAt: minutes.compiledAt,
    compiledByName: minutes.compiledBy?.name ?? null,
    eluValidation:
      minutes.eluValidator && minutes.eluValidatedAt
        ? { name: minutes.eluValidator.name, at: minutes.eluValidatedAt }
        : null,
    industrielValidation:
      minutes.industrielValidator && minutes.industrielValidatedAt
        ? { name: minutes.industrielValidator.name, at: minutes.industrielValidatedAt }
        : null,
    lockedAt: minutes.lockedAt,
    content: parseContent(minutes.content),
    reviews: minutes.reviews.map((review) => ({
      id: review.id,
      authorName: review.author.name,
      institution: review.institution,
      text: review.text,
      createdAt: review.createdAt,
    })),
    amendments: minutes.amendments.map((amendment) => ({
      id: amendment.id,
      authorName: amendment.author.name,
      text: amendment.text,
      createdAt: amendment.createdAt,
    })),
  };
}

function parseContent(content: Prisma.JsonValue): MinutesContent {
  return minutesContent.parse(content);
}
