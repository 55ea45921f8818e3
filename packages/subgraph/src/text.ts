import { badUserInput } from "./errors";

/** Longest free text (a note, a summary) a workflow step keeps. */
export const MAX_TEXT_LENGTH = 2000;

/** Trimmed text, or null when blank: for text whose limits its input class declares (TextField). */
export function cleanText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

/** Trimmed text, or null when blank; BAD_USER_INPUT on `field` when longer than `max`. */
export function optionalText(
  value: string | null | undefined,
  field: string,
  max = MAX_TEXT_LENGTH,
): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.length > max) throw badUserInput(`${field} is longer than ${max} characters`, field);
  return text;
}

/** As optionalText, but blank is BAD_USER_INPUT too: the record would not say what it is about. */
export function requiredText(
  value: string | null | undefined,
  field: string,
  max = MAX_TEXT_LENGTH,
): string {
  const text = optionalText(value, field, max);
  if (text === null) throw badUserInput(`${field} must not be blank`, field);
  return text;
}
