import type { Metadata } from "next";
import { MarkAllReadButton, NotificationList } from "@/components/notifications/notification-list";
import { requireSessionUser } from "@/lib/auth/session";
import { countUnreadNotifications, listNotifications, NOTIFICATIONS_PAGE_SIZE } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requireSessionUser();
  const [items, unread] = await Promise.all([listNotifications(user.id), countUnreadNotifications(user.id)]);
  return (
    <>
      <h1>Notifications</h1>
      <p>
        Les rappels, échéances et récapitulatifs qui vous concernent, du plus récent au plus ancien (les{" "}
        {NOTIFICATIONS_PAGE_SIZE} derniers). Choisissez comment les recevoir par courriel dans votre compte, rubrique{" "}
        <a href="/compte#notifications">« Notifications »</a>.
      </p>
      {items.length === 0 ? (
        <p>Vous n&apos;avez aucune notification pour le moment.</p>
      ) : (
        <>
          <p>
            {unread === 0
              ? "Toutes vos notifications sont lues."
              : unread === 1
                ? "1 notification non lue."
                : `${unread} notifications non lues.`}
          </p>
          {unread > 0 && <MarkAllReadButton />}
          <NotificationList items={items} />
        </>
      )}
    </>
  );
}
