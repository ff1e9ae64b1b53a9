"use client";

import { DsfrProviderBase, type DsfrProviderProps, StartDsfrOnHydration } from "@codegouvfr/react-dsfr/next-app-router";
import Link from "next/link";
import { defaultColorScheme } from "./default-color-scheme";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

export function DsfrProvider(props: Omit<DsfrProviderProps, "Link">) {
  return <DsfrProviderBase {...props} Link={Link} defaultColorScheme={defaultColorScheme} />;
}

export { StartDsfrOnHydration };
