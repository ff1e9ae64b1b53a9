import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/dsfr-head";
import { DsfrProvider } from "@/components/dsfr/dsfr-provider";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

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
