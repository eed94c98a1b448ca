/** "2023-11-21" → "21 Nov 2023"; "2025-07" → "Jul 2025"; "2026" → "2026". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m
    ? new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' })
    : '';
  return [d, month, y].filter(Boolean).join(' ');
}
