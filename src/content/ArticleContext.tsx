import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Article, CompiledSentence, GrammarPattern, Term, Word } from './model';

/** The article plus the lookups components need (built once, not per render). */
export interface ArticleIndex {
  article: Article;
  termsById: ReadonlyMap<string, Term>;
  sentencesById: ReadonlyMap<string, CompiledSentence>;
  wordsById: ReadonlyMap<string, { word: Word; sentence: CompiledSentence }>;
  patternsById: ReadonlyMap<string, GrammarPattern>;
}

const Ctx = createContext<ArticleIndex | null>(null);

export function indexArticle(article: Article): ArticleIndex {
  const sentences = article.blocks.flatMap((b) => b.sentences);
  return {
    article,
    termsById: new Map(article.terms.map((t) => [t.id, t])),
    sentencesById: new Map(sentences.map((s) => [s.id, s])),
    wordsById: new Map(sentences.flatMap((s) => s.words.map((w) => [w.id, { word: w, sentence: s }]))),
    patternsById: new Map(article.patterns.map((p) => [p.id, p])),
  };
}

export function ArticleProvider({ article, children }: { article: Article; children: ReactNode }) {
  const value = useMemo(() => indexArticle(article), [article]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useArticle(): ArticleIndex {
  const value = useContext(Ctx);
  if (!value) throw new Error('useArticle outside ArticleProvider');
  return value;
}
