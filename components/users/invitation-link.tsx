"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useId, useState } from "react";

/**
 * Without a mail server, an invitation would sit unread in the outbox: the manager who sent it gets
 * its link here, to pass it on by other means (it also stays in their outbox).
 */
export function InvitationLink({ link }: { link: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="fr-alert fr-alert--warning fr-mb-3w">
      <h3 className="fr-alert__title">L&apos;e-mail n&apos;est pas parti : transmettez vous-même ce lien</h3>
      <p>
        Aucun serveur de messagerie n&apos;est configuré : l&apos;invitation attend dans votre boîte d&apos;envoi. Le
        lien est valable 72 heures et ne sert qu&apos;une fois.
      </p>
      <Input
        label="Lien d'invitation"
        nativeInputProps={{ id, value: link, readOnly: true, onFocus: (event) => event.currentTarget.select() }}
      />
      <Button
        type="button"
        priority="secondary"
        size="small"
        iconId="fr-icon-clipboard-line"
        onClick={async () => {
          await navigator.clipboard?.writeText(link);
          setCopied(true);
        }}
      >
        Copier le lien
      </Button>
      <p role="status" className="fr-mt-1w fr-mb-0">
        {copied ? "Lien copié." : ""}
      </p>
    </div>
  );
}
