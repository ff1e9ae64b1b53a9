"use client";

import { useEffect, useRef, type ReactNode } from "react";

const FOCUS_REQUEST = "ti-pilotage:focus-report-state";

/** Called by a form before the page refreshes into the report's new state (its form is gone then). */
export function requestReportStateFocus(): void {
  sessionStorage.setItem(FOCUS_REQUEST, "1");
}

/**
 * Where the report stands, said at the top of the page. After a submission or a ruling the form
 * that had the focus disappears: this alert takes the focus instead, so that keyboard and screen
 * reader users hear the outcome rather than land on the page's body.
 */
export function ReportStateAlert({
  severity,
  children,
}: {
  severity: "info" | "success" | "warning";
  children: ReactNode;
}) {
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sessionStorage.getItem(FOCUS_REQUEST)) {
      sessionStorage.removeItem(FOCUS_REQUEST);
      alert.current?.focus();
    }
  }, []);
  return (
    <div ref={alert} tabIndex={-1} className={`fr-alert fr-alert--${severity} fr-mb-4w`} role="status">
      {children}
    </div>
  );
}
