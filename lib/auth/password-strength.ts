import "server-only";
import { AppError } from "@/lib/errors";
import { isCommonPassword } from "./password";
import { PASSWORD_MESSAGES } from "./password-policy";

/**
 * The common-password list is server-only (hundreds of kilobytes), so forms validate the length
 * rules and mutations call this before storing a new password.
 */
export async function assertStrongPassword(password: string, field: string): Promise<void> {
  if (isCommonPassword(password)) {
    throw new AppError("VALIDATION", undefined, { [field]: [PASSWORD_MESSAGES.tooCommon] });
  }
}
