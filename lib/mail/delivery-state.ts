import type { OutboxEmail } from "@/lib/generated/prisma/client";

export type DeliveryState = {
  /** French, written on the badge: the state is never told by its colour alone. */
  label: string;
  severity: "success" | "info" | "warning" | "error";
  /** The last SMTP error, while retrying or once given up. */
  error: string | null;
};

function tries(count: number): string {
  return count === 1 ? "1 essai" : `${count} essais`;
}

/** Where an outbox email stands: sent, waiting (no mail server), retrying, or given up. */
export function deliveryStateOf(email: Pick<OutboxEmail, "sentAt" | "error" | "attempts" | "failedAt">): DeliveryState {
  if (email.sentAt) return { label: "Envoyé", severity: "success", error: null };
  if (email.failedAt) return { label: `Échec après ${tries(email.attempts)}`, severity: "error", error: email.error };
  if (email.error) {
    return { label: `Nouvel essai prévu (${tries(email.attempts)})`, severity: "warning", error: email.error };
  }
  return { label: "En attente", severity: "info", error: null };
}
