// How a map class is drawn: the DSFR's blue-france scale, light to dark, each class with its own
// pattern so that colour is never the only cue (RGAA 3.1), and a class of its own for "nothing to
// measure". The patterns are SVG <pattern>s defined once per map.

type ClassStyle = { fill: string; pattern: "none" | "dots" | "diagonal" | "crosshatch"; ink: string };

export const classStyles: ClassStyle[] = [
  { fill: "#e3e3fd", pattern: "none", ink: "#000091" },
  { fill: "#cacafb", pattern: "dots", ink: "#000091" },
  { fill: "#6a6af4", pattern: "diagonal", ink: "#ffffff" },
  { fill: "#000091", pattern: "crosshatch", ink: "#ffffff" },
];

export const noValueStyle: ClassStyle = { fill: "#ffffff", pattern: "diagonal", ink: "#929292" };

export function classFill(prefix: string, index: number | null): string {
  const style = index === null ? noValueStyle : classStyles[index]!;
  return style.pattern === "none" ? style.fill : `url(#${prefix}-${index ?? "vide"})`;
}

/** The patterns of every class, for the map and its legend (a url(#…) fill reaches any SVG of the page). */
export function MapPatterns({ prefix }: { prefix: string }) {
  const entries: [string, ClassStyle][] = [
    ...classStyles.map((style, index): [string, ClassStyle] => [String(index), style]),
    ["vide", noValueStyle],
  ];
  return (
    <defs>
      {entries
        .filter(([, style]) => style.pattern !== "none")
        .map(([key, style]) => (
          <pattern key={key} id={`${prefix}-${key}`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={style.fill} />
            {style.pattern === "dots" && <circle cx="4" cy="4" r="1.4" fill={style.ink} />}
            {style.pattern === "diagonal" && (
              <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={style.ink} strokeWidth="1.5" />
            )}
            {style.pattern === "crosshatch" && <path d="M0,0 l8,8 M8,0 l-8,8" stroke={style.ink} strokeWidth="1.25" />}
          </pattern>
        ))}
    </defs>
  );
}
