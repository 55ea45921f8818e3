/**
 * The arguments an ICU message needs, read from its text by the type checker, so that
 * `t("list.count", { count: 3 })` compiles and `t("list.count")`, `t("list.count", { n: 3 })` or
 * `t("list.count", { count: "3" })` do not.
 *
 * - `{name}` takes a string: a number in a plain argument would be shown unformatted, so numbers
 *   go through `{n, number}`, `{n, number, year}` or `{n, plural, ...}`, which take a number;
 * - `{d, date, ...}` and `{d, time, ...}` take a `Date` (or epoch milliseconds);
 * - `{x, select, ...}` takes a string.
 *
 * The reading is deliberately simple: every `{` opens either an argument (`{name` followed by `}`
 * or `,`) or a plural/select branch, whose text has a space or `#` in it and is skipped. So a
 * branch must not be a single bare word (`one {warning}`: write `one {# warning}` or
 * `one {one warning}`), and the checks in test/i18n.test.ts compare this with the real parser.
 */
export type MessageArgs<S extends string> = S extends `${string}{${infer Body}`
  ? ArgumentAt<Body> & MessageArgs<Body>
  : unknown;

/** The argument whose text starts at `Body` (just after a `{`), if it is one. */
type ArgumentAt<Body extends string> = Body extends `${infer Head}}${string}`
  ? Head extends `${infer Name},${infer Kind}`
    ? Argument<Name, ValueOf<Kind>>
    : Argument<Head, string>
  : unknown;

type Argument<Name extends string, Value> = Name extends
  "" | `${string}${" " | "#" | "{" | "'" | "="}${string}`
  ? unknown
  : { [N in Name]: Value };

type ValueOf<Kind extends string> =
  Kind extends ` ${"plural" | "selectordinal" | "number"}${string}`
    ? number
    : Kind extends ` ${"date" | "time"}${string}`
      ? Date | number
      : string;
