/** Elements whose text is never read or highlighted: code, form fields, editors, our own UI. */
const EXCLUDED_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
];

export const EXCLUDED_SELECTOR = [
  ...EXCLUDED_TAGS,
  '[contenteditable]:not([contenteditable="false"])',
  '[data-sourcemark-ui]',
].join(',');

const EXCLUDED_TAG_SET = new Set(EXCLUDED_TAGS);

/**
 * `el.matches(EXCLUDED_SELECTOR)` as plain checks: the walk asks it of every
 * element, with the `localName` it has already read. Most elements have no
 * attributes at all, and one call says so.
 */
export function isExcluded(el: Element, localName = el.localName): boolean {
  if (EXCLUDED_TAG_SET.has(localName)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('data-sourcemark-ui')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}
