/**
 * Verbs by which one party orders, asks or presses another to do what their infinitive or clause says
 * ("told the directors to resign", "urged them to", "instructed the board to reinstate Altman",
 * "demanded that they go"), every form. The one list: readClause reads an ordered infinitive by it, and
 * detectDemands a demand's marker.
 */
export const ORDER_VERBS: ReadonlySet<string> = new Set([
  ...['tell', 'tells', 'told', 'telling', 'urge', 'urges', 'urged', 'urging', 'order', 'orders', 'ordered'],
  ...['ordering', 'demand', 'demands', 'demanded', 'demanding', 'press', 'presses', 'pressed', 'pressing'],
  ...['beg', 'begs', 'begged', 'begging', 'implore', 'implores', 'implored', 'imploring', 'want', 'wants'],
  ...['wanted', 'wanting', 'call', 'calls', 'called', 'calling'],
  ...['instruct', 'instructs', 'instructed', 'instructing', 'direct', 'directs', 'directed', 'directing'],
  ...['command', 'commands', 'commanded', 'commanding'],
]);
