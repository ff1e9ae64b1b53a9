/** The outlines' source, as their licence asks it to be shown beside the map (Licence Ouverte). */
export const GEO_ATTRIBUTION = "Source : IGN – Admin Express COG 2018, Licence Ouverte";
