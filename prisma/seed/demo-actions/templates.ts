import type { LeverCode } from "../../reference/territories";
import { ATTRACTIVITE } from "./templates-attractivite";
import { CAMPUS, COMPETENCES } from "./templates-competences";
import { INFRASTRUCTURES, WASTELAND } from "./templates-infrastructures";
import type { ActionTemplate } from "./types";

/**
 * Per lever: the templates every territory gets, the pool the others are drawn from, and how many
 * actions a territory has on the lever (between the two numbers).
 */
export const leverTemplates: Record<
  LeverCode,
  { always: readonly ActionTemplate[]; pool: readonly ActionTemplate[]; count: readonly [number, number] }
> = {
  COMPETENCES: { always: [CAMPUS], pool: COMPETENCES, count: [4, 5] },
  ATTRACTIVITE: { always: [], pool: ATTRACTIVITE, count: [3, 4] },
  INFRASTRUCTURES: { always: [WASTELAND], pool: INFRASTRUCTURES, count: [4, 4] },
};
