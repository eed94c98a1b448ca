/*
 * The JSX factory of every view (tsconfig: "jsx": "react", "jsxFactory": "h").
 * It builds real DOM at once, no framework and no virtual DOM: an element is
 * document.createElement, an attribute is setAttribute, and a string child
 * becomes a text node, never HTML. There is deliberately no way to set
 * innerHTML through it.
 */

/** What may stand between tags: nodes, text, numbers; false, null and undefined draw nothing. */
export type Child = Node | string | number | boolean | null | undefined | readonly Child[];

/** An attribute's value: set as text; `true` sets it empty, `false`/`null`/`undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

export type Attributes = Record<string, AttributeValue>;

function appendChild(parent: Node, child: Child): void {
  if (child === null || child === undefined || typeof child === 'boolean') return;
  if (Array.isArray(child)) {
    for (const c of child as readonly Child[]) appendChild(parent, c);
    return;
  }
  if (typeof child === 'string' || typeof child === 'number') {
    parent.appendChild(document.createTextNode(String(child)));
    return;
  }
  parent.appendChild(child as Node);
}

/** `<tag attr="v">children</tag>`: one element, its attributes set as text, its children appended. */
export function h(tag: string, attributes: Attributes | null, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    // Styles through the CSSOM, which a page's Content-Security-Policy does not block as it may a style attribute.
    if (name === 'style') element.style.cssText = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) appendChild(element, child);
  return element;
}

/** Nodes for `replaceChildren`/`append`: flattens arrays, drops what draws nothing, keeps text as text. */
export function nodes(...children: Child[]): Node[] {
  const fragment = document.createDocumentFragment();
  for (const child of children) appendChild(fragment, child);
  return [...fragment.childNodes];
}

declare global {
  // The JSX types TypeScript checks views against: every tag gives an HTMLElement.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    type Element = HTMLElement;
    type IntrinsicElements = { [tag in keyof HTMLElementTagNameMap]: Attributes };
  }
}
