import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";

/**
 * The accessible alternative of every comparison chart. On a phone a wide comparison scrolls in its
 * own (focusable) container rather than widening the page.
 */
export function ComparisonTable({ caption, hint, children }: { caption: string; hint?: string; children: ReactNode }) {
  return (
    <DataTable
      multiline
      className="fr-mb-2w"
      caption={
        <>
          {caption}
          {hint && <span className="fr-hint-text">{hint}</span>}
        </>
      }
    >
      {children}
    </DataTable>
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
