"use client";

import { signOut } from "next-auth/react";

/** Where to go once our session is closed: ProConnect's end-session endpoint for a ProConnect session. */
async function findSignOutDestination(): Promise<string> {
  try {
    const response = await fetch("/api/proconnect/deconnexion", { method: "POST" });
    if (response.ok) {
      const { url } = (await response.json()) as { url?: unknown };
      if (typeof url === "string") return url;
    }
  } catch {
    // Our own sign-out must happen whatever ProConnect's state.
  }
  return "/connexion";
}

/**
 * Logging out ends every session of the user (see the signOut event in lib/auth/auth-options.ts).
 * A ProConnect session then goes through ProConnect's end-session endpoint and comes back to
 * /connexion; the destination is asked for before signOut, which erases the session it is read from.
 */
export function SignOutButton() {
  async function onClick() {
    const destination = await findSignOutDestination();
    await signOut({ redirect: false });
    window.location.assign(destination);
  }
  return (
    <button type="button" className="fr-btn fr-icon-logout-box-r-line" onClick={() => void onClick()}>
      Se déconnecter
    </button>
  );
}
