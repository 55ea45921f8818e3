// The house format. Prettier's defaults except the line width: 100 columns fits a GraphQL
// resolver signature with its decorators on one line and still reads on a laptop split screen.
/** @type {import("prettier").Config} */
const config = {
  printWidth: 100,
  // Markdown keeps the author's line breaks: docs and issue notes are reviewed as prose.
  proseWrap: "preserve",
};

export default config;
