"use client";

import { signOut } from "next-auth/react";

/** Logging out ends every session of the user (see the signOut event in lib/auth/auth-options.ts). */
export function SignOutButton() {
  return (
    <button
      type="button"
      className="fr-btn fr-icon-logout-box-r-line"
      onClick={() => signOut({ callbackUrl: "/connexion" })}
    >
      Se déconnecter
    </button>
  );
}
