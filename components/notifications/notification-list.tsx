"use client";

import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import Link from "next/link";
import { useActionState } from "react";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mutations";
import type { NotificationItem } from "@/lib/notifications/queries";
import { formatDateTime } from "@/lib/format";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

function MarkReadButton({ item }: { item: NotificationItem }) {
  const [state, formAction, pending] = useActionState(
    async (): Promise<FormState> => toFormState(await markNotificationRead({ notificationId: item.id })),
    initialFormState,
  );
  return (
    <form action={formAction}>
      {state.status === "error" && <FormStateAlert state={state} />}
      <Button type="submit" priority="tertiary" size="small" disabled={pending}>
        Marquer comme lue<span className="fr-sr-only"> : {item.title}</span>
      </Button>
    </form>
  );
}

export function MarkAllReadButton() {
  const [state, formAction, pending] = useActionState(
    async (): Promise<FormState> =>
      toFormState(await markAllNotificationsRead({}), "Toutes vos notifications sont lues."),
    initialFormState,
  );
  return (
    <form action={formAction} className="fr-mb-3w">
      <FormStateAlert state={state} />
      <Button type="submit" priority="secondary" disabled={pending}>
        Tout marquer comme lu
      </Button>
    </form>
  );
}

export function NotificationList({ items }: { items: NotificationItem[] }) {
  return (
    <ul className="fr-raw-list">
      {items.map((item) => (
        <li
          key={item.id}
          className="fr-mb-3w fr-pb-2w"
          style={{ borderBottom: "1px solid var(--border-default-grey)" }}
        >
          <h2 className="fr-h6 fr-mb-1w">
            <Link href={item.href}>{item.title}</Link>{" "}
            {!item.isRead && (
              <Badge small severity="new" noIcon>
                Non lue
              </Badge>
            )}
          </h2>
          {item.body && <p className="fr-mb-1w">{item.body}</p>}
          <p className="fr-text--sm fr-mb-1w">{formatDateTime(item.createdAt)}</p>
          {!item.isRead && <MarkReadButton item={item} />}
        </li>
      ))}
    </ul>
  );
}
