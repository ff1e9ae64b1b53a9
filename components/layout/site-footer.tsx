import { Footer } from "@codegouvfr/react-dsfr/Footer";

export function SiteFooter() {
  return (
    <Footer
      accessibility="non compliant"
      contentDescription="TI Pilotage permet aux comités de pilotage des Territoires d'industrie de suivre leurs actions et leur avancement, levier par levier."
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      homeLinkProps={{ href: "/", title: "Accueil - TI Pilotage" }}
    />
  );
}
