import { Header } from "@codegouvfr/react-dsfr/Header";

export function SiteHeader() {
  return (
    <Header
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      serviceTitle="TI Pilotage"
      serviceTagline="Le tableau de bord des Territoires d'industrie"
      homeLinkProps={{ href: "/", title: "Accueil - TI Pilotage" }}
      navigation={[{ text: "Territoires", linkProps: { href: "/" }, isActive: true }]}
    />
  );
}
