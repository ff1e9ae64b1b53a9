"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { loginErrorMessage } from "@/lib/auth/login-messages";
import { safeReturnPath } from "@/lib/security/return-url";
import { FormAlert } from "@/components/ui/form-alert";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);
  const alert = useRef<HTMLDivElement>(null);
  // The disabled button dropped the focus: give it to the message, where the person must read next.
  useEffect(() => {
    if (error && !pending) alert.current?.focus();
  }, [error, pending]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      // Judged again here: this component may one day be given its URL by another page.
      router.replace(safeReturnPath(callbackUrl));
      router.refresh();
      return;
    }
    setError(loginErrorMessage(result?.error));
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={error ? "login-error" : undefined}>
      <div ref={alert} tabIndex={-1}>
        <FormAlert id="login-error" status="error" message={error} />
      </div>
      <Input
        label="Adresse électronique"
        hintText="Format attendu : prenom.nom@exemple.fr"
        nativeInputProps={{ name: "email", type: "email", autoComplete: "username", required: true }}
      />
      <PasswordInput
        label="Mot de passe"
        messages={[]}
        nativeInputProps={{ name: "password", autoComplete: "current-password", required: true }}
      />
      <p className="fr-mb-3w">
        <Link href="/connexion/mot-de-passe-oublie" className="fr-link">
          Mot de passe oublié ?
        </Link>
      </p>
      <Button type="submit" disabled={pending}>
        Se connecter
      </Button>
    </form>
  );
}
