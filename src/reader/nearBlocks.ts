/** Blocks this far above or below the viewport count as near: made ready before they scroll in. */
export const NEAR_VIEWPORT = '100% 0px';

/**
 * Watches the article's blocks (the children of `article`) and reports those that come near the
 * viewport and those that leave it; the first report covers every block. Without
 * IntersectionObserver, or with no blocks, every block is reported near, once. Returns the stop.
 */
export function observeNearBlocks(
  article: Element,
  report: (near: Element[], far: Element[]) => void,
): () => void {
  const blocks = [...article.children];
  if (typeof IntersectionObserver === 'undefined' || blocks.length === 0) {
    report(blocks, []);
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) =>
      report(
        entries.filter((e) => e.isIntersecting).map((e) => e.target),
        entries.filter((e) => !e.isIntersecting).map((e) => e.target),
      ),
    { rootMargin: NEAR_VIEWPORT },
  );
  blocks.forEach((block) => observer.observe(block));
  return () => observer.disconnect();
}
