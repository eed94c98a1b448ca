import type { Settings } from '../core/settings.ts';
import { h } from '../ui/jsx.ts';

type Toggle = Exclude<keyof Settings, 'disabledSites'>;

const TOGGLES: Array<[Toggle, string]> = [
  ['people', 'People'],
  ['organisations', 'Organisations'],
  ['products', 'Products and events'],
  ['claims', 'Figures and claims'],
];

/**
 * Builds the settings form once: one checkbox per setting, each change one
 * click, passed on at once as only what changed. Returns `show`, which sets
 * the boxes to new settings in place, so the box with focus stays.
 */
export function renderSettings(
  form: HTMLElement,
  initial: Settings,
  hostname: string | undefined,
  onChange: (change: Partial<Settings>) => void,
): (settings: Settings) => void {
  let settings = initial;
  const change = (patch: Partial<Settings>) => {
    // What the reader just did counts at once, before storage echoes it back.
    settings = { ...settings, ...patch };
    onChange(patch);
  };
  const boxes = new Map<Toggle, HTMLInputElement>();
  const box = (key: Toggle, label: string) => {
    const input = (<input type="checkbox" name={key} />) as HTMLInputElement;
    input.addEventListener('change', () => change({ [key]: input.checked }));
    boxes.set(key, input);
    return (
      <label>
        {input}
        {label}
      </label>
    );
  };
  const site = (<input type="checkbox" name="site" />) as HTMLInputElement;
  site.disabled = !hostname;
  site.addEventListener('change', () => {
    if (!hostname) return;
    const others = settings.disabledSites.filter((host) => host !== hostname);
    change({ disabledSites: site.checked ? [...others, hostname] : others });
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
      {TOGGLES.map(([key, label]) => box(key, label))}
    </fieldset>,
    box('everywhere', 'Also on pages not about the story'),
  );

  const show = (next: Settings) => {
    settings = next;
    for (const [key, input] of boxes) input.checked = next[key];
    site.checked = !!hostname && next.disabledSites.includes(hostname);
  };
  show(initial);
  return show;
}
