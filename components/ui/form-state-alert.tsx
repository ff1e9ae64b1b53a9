"use client";

import { useEffect, useRef } from "react";
import { FormAlert } from "./form-alert";
import type { FormState } from "./form-state";

/**
 * A form's outcome. It takes the focus when it appears: the submit button is disabled while the
 * form is sent, and a disabled button drops the focus to the page's body, where keyboard and screen
 * reader users would lose their place.
 */
export function FormStateAlert({ state }: { state: FormState }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") container.current?.focus();
  }, [state]);
  if (state.status === "idle") return null;
  return (
    <div ref={container} tabIndex={-1}>
      <FormAlert status={state.status} message={state.message} />
    </div>
  );
}
