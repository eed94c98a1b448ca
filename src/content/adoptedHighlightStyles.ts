import type { ShadowRootStyles } from './highlighter.ts';

/**
 * The highlight stylesheet inside open shadow roots, where the one the
 * background inserts into the document does not reach. A constructed sheet,
 * adopted by each root that holds marks: nothing is added to the root's
 * children, and it goes again with the marks.
 */
export class AdoptedHighlightStyles implements ShadowRootStyles {
  private sheet: CSSStyleSheet | undefined;

  constructor(private readonly cssText: string) {}

  adopt(root: ShadowRoot): void {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(this.cssText);
    }
    if (!root.adoptedStyleSheets.includes(this.sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  release(root: ShadowRoot): void {
    if (this.sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
