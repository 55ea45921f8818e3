/**
 * How the web app shows a term (学期): the API's campus calendar (`campusCalendar`) says which
 * terms are current and previous; this only reads a term's parts for its label. A term is
 * "<y>-<y+1>-1" (autumn, September to February) or "<y>-<y+1>-2" (spring, March to August).
 */
const TERM = /^(\d{4})-(\d{4})-([12])$/;

/** The parts of a term: its academic years and whether it is the autumn (1) or spring (2) term. */
export function termParts(term: string): { from: number; to: number; half: 1 | 2 } | null {
  const match = TERM.exec(term);
  if (!match) return null;
  return { from: Number(match[1]), to: Number(match[2]), half: match[3] === "1" ? 1 : 2 };
}
