/** What a view shows in place of its content when the panel's data could not be loaded. */
export const DATASET_FAILURE_TEXT =
  "Sourcemark's data could not be loaded. Close and reopen this panel to try again.";

/** Replaces `container`'s content with the failure line, set as text (role=status so readers hear it). */
export function renderDatasetFailure(container: HTMLElement): void {
  const line = container.ownerDocument.createElement('p');
  line.className = 'muted';
  line.setAttribute('role', 'status');
  line.dataset.state = 'dataset-failed';
  line.textContent = DATASET_FAILURE_TEXT;
  container.replaceChildren(line);
}
