/** The compiled article the page receives: already validated, no parsing left to do. */
import type { ArticleMeta, Block } from './types';

export interface Article {
  slug: string;
  meta: ArticleMeta;
  blocks: Block[];
}
