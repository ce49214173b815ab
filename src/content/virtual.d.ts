declare module 'virtual:dokhae/article' {
  import type { Article } from './model';
  const article: Article;
  export default article;
}
