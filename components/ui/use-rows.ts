"use client";

import { useEffect, useRef, useState } from "react";

type Keyed<T> = T & { key: number };

/**
 * Rows a person adds and removes (funding lines, indicators). Each row keeps a stable key so that
 * removing one keeps what was typed in the others; focus follows the change for keyboard users:
 * to the first field of an added row, to the "add" button after a removal.
 */
export function useRows<T>(initial: readonly T[], firstFieldId: (key: number) => string) {
  const [rows, setRows] = useState<Keyed<T>[]>(() => initial.map((row, key) => ({ ...row, key })));
  const nextKey = useRef(initial.length);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<{ key: number } | "add" | null>(null);

  useEffect(() => {
    if (focusTarget === "add") addButton.current?.focus();
    else if (focusTarget) document.getElementById(firstFieldId(focusTarget.key))?.focus();
  }, [focusTarget, firstFieldId]);

  return {
    rows,
    addButton,
    add(row: T) {
      const key = nextKey.current++;
      setRows((current) => [...current, { ...row, key }]);
      setFocusTarget({ key });
    },
    remove(key: number) {
      setRows((current) => current.filter((row) => row.key !== key));
      setFocusTarget("add");
    },
  };
}
