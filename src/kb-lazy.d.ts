// `import load from 'kb-lazy:./module'`: loads ./module on demand (see src/integrations/vite-lazy-chunk.ts).
declare module 'kb-lazy:*' {
  const load: () => Promise<unknown>;
  export default load;
}
