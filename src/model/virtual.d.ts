declare module 'virtual:dokhae/article' {
  /** The compiled article (src/model/model.ts); typed by src/model/article.ts. */
  const article: unknown;
  export default article;
}

declare module 'virtual:dokhae/details' {
  /** The article's details as JSON text in slices (src/model/detailsSlices.ts). */
  const details: import('./detailsSlices').SerializedDetails;
  export default details;
}
