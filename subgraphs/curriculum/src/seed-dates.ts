/** Parses a dataset timestamp, naming the row when it is not one (new Date() would fail later, namelessly). */
export function seedDate(value: string, what: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new Error(`seed: ${what} is not a valid timestamp: ${JSON.stringify(value)}`);
  return date;
}
