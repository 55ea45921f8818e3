// One lint configuration for the whole tree: `npm run lint` (and `npm run check`) runs one ESLint
// over all of it (a third of the CPU of one ESLint per workspace: the TypeScript programs share
// their library files); `eslint .` inside a workspace lints that workspace alone.
// TypeScript is linted with typescript-eslint's type-checked rules: the ones that catch what a
// reviewer would otherwise have to (a floating promise, a needless cast, `any` leaking through).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/generated/**", "**/node_modules/**", "**/.data/**", "**/*.graphql"],
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each workspace's tsconfig.json is found from the file linted; configuration files at a
        // workspace's root are in no project and are checked against the defaults.
        projectService: { allowDefaultProject: ["*.mjs", "*.config.ts", "codegen.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // `any` only where a comment says why (an eslint-disable-next-line with its reason).
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      "@typescript-eslint/no-misused-promises": "error",
      // Off: an async function without `await` is how this code meets interfaces that want a
      // Promise back (Apollo plugin hooks, MikroORM migrations, seed steps). A promise nobody
      // awaits is what matters, and no-floating-promises / no-misused-promises catch that.
      "@typescript-eslint/require-await": "off",
      // Off: MikroORM's `Opt` brand on entity columns (`status: WarningStatus & Opt`) makes every
      // comparison with the enum's own members look unsafe to this rule; TypeScript itself already
      // refuses a comparison between types that do not overlap.
      "@typescript-eslint/no-unsafe-enum-comparison": "off",
      "no-duplicate-imports": ["error", { allowSeparateTypeImports: true }],
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
    // Plain JavaScript (configuration files) has no types to check against.
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Where reading the environment is the point: services' env.ts, tests, tooling.
    files: [
      "**/env.ts",
      "**/test/**",
      "**/*.config.*",
      "codegen.ts",
      "infra/src/**",
      "packages/testkit/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
);
