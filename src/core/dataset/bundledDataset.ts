import sources from '../../../data/sources.json' with { type: 'json' };
import entities from '../../../data/entities.json' with { type: 'json' };
import claims from '../../../data/claims.json' with { type: 'json' };
import events from '../../../data/events.json' with { type: 'json' };
import type { Dataset } from './schema.ts';

/**
 * The dataset shipped inside the extension. It is validated against the
 * schema when the extension is built (vite.config.ts) and by `npm test`, so
 * at run time it is taken as it is.
 */
export const bundledDataset = { sources, entities, claims, events } as unknown as Dataset;
