/** FormData to a plain object for the zod schemas: repeated fields (checkboxes) become arrays. */
export function formDataToObject(formData: FormData, arrayFields: readonly string[] = []): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((value): value is string => typeof value === "string");
    result[key] = arrayFields.includes(key) || values.length > 1 ? values : values[0];
  }
  for (const field of arrayFields) result[field] ??= [];
  return result;
}
