import { figureRange } from '../figureRange.ts';
import type { Dataset, DatasetFile } from './schema.ts';
import type { DatasetProblem } from './parseDataset.ts';

/** Every problem of reference and consistency that the schema alone cannot see. */
export function checkIntegrity(data: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (file: DatasetFile, path: string, message: string) => problems.push({ file, path, message });

  const ids = (file: DatasetFile, items: Array<{ id: string }>) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) report(file, `[${i}] ${item.id}`, `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };
  const sourceIds = ids('sources', data.sources);
  const entityIds = ids('entities', data.entities);
  ids('claims', data.claims);
  ids('events', data.events);

  const cited = new Set<string>();
  const needSource = (file: DatasetFile, path: string, id: string) => {
    cited.add(id);
    if (!sourceIds.has(id)) report(file, path, `unknown source "${id}"`);
  };
  const needEntity = (file: DatasetFile, path: string, id: string) => {
    if (!entityIds.has(id)) report(file, path, `unknown entity "${id}"`);
  };

  const aliasOwner = new Map<string, string>();
  data.entities.forEach((e, i) => {
    const at = `[${i}] ${e.id}`;
    e.sources.forEach((s, j) => needSource('entities', `${at} → sources[${j}]`, s));
    for (const alias of [e.name, ...e.aliases, ...e.contextAliases, ...e.ambiguousAliases]) {
      const owner = aliasOwner.get(alias);
      if (owner && owner !== e.id) report('entities', at, `alias "${alias}" also belongs to "${owner}"`);
      aliasOwner.set(alias, e.id);
    }
  });

  data.claims.forEach((c, i) => {
    const at = `[${i}] ${c.id}`;
    c.entities.forEach((id, j) => needEntity('claims', `${at} → entities[${j}]`, id));
    c.reversal?.sources.forEach((s, j) => needSource('claims', `${at} → reversal.sources[${j}]`, s));
    const factIds = new Set(c.facts?.map((f) => f.id));
    const needFact = (path: string, id: string) => {
      if (!factIds.has(id))
        report(
          'claims',
          path,
          `unknown fact "${id}" (the claim's facts: ${[...factIds].join(', ') || 'none'})`,
        );
    };
    if (c.kind === 'statement' && c.frames && !c.facts)
      report('claims', at, 'a statement recognised on pages (frames) lists the facts its reports state');
    if (c.kind === 'statement' && c.cues.length)
      report('claims', `${at} → cues`, 'a statement is recognised by its frames, not cues');
    c.facts?.forEach((f, j) =>
      f.compatibleWith?.forEach((id, k) => needFact(`${at} → facts[${j}].compatibleWith[${k}]`, id)),
    );
    c.frames?.forEach((f, j) => {
      needFact(`${at} → frames[${j}].fact`, f.fact);
      f.subject?.forEach((id, k) => needEntity('claims', `${at} → frames[${j}].subject[${k}]`, id));
      f.agent?.forEach((id, k) => needEntity('claims', `${at} → frames[${j}].agent[${k}]`, id));
      // "@microsoft", or a preposition before it: "at @microsoft".
      for (const words of f.complement ?? [])
        for (const word of words.split(' '))
          if (word.startsWith('@')) needEntity('claims', `${at} → frames[${j}].complement`, word.slice(1));
    });
    const reported = new Set<string>();
    c.reports.forEach((r, j) => {
      const rat = `${at} → reports[${j}]`;
      needSource('claims', `${rat}.source`, r.source);
      if (reported.has(r.source))
        report(
          'claims',
          `${rat}.source`,
          `a second report from "${r.source}": one report per source, with several figures if need be`,
        );
      reported.add(r.source);
      if (c.kind === 'statement' && r.figures)
        report('claims', `${rat}.figures`, 'a statement claim holds no figures');
      if (c.kind === 'statement' && r.version === undefined)
        report('claims', `${rat}.version`, 'a report on a statement says which version it gives');
      if (c.facts && !r.facts)
        report('claims', `${rat}.facts`, 'a report on a claim with facts says which it states');
      r.facts?.forEach((id, k) => needFact(`${rat}.facts[${k}]`, id));
      r.figures?.forEach((f, k) => {
        const expected = figureRange(f.value, f.qualifier);
        if (f.low !== expected.low || f.high !== expected.high) {
          report(
            'claims',
            `${rat}.figures[${k}]`,
            `range [${f.low}, ${f.high}] does not follow the rule for "${f.qualifier}" ${f.value}: expected [${expected.low}, ${expected.high}]`,
          );
        }
      });
    });
    if (c.kind === 'figure' && !c.reports.some((r) => r.figures))
      report('claims', at, 'a figure claim needs at least one report with a figure');
  });

  data.events.forEach((e, i) => {
    const at = `[${i}] ${e.id}`;
    e.entities.forEach((id, j) => needEntity('events', `${at} → entities[${j}]`, id));
    e.sources.forEach((s, j) => needSource('events', `${at} → sources[${j}]`, s));
  });

  data.sources.forEach((s, i) => {
    if (!cited.has(s.id)) report('sources', `[${i}] ${s.id}`, 'no entity, claim or event cites this source');
  });
  return problems;
}
