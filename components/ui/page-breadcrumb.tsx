import { randomUUID } from "node:crypto";
import { Breadcrumb, type BreadcrumbProps } from "@codegouvfr/react-dsfr/Breadcrumb";

/**
 * The DSFR breadcrumb, remounted on every server render: its "Voir le fil d'Ariane" button is run by
 * the DSFR's JavaScript, which binds to the DOM nodes it finds and changes their attributes. Reused
 * by React across a client-side navigation or a refresh (after recording a point, say), the nodes
 * fell out of step with the DSFR and the button no longer unfolded the breadcrumb on a phone. A key
 * of its own for each render gives the DSFR fresh nodes every time.
 */
export function PageBreadcrumb(props: BreadcrumbProps) {
  return <Breadcrumb key={randomUUID()} {...props} />;
}
