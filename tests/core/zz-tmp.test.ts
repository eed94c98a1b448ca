import { it } from 'vitest';
import { matcher, annotate } from './helpers/annotate.ts';
it('x', () => {
  for (const k of ['Greg', 'greg', 'Ilya', 'ilya', 'Mira', 'mira', 'thrive', 'twitch', 'Sam', 'sam', 'Satya'])
    console.log(k, JSON.stringify(matcher.nameLookup.get(k)));
  const r = annotate(['Sam Altman was fired by OpenAI. Brockman quit.', 'And then that same evening Greg quits.', 'Satya posts that Sam and Greg are joining Microsoft.']);
  console.log(r.highlights.map((h) => h.id + ':' + h.text).join(' | '));
});
