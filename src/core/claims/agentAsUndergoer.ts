import type { Reference } from './readReferences.ts';

/**
 * "Nadella said they had hired him", "Microsoft's chief said his company had signed him": a pronoun
 * read as the nearest person may name the one who does the act to it. A frame whose agents include
 * that person and whose subjects do not rules that reading out (nobody hires himself into the firm he
 * runs); the pronoun then means its next reading (Reference.otherwise), where the frame's subject is
 * that one. Only a pronoun with a next reading is re-read, so a lone "him" stays its first reading.
 */
export function undergoerOf(
  object: Pick<Reference, 'entities' | 'otherwise'>,
  frame: { subject?: readonly string[]; agent?: readonly string[] },
): string[] {
  const { entities, otherwise } = object;
  if (!otherwise || !frame.agent || !frame.subject) return entities;
  const isAgent = entities.every((id) => frame.agent!.includes(id) && !frame.subject!.includes(id));
  return isAgent && otherwise.some((id) => frame.subject!.includes(id)) ? otherwise : entities;
}
