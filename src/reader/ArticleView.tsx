// src/reader/: the article in four modes: sentences, interactive words, keys, highlights, DOM contract.
import { Fragment, memo, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCardActions } from '../state/openCard';
import { useArticle, useArticleDetails } from '../model/ArticleContext';
import type { Article, CompiledBlock as Block } from '../model/model';
import { useCounterpartHighlight } from './useCounterpartHighlight';
import { useSentenceKeys } from './useSentenceKeys';
import { useSentenceDeepLink } from './useSentenceDeepLink';
import { useInterlinear } from '../state/useInterlinear';
import type { UiLang } from '../i18n/language';
import type { Mode } from '../state/mode';
import { ArticleTextContext, makeArticleText } from './articleText';
import { BlockShell } from './BlockShell';
import { GrammarMarker } from './GrammarMarker';
import { canFindControlAtPoint, controlUnderTap } from './controlUnderTap';
import { InteractiveContext } from './interactiveWords';
import { useMarkHighlights } from './markHighlights';
import { KoreanSentence } from './KoreanSentence';
import { REVEAL_HINT_ID, RevealSentence } from './RevealSentence';
import { SentenceText } from './SentenceText';
import { TranslatorNotes } from './TranslatorNotes';
import { useInteractiveBlocks } from './useInteractiveBlocks';
import { readText, textSelectors } from './textDom';

const spaced = <T,>(items: T[], render: (item: T) => React.ReactNode, key: (item: T) => string) =>
  items.map((item, i) => (
    <Fragment key={key(item)}>
      {i > 0 && ' '}
      {render(item)}
    </Fragment>
  ));

/** A block's English; `primary` when the English stands alone (English-only mode). */
function EnglishBlock({ block, primary = false }: { block: Block; primary?: boolean }) {
  return (
    <BlockShell type={block.type} lang="en">
      {spaced(
        block.sentences,
        (s) => (
          <>
            <SentenceText sentence={s} lang="en" primary={primary} />
            <TranslatorNotes notes={s.notes} />
          </>
        ),
        (s) => s.id,
      )}
    </BlockShell>
  );
}

function KoreanBlock({ block }: { block: Block }) {
  return (
    <BlockShell type={block.type} lang="ko">
      {spaced(
        block.sentences,
        (s) => (
          <>
            <KoreanSentence sentence={s} primary />
            <GrammarMarker sentence={s} />
          </>
        ),
        (s) => s.id,
      )}
    </BlockShell>
  );
}

/** Korean-only mode; `revealed` lists the ids of this block's sentences showing their English. */
function RevealBlock({ block, revealed }: { block: Block; revealed: string }) {
  const shown = new Set(revealed.split(' '));
  return (
    <BlockShell type={block.type} lang="ko">
      {spaced(
        block.sentences,
        (s) => (
          <RevealSentence sentence={s} revealed={shown.has(s.id)} />
        ),
        (s) => s.id,
      )}
    </BlockShell>
  );
}

function InterleavedBlock({ block }: { block: Block }) {
  return (
    <div className={`interleave interleave-${block.type}`}>
      {block.sentences.map((s) => (
        <div className="interleave-pair" key={s.id}>
          <BlockShell type={block.type} lang="ko">
            <KoreanSentence sentence={s} primary />
            <GrammarMarker sentence={s} />
          </BlockShell>
          <p className={`block block-${block.type} interleave-en`} lang="en">
            <SentenceText sentence={s} lang="en" primary={false} />
            <TranslatorNotes notes={s.notes} />
          </p>
        </div>
      ))}
    </div>
  );
}

interface BlockProps {
  block: Block;
  mode: Mode;
  interactive: boolean;
  /** ids of the block's sentences whose English is shown (Korean-only mode) */
  revealed: string;
}

/** One block in the reading mode; re-renders only when its own props change. */
const ArticleBlock = memo(function ArticleBlock({
  block,
  mode,
  interactive,
  revealed,
}: BlockProps) {
  return (
    <InteractiveContext.Provider value={interactive}>
      {mode === 'ko' && <RevealBlock block={block} revealed={revealed} />}
      {mode === 'en' && <EnglishBlock block={block} primary />}
      {mode === 'pair' && (
        <div className={`pair pair-${block.type}`}>
          <KoreanBlock block={block} />
          <EnglishBlock block={block} />
        </div>
      )}
      {mode === 'interleave' && <InterleavedBlock block={block} />}
    </InteractiveContext.Provider>
  );
});

function useRevealed() {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((id: string) => {
    setRevealed((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  return [revealed, toggle] as const;
}

/** The article in the chosen reading mode. */
export function ArticleView({ article, mode }: { article: Article; mode: Mode }) {
  const { t, i18n } = useTranslation(['reader', 'words']);
  const lang = i18n.language as UiLang;
  const text = useMemo(() => makeArticleText(t, lang), [t, lang]);
  const root = useRef<HTMLElement>(null);
  const [revealed, toggle] = useRevealed();
  const { open } = useCardActions();
  useCounterpartHighlight(root, mode === 'pair');
  useSentenceDeepLink(mode);
  useSentenceKeys(root, mode === 'ko' ? toggle : null);
  const { sentencesById } = useArticle();
  useMarkHighlights(root, mode, sentencesById);
  const ready = useArticleDetails() !== null;
  const { roman, gloss } = useInterlinear();
  const { isInteractive, busy } = useInteractiveBlocks(
    root,
    article.blocks,
    mode,
    ready,
    roman || gloss || !canFindControlAtPoint(),
  );

  // One click handler for the whole article: a word, term or marker opens its card (a tap on a
  // sentence still in plain text first turns its words into controls); the EN button of a
  // Korean-only sentence shows or hides its English.
  const onClick = (e: React.MouseEvent) => {
    const target = e.target as Element;
    const control =
      target.closest<HTMLElement>(textSelectors.word()) ??
      target.closest<HTMLElement>(`${textSelectors.term()}, ${textSelectors.marker}`) ??
      controlUnderTap(target, e.clientX, e.clientY);
    if (!control) return;
    const { word, term, grammar, reveal } = readText.control(control);
    const sentenceId = readText.sentenceId(control) ?? undefined;
    if (reveal) toggle(reveal);
    else if (grammar) open({ kind: 'grammar', id: grammar, anchor: control });
    else if (word) open({ kind: 'word', id: word, anchor: control, sentenceId });
    else if (term) open({ kind: 'term', id: term, anchor: control, sentenceId });
  };

  return (
    // Keyboard activation of the same things lives in useSentenceKeys.
    <article
      ref={root}
      className={`article mode-${mode}`}
      aria-label={t('articleLabel')}
      aria-busy={busy}
      onClick={onClick}
    >
      {mode === 'ko' && (
        <p className="hint" id={REVEAL_HINT_ID}>
          {t('reveal.hint')}
        </p>
      )}
      <ArticleTextContext.Provider value={text}>
        {article.blocks.map((block, i) => (
          <ArticleBlock
            key={block.id}
            block={block}
            mode={mode}
            interactive={isInteractive(i)}
            revealed={
              mode === 'ko'
                ? block.sentences
                    .filter((s) => revealed.has(s.id))
                    .map((s) => s.id)
                    .join(' ')
                : ''
            }
          />
        ))}
      </ArticleTextContext.Provider>
    </article>
  );
}
