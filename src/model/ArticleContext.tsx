import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useDetails } from './details';
import type {
  Article,
  ArticleDetails,
  CompiledSentence,
  GrammarPattern,
  SentenceDetails,
  Term,
  WordDetail,
} from './model';
import { wordId } from './model';

/** The article and its sentences by id: available from the first render. */
export interface ArticleIndex {
  article: Article;
  sentencesById: ReadonlyMap<string, CompiledSentence>;
}

export interface FoundWord {
  word: WordDetail;
  sentence: CompiledSentence;
  details: SentenceDetails;
}

/** The details and their lookups: available once loaded (right after the first paint). */
export interface DetailsIndex {
  details: ArticleDetails;
  termsById: ReadonlyMap<string, Term>;
  patternsById: ReadonlyMap<string, GrammarPattern>;
  wordsById: ReadonlyMap<string, FoundWord>;
}

export function indexArticle(article: Article): ArticleIndex {
  const sentences = article.blocks.flatMap((b) => b.sentences);
  return { article, sentencesById: new Map(sentences.map((s) => [s.id, s])) };
}

export function indexDetails(index: ArticleIndex, details: ArticleDetails): DetailsIndex {
  const wordsById = new Map<string, FoundWord>();
  for (const sentence of index.sentencesById.values()) {
    const sd = details.sentences[sentence.id];
    sd?.words.forEach((word, i) =>
      wordsById.set(wordId(sentence.id, i), { word, sentence, details: sd }),
    );
  }
  return {
    details,
    termsById: new Map(details.terms.map((t) => [t.id, t])),
    patternsById: new Map(details.patterns.map((p) => [p.id, p])),
    wordsById,
  };
}

const ArticleCtx = createContext<ArticleIndex | null>(null);
const DetailsCtx = createContext<DetailsIndex | null>(null);

export function ArticleProvider({ article, children }: { article: Article; children: ReactNode }) {
  const index = useMemo(() => indexArticle(article), [article]);
  const details = useDetails();
  const detailsIndex = useMemo(
    () => (details ? indexDetails(index, details) : null),
    [index, details],
  );
  return (
    <ArticleCtx.Provider value={index}>
      <DetailsCtx.Provider value={detailsIndex}>{children}</DetailsCtx.Provider>
    </ArticleCtx.Provider>
  );
}

export function useArticle(): ArticleIndex {
  const value = useContext(ArticleCtx);
  if (!value) throw new Error('useArticle outside ArticleProvider');
  return value;
}

/** The details, or null while they load. */
export const useArticleDetails = (): DetailsIndex | null => useContext(DetailsCtx);
