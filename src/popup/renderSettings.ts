import type { Settings } from '../core/settings.ts';
import { el } from '../ui/el.ts';

type Toggle = Exclude<keyof Settings, 'disabledSites'>;

/** One checkbox per setting; each change is one click and is passed on at once. */
export function renderSettings(
  form: HTMLElement,
  settings: Settings,
  hostname: string | undefined,
  onChange: (next: Settings) => void,
): void {
  const box = (key: Toggle, label: string) => {
    const input = el('input', { type: 'checkbox', name: key }) as HTMLInputElement;
    input.checked = settings[key];
    input.addEventListener('change', () => onChange({ ...settings, [key]: input.checked }));
    return el('label', {}, input, label);
  };
  const site = el('input', { type: 'checkbox', name: 'site' }) as HTMLInputElement;
  site.checked = !!hostname && settings.disabledSites.includes(hostname);
  site.disabled = !hostname;
  site.addEventListener('change', () => {
    if (!hostname) return;
    const others = settings.disabledSites.filter((h) => h !== hostname);
    onChange({ ...settings, disabledSites: site.checked ? [...others, hostname] : others });
  });
  form.className = 'settings';
  form.replaceChildren(
    box('enabled', 'Highlight pages'),
    el('label', {}, site, hostname ? `Off on ${hostname}` : 'Off on this site (not a web page)'),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Highlight'),
      box('people', 'People'),
      box('organisations', 'Organisations'),
      box('products', 'Products and events'),
      box('claims', 'Figures and claims'),
    ),
    box('everywhere', 'Also on pages not about the story'),
  );
}
