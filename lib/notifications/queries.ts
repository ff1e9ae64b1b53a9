import "server-only";
import { getPrisma } from "@/lib/db";

export type NotificationItem = {
  id: string;
  title: string;
  body: string;
  href: string;
  createdAt: Date;
  isRead: boolean;
};

/** How many of the member's notifications are unread: read from the database on every request. */
export function countUnreadNotifications(userId: string): Promise<number> {
  return getPrisma().notification.count({ where: { userId, readAt: null } });
}

export const NOTIFICATIONS_PAGE_SIZE = 100;

/** The member's latest notifications, newest first. */
export async function listNotifications(userId: string): Promise<NotificationItem[]> {
  const rows = await getPrisma().notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATIONS_PAGE_SIZE,
    select: { id: true, title: true, body: true, href: true, createdAt: true, readAt: true },
  });
  return rows.map(({ readAt, ...row }) => ({ ...row, isRead: readAt !== null }));
}
