interface Scheduler {
  yield?: () => Promise<void>;
}

/** Gives the page's own work a turn between chunks of ours. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
