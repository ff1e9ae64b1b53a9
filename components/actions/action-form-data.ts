const rowField = /^(fundingLines|indicators)\.(\d+)\.(\w+)$/;

/**
 * The action input from the form's fields: scalar fields by name, pilots as the checked boxes, and
 * funding lines and indicators from their numbered row fields ("fundingLines.0.funderCode").
 */
export function buildActionInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const rows: Record<"fundingLines" | "indicators", Record<string, string>[]> = { fundingLines: [], indicators: [] };
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || key === "pilotIds") continue;
    const [, list, index, field] = rowField.exec(key) ?? [];
    if (list && index && field) (rows[list as keyof typeof rows][Number(index)] ??= {})[field] = value;
    else input[key] = value;
  }
  input.pilotIds = formData.getAll("pilotIds").filter((value) => typeof value === "string");
  // Removed rows leave no gap: the fields are renumbered on every render.
  input.fundingLines = rows.fundingLines.filter(Boolean);
  input.indicators = rows.indicators.filter(Boolean);
  return input;
}
