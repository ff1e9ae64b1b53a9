import "server-only";
import type { PermissionUser } from "@/lib/auth/permissions";
import { outboxScope } from "@/lib/auth/scope";
import type { OutboxEmail } from "@/lib/generated/prisma/client";
import { listOutbox } from "./send";

export { attachmentsOf } from "./send";

/** The newest emails of the outbox this user may read (lib/auth/scope.ts, outboxScope). */
export function listOutboxFor(
  user: PermissionUser,
  page: { take?: number; skip?: number } = {},
): Promise<OutboxEmail[]> {
  return listOutbox({ ...page, where: outboxScope(user) });
}
