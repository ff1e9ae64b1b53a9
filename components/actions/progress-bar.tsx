import { formatPercent } from "@/lib/format";
import "./progress-bar.css";

/**
 * Avancement as a bar drawn with DSFR colour tokens, with its value written next to it: the text
 * is what assistive technologies read, the bar is decoration.
 */
export function ProgressBar({ value, size = "md" }: { value: number; size?: "sm" | "md" }) {
  const clamped = Math.min(100, Math.max(0, value));
  return (
    <span className={size === "sm" ? "ti-progress ti-progress--sm" : "ti-progress"}>
      <span aria-hidden="true" className="ti-progress__track">
        <span className="ti-progress__fill" style={{ width: `${clamped}%` }} />
      </span>
      <span className="ti-progress__value">{formatPercent(value)}</span>
    </span>
  );
}
