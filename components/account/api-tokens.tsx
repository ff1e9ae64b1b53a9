"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState, useState } from "react";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { formatDate } from "@/lib/format";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { formDataToObject } from "@/components/ui/form-data";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";
import { DataTable } from "@/components/ui/data-table";

export type ApiTokenRow = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null };

type CreateState = FormState & { created?: { name: string; token: string } };
const initialCreateState: CreateState = initialFormState;

export function ApiTokens({ tokens }: { tokens: ApiTokenRow[] }) {
  const [state, formAction, pending] = useActionState(
    async (_previous: CreateState, formData: FormData): Promise<CreateState> => {
      const result = await createApiToken(formDataToObject(formData));
      return result.ok
        ? { ...toFormState(result), created: { name: result.data.name, token: result.data.token } }
        : toFormState(result);
    },
    initialCreateState,
  );

  return (
    <>
      {state.created && (
        // A new token remounts the block: focus moves to it and the copy message resets.
        <NewToken key={state.created.token} name={state.created.name} token={state.created.token} />
      )}
      <form action={formAction} noValidate className="fr-mb-4w">
        <FormStateAlert state={state} />
        <Input
          label="Nom du jeton"
          hintText="Pour le reconnaître plus tard, par exemple : Tableur de suivi du comité"
          nativeInputProps={{ name: "name", autoComplete: "off", maxLength: 100 }}
          {...fieldState(state, "name")}
        />
        <Button type="submit" disabled={pending}>
          Créer un jeton
        </Button>
      </form>
      <ApiTokenTable tokens={tokens} />
    </>
  );
}

function NewToken({ name, token }: { name: string; token: string }) {
  const [copyMessage, setCopyMessage] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopyMessage("Jeton copié dans le presse-papiers.");
    } catch {
      // The clipboard API is missing outside HTTPS and may be refused by the browser.
      setCopyMessage("Copie impossible : sélectionnez le jeton dans le champ et copiez-le (Ctrl+C).");
    }
  };
  return (
    <div className="fr-mb-4w">
      <Alert
        severity="warning"
        small
        className="fr-mb-2w"
        description="Copiez ce jeton maintenant : il ne sera plus affiché."
      />
      <Input
        label={`Jeton « ${name} », affiché une seule fois`}
        hintText="À envoyer dans l'en-tête « Authorization: Bearer … » de chaque requête."
        nativeInputProps={{
          value: token,
          readOnly: true,
          spellCheck: false,
          // Focus lands on the token right after creation (keyboard and screen reader users learn
          // it is there), and the whole value is selected, ready to copy.
          autoFocus: true,
          onFocus: (event) => event.target.select(),
        }}
      />
      <Button type="button" priority="secondary" iconId="fr-icon-clipboard-line" onClick={copy}>
        Copier le jeton
      </Button>
      <p role="status" className="fr-mt-1w">
        {copyMessage}
      </p>
    </div>
  );
}

function ApiTokenTable({ tokens }: { tokens: ApiTokenRow[] }) {
  if (tokens.length === 0) return <p>Vous n&apos;avez aucun jeton d&apos;API actif.</p>;
  return (
    <DataTable caption="Mes jetons d'API actifs">
      <thead>
        <tr>
          <th scope="col">Nom</th>
          <th scope="col">Début du jeton</th>
          <th scope="col">Créé le</th>
          <th scope="col">Dernière utilisation</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id}>
            <th scope="row">{token.name}</th>
            <td>
              <code>{token.prefix}…</code>
            </td>
            <td>{formatDate(token.createdAt)}</td>
            <td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : "Jamais"}</td>
            <td>
              <RevokeButton tokenId={token.id} name={token.name} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function RevokeButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, formAction, pending] = useActionState(async () => {
    return toFormState(await revokeApiToken({ tokenId }));
  }, initialFormState);
  return (
    <form action={formAction}>
      <Button type="submit" size="small" priority="secondary" disabled={pending}>
        Révoquer<span className="fr-sr-only"> le jeton « {name} »</span>
      </Button>
      {state.status === "error" && (
        <p role="alert" className="fr-error-text">
          {state.message}
        </p>
      )}
    </form>
  );
}
