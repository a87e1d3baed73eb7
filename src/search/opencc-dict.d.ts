// opencc-js ships its dictionaries as plain ES modules without types: each default-exports
// one string of "from to|from to|…" pairs.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
