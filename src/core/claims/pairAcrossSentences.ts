/**
 * "The board dismissed its chief executive, Sam Altman. President Greg Brockman quit hours later.
 * Over the weekend, Microsoft took on both men.": a group word ("both men", "the pair") may mean two
 * people the two sentences before it name one each, when the block names no one else before it
 * (a third person makes "both" a choice). Given the people of the sentence before, of the one before
 * that, and of the whole block before the group word: the pair, or undefined.
 */
export function pairAcrossSentences(
  previous: readonly string[],
  beforePrevious: readonly string[],
  blockBefore: readonly string[],
): string[] | undefined {
  if (previous.length !== 1 || beforePrevious.length !== 1) return undefined;
  const [first] = beforePrevious;
  const [second] = previous;
  if (first === second) return undefined;
  if (blockBefore.some((id) => id !== first && id !== second)) return undefined;
  return [first!, second!];
}
