import { useId, type ReactNode } from "react";

type DataTableProps = {
  caption: ReactNode;
  /** Read by screen readers only (the page already titles the table). */
  hideCaption?: boolean;
  /** Cells wrap instead of widening the table. */
  multiline?: boolean;
  size?: "sm" | "md";
  /** The table takes the width it needs, up to its container's. */
  fitContent?: boolean;
  className?: string;
  /** thead and tbody. */
  children: ReactNode;
};

/**
 * The one DSFR table shell of the application. A table wider than the screen scrolls sideways in
 * its own container: that container is a labelled, focusable region, so that keyboard users can
 * scroll it too (RGAA 7.3 / axe scrollable-region-focusable).
 */
export function DataTable({
  caption,
  hideCaption = false,
  multiline = false,
  size = "md",
  fitContent = false,
  className,
  children,
}: DataTableProps) {
  const captionId = `${useId().replace(/:/g, "")}-legende`;
  const classes = [
    "fr-table",
    hideCaption && "fr-table--no-caption",
    multiline && "fr-table--multiline",
    size === "sm" && "fr-table--sm",
    fitContent && "fr-table--no-scroll",
    className,
  ].filter(Boolean);
  return (
    <div className={classes.join(" ")}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container" role="region" aria-labelledby={captionId} tabIndex={0}>
          <div className="fr-table__content">
            <table>
              <caption id={captionId}>{caption}</caption>
              {children}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
