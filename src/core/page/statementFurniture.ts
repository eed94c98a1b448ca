import { opensAsInsert } from '../figures/pageNoise.ts';
import { isOptionLine } from './optionLine.ts';
import { isFurnitureLine } from './railContext.ts';

/**
 * A block that is page furniture for statements: an insert or an ad ("Read also: …"), a hatnote or
 * a reference-list entry (railContext.ts), a line of a quiz's options (optionLine.ts). What it says
 * belongs to another page or is a choice put to the reader, so it marks no statement.
 */
export const isStatementFurniture = (text: string) =>
  isFurnitureLine(text) || opensAsInsert(text) || isOptionLine(text);
