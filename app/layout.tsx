import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/dsfr-head";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/dsfr-provider";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "TI Pilotage", template: "%s - TI Pilotage" },
  description: "Le tableau de bord de pilotage des Territoires d'industrie.",
};

const lang = "fr";

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Set by proxy.ts; the DSFR asserts a nonce is never an empty string, hence `|| undefined`.
  const nonce = (await headers()).get("x-nonce") || undefined;
  return (
    <html {...getHtmlAttributes({ lang })}>
      <head>
        <DsfrHead preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} nonce={nonce} />
      </head>
      <body>
        <DsfrProvider lang={lang} doCheckNonce>
          {/* Starts the DSFR's own JavaScript (header menu, breadcrumb, password toggle, modals). */}
          <StartDsfrOnHydration />
          <SkipLinks
            links={[
              { label: "Contenu", anchor: "#contenu" },
              { label: "Pied de page", anchor: "#fr-footer" },
            ]}
          />
          <SiteHeader />
          <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
            {children}
          </main>
          <SiteFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}
