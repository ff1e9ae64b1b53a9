import "server-only";
import type { PermissionUser } from "@/lib/auth/permissions";
import { outboxScope } from "@/lib/auth/scope";
import type { OutboxEmail } from "@/lib/generated/prisma/client";
import { listOutbox, type EmailAttachment } from "./send";

/** The newest emails of the outbox this user may read (lib/auth/scope.ts, outboxScope). */
export function listOutboxFor(
  user: PermissionUser,
  page: { take?: number; skip?: number } = {},
): Promise<OutboxEmail[]> {
  return listOutbox({ ...page, where: outboxScope(user) });
}

/** The files sent with an email (a séance's calendar invitation). */
export function attachmentsOf(email: Pick<OutboxEmail, "attachments">): EmailAttachment[] {
  return Array.isArray(email.attachments) ? (email.attachments as EmailAttachment[]) : [];
}
