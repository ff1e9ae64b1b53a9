import type { Metadata } from "next";
import { INVALID_UNSUBSCRIBE_LINK } from "@/lib/notifications/unsubscribe";

export const metadata: Metadata = { title: "Lien de désabonnement non valide" };

export default function InvalidUnsubscribeLink() {
  return (
    <>
      <h1>Lien de désabonnement non valide</h1>
      <p>{INVALID_UNSUBSCRIBE_LINK}</p>
      <p>Aucun réglage n&apos;a été modifié.</p>
    </>
  );
}
