interface Scheduler {
  postTask?: (task: () => void, options: { priority: 'user-visible' }) => Promise<void>;
}

/**
 * Gives the page's own work a turn between chunks of ours: a task of the
 * page's own priority, queued behind what the page has ready (its timers, its
 * messages). Not scheduler.yield(): Chrome runs its continuations ahead of the
 * page's tasks, so a whole reading pass starved the page's timers (the bench's
 * live blog ran none of its 25 ms updates for the 1–3 s of reading, then one
 * in each of our marking frames, and every update moved the whole feed: a
 * 40–230 ms frame each).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
