/** Failed sign-ins per username in a sliding window: slows password guessing. In memory, per process. */
export interface SignInThrottle {
  isLocked(username: string, now: Date): boolean;
  failed(username: string, now: Date): void;
  succeeded(username: string): void;
}

export const LOCKOUT_MINUTES = 15;

export const signInThrottle = (maxFailures: number, windowMinutes = LOCKOUT_MINUTES): SignInThrottle => {
  const failures = new Map<string, number[]>();
  const recent = (username: string, now: Date) => {
    const since = now.getTime() - windowMinutes * 60_000;
    const kept = (failures.get(username) ?? []).filter((t) => t > since);
    if (kept.length === 0) failures.delete(username);
    else failures.set(username, kept);
    return kept;
  };
  return {
    isLocked: (username, now) => recent(username, now).length >= maxFailures,
    failed: (username, now) => failures.set(username, [...recent(username, now), now.getTime()]),
    succeeded: (username) => failures.delete(username),
  };
};
