const time = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A quiet note that the draft is saved ("Saved 14:03"). */
export function SavedStatus({ savedAt }: { savedAt: Date | undefined }) {
  if (!savedAt) return null;
  return (
    <p className="nhsuk-body-s app-saved-status">
      Saved <time dateTime={savedAt.toISOString()}>{time.format(savedAt)}</time>
    </p>
  );
}
