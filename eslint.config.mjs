// One lint configuration for every workspace; each workspace runs `eslint .` against it.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/generated/**", "**/node_modules/**", "**/.data/**", "**/*.graphql"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "off",
      // Configuration is read and validated once per service in env.ts.
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration through the service's env.ts.",
        },
      ],
    },
  },
  {
    files: ["**/env.ts", "**/test/**", "**/*.config.*", "infra/src/**", "packages/testkit/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
