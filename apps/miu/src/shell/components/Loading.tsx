/** Shown while the server answers. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="nhsuk-body" role="status">
      Loading {what}…
    </p>
  );
}
