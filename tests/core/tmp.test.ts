import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { compileMatcher } from '../../src/core/match/compileMatcher.ts';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { scanBlock } from '../../src/core/page/scanBlock.ts';
import { addEvidence, emptyEvidence, pageRelevance } from '../../src/core/page/pageRelevance.ts';
import { selectHighlights } from '../../src/core/page/selectHighlights.ts';
it('x', () => {
  const m = compileMatcher(bundledDataset);
  for (const f of readdirSync('../shared/seeds')) {
    const text = readFileSync('../shared/seeds/' + f, 'utf8');
    const blocks = text.split(/\n+/);
    const ev = emptyEvidence();
    const scans = blocks.map((b) => { const s = scanBlock(m, b); addEvidence(ev, s); return s; });
    const rel = pageRelevance(m, ev);
    console.log('==', f, rel.reason);
    for (const s of scans) for (const h of selectHighlights(m, s, ev, rel.relevant)) if (h.kind === 'claim') console.log('  ', h.id, JSON.stringify(s.text.slice(h.start, h.end)), h.verdict);
    const counts: Record<string, number> = {};
    for (const s of scans) for (const h of selectHighlights(m, s, ev, rel.relevant)) if (h.kind === 'entity') counts[h.id] = (counts[h.id] ?? 0) + 1;
    console.log('  entities', JSON.stringify(counts));
  }
});
