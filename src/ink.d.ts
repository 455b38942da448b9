/* eslint-disable @typescript-eslint/consistent-type-imports -- an ambient module declaration cannot use top-level imports */
// `import story from './story.ink'` (see src/vite/attune-plugin.ts).
declare module '*.ink' {
  const story: import('./ink/compile.js').CompiledStory;
  export default story;
  export const diagnostics: import('./diagnostics.js').Diagnostic[];
}
