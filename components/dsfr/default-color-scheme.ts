import type { DefaultColorScheme } from "@codegouvfr/react-dsfr/next-app-router";

// Light by default: officials often print and project dashboards; users can still switch.
export const defaultColorScheme: DefaultColorScheme = "light";
