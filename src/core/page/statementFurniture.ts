import { opensAsInsert } from '../figures/pageNoise.ts';
import { isFurnitureLine } from './railContext.ts';

/**
 * A block that is page furniture for statements: an insert or an ad ("Read also: …"), a hatnote or
 * a reference-list entry (railContext.ts). What it says belongs to another page, so it marks no statement.
 */
export const isStatementFurniture = (text: string) => isFurnitureLine(text) || opensAsInsert(text);
