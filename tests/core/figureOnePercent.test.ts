import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marked = (text: string) => figureClaimsAfterLead([text], '2023-11-24');

describe('a block whose only number is "one" with a unit, is read (scanBlock pre-check)', () => {
  it.each<[string, string, string]>([
    [
      'Microsoft shares gained about one per cent in premarket trading.',
      'microsoft-share-move',
      'about one per cent',
    ],
    ['Microsoft stock was up one percent after the hire.', 'microsoft-share-move', 'one percent'],
    ['Microsoft shares gained one per cent in premarket trading.', 'microsoft-share-move', 'one per cent'],
  ])('marks “%s”', (text, id, wording) => {
    expect(marked(text)).toContainEqual([id, wording]);
  });

  it.each(['One of the directors later said he regretted it.', 'No one at Microsoft would say more.'])(
    'leaves “%s” unmarked',
    (text) => {
      expect(marked(text)).toEqual([]);
    },
  );
});
