/** Every text node under `root`, in document order: the page's own, to check they survive marking and unmarking. */
export function textNodes(root: Node = document.body): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}
