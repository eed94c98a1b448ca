import type { Settings } from '../core/settings.ts';
import { h } from '../ui/jsx.ts';

type Toggle = Exclude<keyof Settings, 'disabledSites'>;

/** One checkbox per setting; each change is one click and is passed on at once. */
export function renderSettings(
  form: HTMLElement,
  settings: Settings,
  hostname: string | undefined,
  onChange: (next: Settings) => void,
): void {
  const box = (key: Toggle, label: string) => {
    const input = (<input type="checkbox" name={key} />) as HTMLInputElement;
    input.checked = settings[key];
    input.addEventListener('change', () => onChange({ ...settings, [key]: input.checked }));
    return (
      <label>
        {input}
        {label}
      </label>
    );
  };
  const site = (<input type="checkbox" name="site" />) as HTMLInputElement;
  site.checked = !!hostname && settings.disabledSites.includes(hostname);
  site.disabled = !hostname;
  site.addEventListener('change', () => {
    if (!hostname) return;
    const others = settings.disabledSites.filter((host) => host !== hostname);
    onChange({ ...settings, disabledSites: site.checked ? [...others, hostname] : others });
  });
  form.className = 'settings';
  form.replaceChildren(
    box('enabled', 'Highlight pages'),
    <label>
      {site}
      {hostname ? `Off on ${hostname}` : 'Off on this site (not a web page)'}
    </label>,
    <fieldset>
      <legend>Highlight</legend>
      {box('people', 'People')}
      {box('organisations', 'Organisations')}
      {box('products', 'Products and events')}
      {box('claims', 'Figures and claims')}
    </fieldset>,
    box('everywhere', 'Also on pages not about the story'),
  );
}
