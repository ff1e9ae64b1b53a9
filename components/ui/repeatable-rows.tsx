"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ReactNode } from "react";
import { useRows } from "./use-rows";

type Props<Row> = {
  initialRows: readonly Row[];
  /** What "add" appends. */
  emptyRow: Row;
  /** The id of a row's first field, which receives the focus when the row is added. */
  firstFieldId: (key: number) => string;
  /** The row's name in its legend and on its "remove" button, e.g. "Financement 2". */
  rowName: (index: number) => string;
  /** The same for the remove button's screen-reader text, e.g. "le financement 2". */
  removeLabel: (index: number) => string;
  emptyText: string;
  addLabel: string;
  /** Errors about the list as a whole (not about one of its fields). */
  listErrors?: string[];
  /** The row's fields; `key` is stable across additions and removals, `index` numbers the field names. */
  children: (row: Row & { key: number }, index: number) => ReactNode;
};

/**
 * A list of fieldsets a person adds and removes (an action's funding lines, its indicators): the
 * DSFR fieldset per row, the remove and add buttons, and the focus handling of useRows.
 */
export function RepeatableRows<Row>({
  initialRows,
  emptyRow,
  firstFieldId,
  rowName,
  removeLabel,
  emptyText,
  addLabel,
  listErrors,
  children,
}: Props<Row>) {
  const { rows, addButton, add, remove } = useRows(initialRows, firstFieldId);
  return (
    <>
      {rows.length === 0 && <p className="fr-text--sm">{emptyText}</p>}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="fr-fieldset fr-mb-2w">
          <legend className="fr-fieldset__legend fr-text--bold">{rowName(index)}</legend>
          {children(row, index)}
          <div className="fr-fieldset__element">
            <Button
              type="button"
              priority="tertiary"
              size="small"
              iconId="fr-icon-delete-line"
              onClick={() => remove(row.key)}
            >
              Retirer<span className="fr-sr-only"> {removeLabel(index)}</span>
            </Button>
          </div>
        </fieldset>
      ))}
      {listErrors && <p className="fr-error-text">{listErrors.join(" ")}</p>}
      <Button
        ref={addButton}
        type="button"
        priority="secondary"
        iconId="fr-icon-add-line"
        onClick={() => add(emptyRow)}
      >
        {addLabel}
      </Button>
    </>
  );
}
