import "server-only";
import type { z } from "@/lib/validation/zod";
import { AppError, errorMessages, type ErrorCode } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { can, type Operation, type PermissionTarget } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

export type MutationResult<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };

type MutationConfig<Schema extends z.ZodType, T, Target extends PermissionTarget> = {
  schema: Schema;
  operation: Operation;
  /**
   * Loads what the right is checked against from the database (the stored territory of a record,
   * the regions of an account), never from the request. Null means the record does not exist.
   */
  target: (input: z.output<Schema>, user: SessionUser) => Promise<Target | null>;
  /**
   * For the few rights that the table alone does not decide (a decision's responsible person may
   * close it): a pure rule of lib/auth/permissions.ts, used instead of `can(user, operation, target)`.
   */
  authorize?: (user: SessionUser, target: Target) => boolean;
  /** Operation whose scope decides whether a refused caller may know the record exists. */
  visibleWith?: Operation;
  /** Receives the target as loaded, typed as precisely as `target` returns it. */
  handler: (input: z.output<Schema>, user: SessionUser, target: Target) => Promise<T>;
};

/**
 * The target of a change to one's own account (password, notification preferences, ProConnect
 * link): the right every account holds, on no territory; the handler touches the caller's rows only.
 */
export const ownAccountTarget = async (): Promise<PermissionTarget> => ({ regionCodes: [] });

function failure(code: ErrorCode, message?: string, fieldErrors?: Record<string, string[]>): MutationResult<never> {
  return { ok: false, code, message: message ?? errorMessages[code], ...(fieldErrors ? { fieldErrors } : {}) };
}

/**
 * The database's own refusals (a locked relevé, an append-only journal: SQLSTATE 42501 raised by a
 * trigger) arrive when a change raced the lock past the app's checks: a conflict, said plainly.
 */
const LOCKED_RECORD_MESSAGE =
  "Cet élément a été verrouillé entre-temps (relevé de décisions validé, par exemple) : rechargez la page.";

function isLockRefusal(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (/\b42501\b/.test(cause.message)) return true;
  }
  return false;
}

function toFailure(error: unknown, context: string): MutationResult<never> {
  if (error instanceof AppError) return failure(error.code, error.message, error.fieldErrors);
  if (isLockRefusal(error)) return failure("CONFLICT", LOCKED_RECORD_MESSAGE);
  console.error(`[mutation ${context}]`, error);
  return failure("INTERNAL");
}

function parse<Schema extends z.ZodType>(schema: Schema, rawInput: unknown) {
  const parsed = schema.safeParse(rawInput);
  return parsed.success
    ? ({ ok: true, data: parsed.data } as const)
    : ({ ok: false, result: failure("VALIDATION", undefined, fieldErrorsOf(parsed.error)) } as const);
}

/**
 * The one path of every server action and API mutation: session → zod parse → permission check
 * on the stored scope → handler. Nothing runs, and nothing is written, unless all four pass.
 */
export function createMutation<Schema extends z.ZodType, T, Target extends PermissionTarget = PermissionTarget>(
  config: MutationConfig<Schema, T, Target>,
) {
  return async (rawInput: unknown): Promise<MutationResult<T>> => {
    try {
      const user = await getSessionUser();
      if (!user) return failure("UNAUTHENTICATED");
      const parsed = parse(config.schema, rawInput);
      if (!parsed.ok) return parsed.result;
      const target = await config.target(parsed.data, user);
      if (!target) return failure("NOT_FOUND");
      const allowed = config.authorize ? config.authorize(user, target) : can(user, config.operation, target);
      if (!allowed) {
        const visible = can(user, config.visibleWith ?? "territory.read", target);
        return failure(visible ? "FORBIDDEN" : "NOT_FOUND");
      }
      return { ok: true, data: await config.handler(parsed.data, user, target) };
    } catch (error) {
      return toFailure(error, config.operation);
    }
  };
}

/**
 * For the few mutations that happen before there is a session (accepting an invitation): the
 * input carries its own credential, checked by the handler. Same parsing and error handling.
 */
export function createPublicMutation<Schema extends z.ZodType, T>(config: {
  schema: Schema;
  name: string;
  handler: (input: z.output<Schema>) => Promise<T>;
}) {
  return async (rawInput: unknown): Promise<MutationResult<T>> => {
    try {
      const parsed = parse(config.schema, rawInput);
      if (!parsed.ok) return parsed.result;
      return { ok: true, data: await config.handler(parsed.data) };
    } catch (error) {
      return toFailure(error, config.name);
    }
  };
}
