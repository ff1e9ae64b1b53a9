import { Header, type HeaderProps } from "@codegouvfr/react-dsfr/Header";
import type { MainNavigationProps } from "@codegouvfr/react-dsfr/MainNavigation";
import { canAtAll } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { SignOutButton } from "@/components/auth/sign-out-button";

export async function SiteHeader() {
  const user = await getSessionUser();
  const navigation: MainNavigationProps.Item[] = [];
  const quickAccessItems: NonNullable<HeaderProps["quickAccessItems"]> = [];
  if (user) {
    navigation.push(
      { text: "Territoires", linkProps: { href: "/territoires" } },
      { text: "Comparaison", linkProps: { href: "/comparaison" } },
      { text: "Campagnes de suivi", linkProps: { href: "/campagnes" } },
    );
    if (canAtAll(user, "user.manage"))
      navigation.push({ text: "Utilisateurs", linkProps: { href: "/admin/utilisateurs" } });
    if (canAtAll(user, "outbox.read") || canAtAll(user, "outbox.readSent"))
      navigation.push({ text: "Boîte d'envoi", linkProps: { href: "/admin/boite-d-envoi" } });
    if (canAtAll(user, "audit.read")) navigation.push({ text: "Journal", linkProps: { href: "/admin/journal" } });
    const unread = await countUnreadNotifications(user.id);
    quickAccessItems.push(
      {
        iconId: unread ? "fr-icon-notification-3-fill" : "fr-icon-notification-3-line",
        // Seen as "Notifications (3)", heard as "Notifications, 3 non lues" (the name starts with
        // the visible words, for voice control).
        text: unread ? `Notifications (${unread})` : "Notifications",
        linkProps: {
          href: "/notifications",
          ...(unread ? { "aria-label": `Notifications, ${unread === 1 ? "1 non lue" : `${unread} non lues`}` } : {}),
        },
      },
      { iconId: "fr-icon-account-circle-line", text: `Mon compte (${user.name})`, linkProps: { href: "/compte" } },
      <SignOutButton key="sign-out" />,
    );
  }
  return (
    <Header
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      serviceTitle="TI Pilotage"
      serviceTagline="Le tableau de bord des Territoires d'industrie"
      homeLinkProps={{ href: "/", title: "Accueil - TI Pilotage" }}
      navigation={navigation.length ? navigation : undefined}
      quickAccessItems={quickAccessItems.length ? quickAccessItems : undefined}
    />
  );
}
