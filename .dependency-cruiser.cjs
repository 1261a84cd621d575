/** DESIGN §2: dependencies point inward, and each SDK stays inside its adapter folder. */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "domain/ holds pure rules: no I/O, no SDKs, nothing from outer layers",
      severity: "error",
      from: { path: "^src/domain" },
      to: { pathNot: ["^src/domain", "^node_modules/zod"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "use-cases-see-ports-only",
      comment: "use cases depend on domain and ports, never on adapters or delivery layers",
      severity: "error",
      from: { path: "^src/use-cases" },
      to: { path: "^src/(adapters|bot|http|dispatch|tab|main)" },
    },
    {
      name: "ports-are-interfaces",
      severity: "error",
      from: { path: "^src/ports" },
      to: { path: "^src/(adapters|bot|http|dispatch|use-cases|tab)" },
    },
    {
      name: "botbuilder-stays-in-its-adapter",
      comment: "botbuilder is archived upstream: keep it where a move to the Agents SDK touches nothing else",
      severity: "error",
      from: { pathNot: ["^src/bot", "^src/adapters/bot-framework", "^src/main.ts"] },
      to: { path: "node_modules/(botbuilder|botframework-)" },
    },
    {
      name: "azure-sdk-stays-in-adapters",
      severity: "error",
      from: { pathNot: ["^src/adapters/azure-", "^src/adapters/azurite", "^src/main.ts"] },
      to: { path: "node_modules/@azure/" },
    },
    {
      name: "teams-js-only-in-tab",
      severity: "error",
      from: { pathNot: "^src/tab" },
      to: { path: "node_modules/@microsoft/teams-js" },
    },
    {
      name: "only-main-constructs-adapters",
      comment: "adapters are wired in the composition root only",
      severity: "error",
      from: { path: "^src/(use-cases|domain|bot|http|dispatch)" },
      to: { path: "^src/adapters/(azure-|memory|graph|azurite)", dependencyTypesNot: ["type-only"] },
    },
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
    exclude: { path: "^src/tab" },
  },
};
