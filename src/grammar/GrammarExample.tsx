/** A sentence with one grammar span set off, for learners to see the pattern in use. */
export function GrammarExample({ text, start, end }: { text: string; start: number; end: number }) {
  return (
    <blockquote className="pattern-example" lang="ko">
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </blockquote>
  );
}
