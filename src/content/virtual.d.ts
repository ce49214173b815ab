declare module 'virtual:dokhae/article' {
  /** The compiled article (src/content/model.ts); typed by src/content/article.ts. */
  const article: unknown;
  export default article;
}

declare module 'virtual:dokhae/details' {
  /** The article's details as JSON text in slices (src/content/detailsSlices.ts). */
  const details: import('./detailsSlices').SerializedDetails;
  export default details;
}
