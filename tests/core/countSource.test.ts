import { describe, expect, it } from 'vitest';
import { ownsNoCompany } from '../../src/core/claims/countSource.ts';

/** The name is the first occurrence of `name`; the figure the last occurrence of `figure`. */
function check(text: string, name: string, figure: string): boolean {
  const start = text.indexOf(name);
  const figureStart = text.lastIndexOf(figure);
  return ownsNoCompany(text, { start, end: start + name.length }, figureStart, figureStart + figure.length);
}

describe('ownsNoCompany', () => {
  it.each<[string, string, string]>([
    ['505, via Kara Swisher, out of a company of 770', 'Kara Swisher', '770'],
    ['Kara Swisher reported 505; later, out of a company of 770', 'Kara Swisher', '770'],
    ["Kara Swisher's tally, against a company of 770", 'Kara Swisher', '770'],
    ['Swisher 505, Business Today 490, in a company of 770', 'Business Today', '770'],
    ['Reuters put the number at 650 in a company of 770', 'Reuters', '770'],
    ['decamp to Microsoft — and counts ran past 700 in a company of 770', 'Microsoft', '770'],
    ['in a company of 770; the threat was to decamp to Microsoft', 'Microsoft', '770'],
  ])('only a source or another clause’s: %s', (text, name, figure) => {
    expect(check(text, name, figure)).toBe(true);
  });

  it.each<[string, string, string]>([
    ['Satya Nadella runs a company of 220,000', 'Satya Nadella', '220,000'],
    ['Anthropic, a company of 300, kept quiet', 'Anthropic', '300'],
    ['Microsoft — a company of 220,000 — said nothing', 'Microsoft', '220,000'],
    ['Microsoft reported record profits; it is a company of 220,000', 'Microsoft', '220,000'],
    ['Microsoft 365 is sold by a company of 220,000', 'Microsoft', '220,000'],
  ])('the owner: %s', (text, name, figure) => {
    expect(check(text, name, figure)).toBe(false);
  });
});
