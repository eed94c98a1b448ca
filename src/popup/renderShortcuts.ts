/** A command as `commands.getAll()` gives it. */
export interface Command {
  name?: string;
  shortcut?: string;
}

/**
 * Says which keys move between highlights: highlights are not Tab stops,
 * so the shortcuts (and this panel's items) are the keyboard's way in.
 */
export function renderShortcuts(line: HTMLElement, commands: Command[]): void {
  const key = (name: string) => commands.find((c) => c.name === name)?.shortcut || undefined;
  const next = key('next-highlight');
  const previous = key('previous-highlight');
  line.textContent =
    next && previous
      ? `Keyboard: ${next} and ${previous} go to the next and previous highlight and open its card.`
      : next || previous
        ? `Keyboard: ${next ?? previous} goes to the ${next ? 'next' : 'previous'} highlight and opens its card.`
        : 'To move between highlights by keyboard, give Sourcemark’s commands a shortcut in the browser’s extension shortcut settings.';
}
