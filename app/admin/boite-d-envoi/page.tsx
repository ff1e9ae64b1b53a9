import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { canAtAll, permissionTable } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { deliveryStateOf } from "@/lib/mail/delivery-state";
import { attachmentsOf, listOutboxFor } from "@/lib/mail/queries";

export const metadata: Metadata = { title: "Boîte d'envoi" };

export default async function OutboxPage() {
  const user = await requireSessionUser();
  if (!canAtAll(user, "outbox.read") && !canAtAll(user, "outbox.readSent")) notFound();
  const emails = await listOutboxFor(user, { take: 50, skip: 0 });
  const everything = permissionTable[user.college]["outbox.read"] !== "none";
  return (
    <>
      <h1>Boîte d&apos;envoi</h1>
      <p>
        {everything ? "Tous les messages envoyés par la plateforme." : "Les messages que vos invitations ont envoyés."}{" "}
        Sans serveur de messagerie configuré, ils restent ici « En attente » : transmettez vous-même les liens
        d&apos;invitation. Un envoi qui échoue est retenté plusieurs fois, à intervalles croissants.
      </p>
      {emails.length === 0 ? (
        <p>Aucun message pour le moment.</p>
      ) : (
        emails.map((email) => {
          const delivery = deliveryStateOf(email);
          return (
            <article key={email.id} className="fr-mb-4w" aria-labelledby={`message-${email.id}`}>
              <h2 id={`message-${email.id}`} className="fr-h5 fr-mb-1w">
                {email.subject} — à {email.to}
              </h2>
              <p className="fr-text--sm fr-mb-1w">
                <Badge as="span" small severity={delivery.severity} className="fr-mr-1w">
                  {delivery.label}
                </Badge>
                Créé le {formatDate(email.createdAt)}
              </p>
              {delivery.error && <p className="fr-text--sm fr-mb-1w">Dernière erreur : {delivery.error}</p>}
              <pre className="fr-text--sm" style={{ whiteSpace: "pre-wrap" }}>
                {email.text}
              </pre>
              {attachmentsOf(email).map((attachment) => (
                <details key={attachment.filename} className="fr-mb-2w">
                  <summary>Pièce jointe : {attachment.filename}</summary>
                  <pre className="fr-text--xs" style={{ whiteSpace: "pre-wrap" }}>
                    {attachment.content}
                  </pre>
                </details>
              ))}
            </article>
          );
        })
      )}
    </>
  );
}
