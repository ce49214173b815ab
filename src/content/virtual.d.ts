declare module 'virtual:dokhae/article' {
  /** The compiled article (src/content/model.ts); typed by src/content/article.ts. */
  const article: unknown;
  export default article;
}
