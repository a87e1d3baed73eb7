// Components authors may use in MDX without importing them; pages pass this map to <Content>.
import Item from './Item.astro';

export const mdxComponents = { Item };
