// `import strings from 'kb-strings:<prefix>'`: a subset of src/i18n/zh-CN.json (see src/integrations/vite-ui-strings.ts).
declare module 'kb-strings:*' {
  const strings: Record<string, string>;
  export default strings;
}
