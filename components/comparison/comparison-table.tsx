import Link from "next/link";
import type { ReactNode } from "react";

/** DSFR table markup with a caption: the accessible alternative of every comparison chart. */
export function ComparisonTable({ caption, hint, children }: { caption: string; hint?: string; children: ReactNode }) {
  return (
    <div className="fr-table fr-table--no-scroll fr-mb-2w">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>
                {caption}
                {hint && <span className="fr-hint-text">{hint}</span>}
              </caption>
              {children}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

/** A row's header: a link to the territory's dashboard or the region's comparison (same filters). */
export function UnitRowHeader({ name, href }: { name: string; href: string }) {
  return (
    <th scope="row">
      <Link href={href} className="fr-link">
        {name}
      </Link>
    </th>
  );
}
