declare module 'virtual:dokhae/article' {
  /** The compiled article (src/content/model.ts); typed by src/content/article.ts. */
  const article: unknown;
  export default article;
}

declare module 'virtual:dokhae/details' {
  /** The article's details (src/content/model.ts); typed by src/content/details.ts. */
  const details: unknown;
  export default details;
}
