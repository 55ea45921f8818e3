import { pinyin } from "pinyin-pro";

/** How a name is spelled in pinyin, for sorting (full, syllables apart) and searching (initials). */
export interface NameSpelling {
  /** Lowercase toneless syllables separated by one space ("zhang san"): sorts as a dictionary does. */
  pinyin: string;
  /** The first letter of each syllable ("zs"). */
  initials: string;
}

/**
 * Spells a name with pinyin-pro in surname mode, so the family name reads as a family name does
 * (曾 zeng, 单 shan, 解 xie, 仇 qiu), not as the character's most common reading. Letters and
 * digits in a name stay as they are, lowercased.
 */
export function spellName(name: string): NameSpelling {
  const syllables = pinyin(name.trim(), {
    toneType: "none",
    type: "array",
    mode: "surname",
    nonZh: "consecutive",
    v: true,
  })
    .flatMap((s) => s.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  return { pinyin: syllables.join(" "), initials: syllables.map((s) => s[0]).join("") };
}
