import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Article, Term } from './model';

interface ArticleIndex {
  article: Article;
  termsById: ReadonlyMap<string, Term>;
}

const Ctx = createContext<ArticleIndex | null>(null);

export function ArticleProvider({ article, children }: { article: Article; children: ReactNode }) {
  const value = useMemo(
    () => ({ article, termsById: new Map(article.terms.map((t) => [t.id, t])) }),
    [article],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useArticle(): ArticleIndex {
  const value = useContext(Ctx);
  if (!value) throw new Error('useArticle outside ArticleProvider');
  return value;
}
