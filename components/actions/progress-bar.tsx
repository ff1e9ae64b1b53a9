import { formatPercent } from "@/lib/format";

/**
 * Avancement as a bar drawn with DSFR colour tokens, with its value written next to it: the text
 * is what assistive technologies read, the bar is decoration.
 */
export function ProgressBar({ value, size = "md" }: { value: number; size?: "sm" | "md" }) {
  const clamped = Math.min(100, Math.max(0, value));
  const height = size === "sm" ? "0.375rem" : "0.75rem";
  return (
    <span style={{ display: "flex", alignItems: "center", gap: "0.5rem", minWidth: size === "sm" ? "6rem" : "12rem" }}>
      <span
        aria-hidden="true"
        style={{
          flex: 1,
          height,
          borderRadius: height,
          background: "var(--background-contrast-grey)",
          overflow: "hidden",
          display: "block",
        }}
      >
        <span
          style={{
            display: "block",
            width: `${clamped}%`,
            height: "100%",
            background: "var(--background-action-high-blue-france)",
          }}
        />
      </span>
      <span style={{ whiteSpace: "nowrap" }}>{formatPercent(value)}</span>
    </span>
  );
}
