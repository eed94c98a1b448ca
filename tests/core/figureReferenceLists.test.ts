import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const wordings = (text: string) =>
  findFigures(text)
    .filter((f) => !f.listNumber)
    .map((f) => f.wording);

describe('a reference list’s and a citation’s numbers count nothing', () => {
  it.each([
    'Okafor, B. (2021). Boards that fire founders. Harvard Business Law Review, 12(3), 455–512.',
    'Lindqvist, M. (2018). Trustees and mission. Nonprofit Quarterly 44(1): 17-39.',
    'Pereira, J. (2020). Capped returns. Journal of Governance, 31(4), pp. 201–244.',
    'Moreau, C. Stewardship in practice. Institute Working Paper 2019/04. 36 pp.',
    'Governance Centre Case Note 31/07. 22 pp.',
    'SEC Release No. 34-98765; see also Docket No. 1:23-cv-0456.',
    'Ibid., 88–91.',
    'See ibid., p. 412.',
    'Available at doi:10.1234/jgs.2022.0071 and ISBN 978-0-19-882934-6; ISSN 1234-567X.',
    'Chen et al. (2023), pp. 77-80.',
  ])('%s', (text) => {
    expect(wordings(text)).toEqual([]);
  });

  it.each<[string, string[]]>([
    // A range of counts is no page range, and a count with a figure in brackets after it is no issue number.
    ['Between 700–770 employees signed the letter.', ['700', '770']],
    ['Signatures so far: 490 (505 by evening).', ['490', '505']],
    ['The letter had 505 signatures at 5 p.m. on Monday.', ['505']],
    ['Note that 12 directors served, and 4 voted.', ['12', '4']],
  ])('keeps the figures of %s', (text, expected) => {
    expect(wordings(text)).toEqual(expected);
  });

  it('marks nothing in a case note’s references', () => {
    expect(
      figureClaimsAfterLead([
        'References',
        'Ruiz, A. (2019). Why boards fail. Stanford Journal of Corporate Law, 8(2), 140–177.',
        'Institute for Boards Briefing Note 12/05. 18 pp.',
        'The board of four fired him on a Friday.',
      ]),
    ).toEqual([['board-size', 'four']]);
  });
});
