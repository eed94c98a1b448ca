import browser from 'webextension-polyfill';

/**
 * The badge counts the claims on this page that other outlets report
 * differently or that later reporting overturned: that is where a reader should look, and a count of every
 * name would be large on any article about the story. Tab-specific badges
 * reset when the tab navigates, so a new page starts clean.
 */
export async function updateBadge(tabId: number, highlights: number, disputed: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
  await browser.action.setBadgeText({ tabId, text: disputed > 0 ? String(disputed) : '' });
  await browser.action.setTitle({
    tabId,
    title:
      highlights === 0
        ? 'Sourcemark'
        : `Sourcemark: ${highlights} highlights, ${disputed} ${disputed === 1 ? 'claim' : 'claims'} that other outlets report differently or that later reporting overturned`,
  });
}
