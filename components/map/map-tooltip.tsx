"use client";

import { useState, type FocusEvent, type PointerEvent, type ReactNode } from "react";

type Tip = { text: string; left: number; top: number };

/**
 * Shows the name and figure of the shape under the pointer or keyboard focus beside it. An
 * enhancement only: each shape's link already carries the same words as its accessible name and
 * its SVG title, and the table beside the map has every figure; the tooltip is hidden from
 * assistive technologies so that nothing is read twice.
 */
export function MapTooltip({ children }: { children: ReactNode }) {
  const [tip, setTip] = useState<Tip | null>(null);
  const show = (event: PointerEvent | FocusEvent) => {
    const shape = (event.target as Element).closest<SVGElement>("[data-tip]");
    if (!shape) return setTip(null);
    setTip({
      text: shape.dataset.tip ?? "",
      left: Number(shape.dataset.tipX ?? 0),
      top: Number(shape.dataset.tipY ?? 0),
    });
  };
  return (
    <div
      className="ti-map__frame"
      onPointerOver={show}
      onFocus={show}
      onPointerLeave={() => setTip(null)}
      onBlur={() => setTip(null)}
    >
      {children}
      {tip && (
        <div className="ti-map__tip" aria-hidden="true" style={{ left: `${tip.left}%`, top: `${tip.top}%` }}>
          {tip.text}
        </div>
      )}
    </div>
  );
}
