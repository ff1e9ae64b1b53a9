// A year of monthly points d'avancement for one demo action, ending at its current status, so that
// month-by-month progress charts have a believable shape. Months are offsets from "today".
import type { ActionStatusCode } from "../../reference/action-reference";
import type { LeverCode } from "../../reference/territories";
import * as comments from "./comments";
import type { Random } from "./random";

export type TimelineStep = {
  date: string;
  progress: number;
  statusCode: ActionStatusCode;
  comment: string;
  authorId: string | null;
};

export type Timeline = {
  plannedStartDate: string;
  plannedEndDate: string;
  statusCode: ActionStatusCode;
  progress: number;
  steps: TimelineStep[];
};

export type TimelineInput = {
  statusCode: ActionStatusCode;
  /** Planned end in the past while the action is still open. */
  late: boolean;
  lever: LeverCode;
  /** The action's pilots, who write its points d'avancement in turn. */
  authorIds: readonly string[];
  today: string;
};

type Step = Omit<TimelineStep, "date" | "authorId"> & { month: number };

function dayOf(today: string, monthOffset: number, day: number): string {
  const [year, month] = today.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1 + monthOffset, day)).toISOString().slice(0, 10);
}

const monthStart = (today: string, offset: number) => dayOf(today, offset, 1);
const monthEnd = (today: string, offset: number) => dayOf(today, offset + 1, 0);
const roundTo5 = (value: number) => Math.round(value / 5) * 5;
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Non-decreasing values in steps of 5 from `from` to exactly `to`, slow or fast at the start. */
function ramp(random: Random, count: number, from: number, to: number): number[] {
  const curve = random.between(0.75, 1.35);
  const values: number[] = [];
  let previous = from;
  for (let index = 1; index <= count; index++) {
    const ideal = from + (to - from) * Math.pow(index / count, curve);
    const value = index === count ? to : Math.min(to, Math.max(previous, roundTo5(ideal + random.between(-4, 4)), 5));
    values.push(value);
    previous = value;
  }
  return values;
}

/**
 * Picks comments without repeating one within an action. With `inOrder`, one of the first two unused
 * comments of the list: the progress lists are in the order things happen (study before works).
 */
function commentPicker(random: Random) {
  const used = new Set<string>();
  return (pools: (readonly string[])[], inOrder = false): string => {
    const fresh = pools.map((pool) => pool.filter((text) => !used.has(text))).find((pool) => pool.length > 0);
    const candidates = fresh ?? pools[pools.length - 1]!;
    const text = inOrder ? candidates[random.int(0, Math.min(1, candidates.length - 1))]! : random.pick(candidates);
    used.add(text);
    return text.replace("{n}", String(random.int(6, 40)));
  };
}

/** Working months, some skipped (no committee that month) but never the first or the last two. */
function workingMonths(random: Random, from: number, to: number): number[] {
  return range(from, to).filter((month, index, all) => index < 1 || index >= all.length - 2 || !random.chance(0.1));
}

export function buildTimeline(random: Random, input: TimelineInput): Timeline {
  const { statusCode, late, lever, today } = input;
  const comment = commentPicker(random);
  const committeeDay = random.int(4, 24);
  // The current month counts only once its committee day (at the latest) has passed.
  const last = dayOf(today, 0, committeeDay + 3) <= today ? 0 : -1;
  const steps: Step[] = [];

  const rampSteps = (months: number[], target: number) => {
    const values = ramp(random, months.length, 0, target);
    months.forEach((month, index) => {
      const progress = values[index]!;
      const phase = progress < 30 ? "early" : progress < 70 ? "middle" : "late";
      const text =
        index === 0
          ? comment([comments.launchComments])
          : comment([comments.progressComments[lever][phase], comments.steadyComments], true);
      steps.push({ month, progress, statusCode: "EN_COURS", comment: text });
    });
  };
  const validated = (month: number) =>
    steps.push({ month, progress: 0, statusCode: "A_VENIR", comment: comment([comments.validatedComments]) });

  let plannedStart: number;
  let plannedEnd: number;
  if (statusCode === "A_VENIR") {
    plannedStart = random.int(1, 4);
    plannedEnd = plannedStart + random.int(8, 20);
    const count = random.int(2, 4);
    validated(last - count + 1);
    // "À venir" means not started: its progress stays at 0 % (lib/actions/status-rules.ts).
    for (const month of range(last - count + 2, last)) {
      steps.push({ month, progress: 0, statusCode, comment: comment([comments.upcomingComments]) });
    }
  } else if (statusCode === "REALISEE") {
    const start = -random.int(13, 18);
    const done = -random.int(1, 6);
    plannedStart = start + 1;
    plannedEnd = done + random.int(-1, 2);
    validated(start);
    rampSteps(workingMonths(random, start + 1, done - 1), roundTo5(random.int(80, 95)));
    steps.push({ month: done, progress: 100, statusCode, comment: comment([comments.doneComments]) });
  } else if (statusCode === "ABANDONNEE") {
    const start = -random.int(11, 14);
    const abandoned = -random.int(2, 5);
    const progress = roundTo5(random.int(10, 35));
    plannedStart = start + 1;
    plannedEnd = random.int(1, 8);
    validated(start);
    rampSteps(workingMonths(random, start + 1, abandoned - 1), progress);
    steps.push({ month: abandoned, progress, statusCode, comment: comment([comments.abandonedComments]) });
  } else if (statusCode === "BLOQUEE" || statusCode === "EN_PAUSE") {
    const start = -random.int(11, 15);
    const stopped = last - random.int(0, 3);
    const progress = roundTo5(random.int(20, 60));
    plannedStart = start + 1;
    plannedEnd = late ? -random.int(1, 3) : random.int(2, 10);
    validated(start);
    rampSteps(workingMonths(random, start + 1, stopped - 1), progress);
    const [first, again] =
      statusCode === "BLOQUEE"
        ? [comments.blockedComments[lever], comments.stillBlockedComments]
        : [comments.pausedComments, comments.stillPausedComments];
    for (const month of range(stopped, last)) {
      steps.push({ month, progress, statusCode, comment: comment([month === stopped ? first : again]) });
    }
  } else {
    const start = -random.int(11, 15);
    plannedStart = start + 1;
    plannedEnd = late ? -random.int(1, 5) : random.int(2, 14);
    // Progress roughly follows the elapsed share of the planned duration; late actions are near the end.
    const elapsed = (last - start) / Math.max(plannedEnd - start, last - start + 1);
    const target = late
      ? roundTo5(random.int(55, 90))
      : Math.min(90, Math.max(15, roundTo5(100 * elapsed * random.between(0.65, 1.05))));
    validated(start);
    rampSteps(workingMonths(random, start + 1, last), target);
    if (steps.length >= 7 && random.chance(0.15)) {
      // A rare setback: the committee revised an estimate downwards once.
      const index = random.int(3, steps.length - 2);
      const step = steps[index]!;
      step.progress = Math.max(0, steps[index - 1]!.progress - 5 * random.int(1, 2));
      step.comment = comment([comments.setbackComments]);
    }
    if (late) steps[steps.length - 1]!.comment = comment([comments.lateComments]);
  }

  const final = steps[steps.length - 1]!;
  return {
    plannedStartDate: monthStart(today, plannedStart),
    plannedEndDate: monthEnd(today, plannedEnd),
    statusCode: final.statusCode,
    progress: final.progress,
    steps: steps.map(({ month, ...step }, index) => ({
      ...step,
      date: dayOf(today, month, Math.min(28, Math.max(1, committeeDay + random.int(-3, 3)))),
      authorId: input.authorIds.length ? input.authorIds[index % input.authorIds.length]! : null,
    })),
  };
}
