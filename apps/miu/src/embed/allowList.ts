/**
 * The origins the frame talks to (docs/embedding.md "Which hosts may talk to the frame").
 * - Built in: `VITE_EMBED_ALLOWED_ORIGINS`, a comma-separated list, fixed when the app is built.
 * - Per page: the `origins` query parameter, also comma-separated. With a built-in list it can only
 *   narrow it (an origin must be on both); without one, it is the list.
 * - Neither: no host is trusted and every message is ignored (fail closed).
 * Origins are compared exactly as `MessageEvent.origin` gives them (`https://epr.example.nhs.uk`).
 */
export function allowedOrigins(built: string | undefined, query: string | null): ReadonlySet<string> {
  const parse = (text: string | null | undefined) =>
    (text ?? '')
      .split(',')
      .map((s) => s.trim().replace(/\/+$/, ''))
      .filter((s) => s.length > 0 && s !== '*' && s !== 'null');
  const fromBuild = parse(built);
  const fromQuery = parse(query);
  if (fromBuild.length === 0) return new Set(fromQuery);
  if (fromQuery.length === 0) return new Set(fromBuild);
  return new Set(fromQuery.filter((o) => fromBuild.includes(o)));
}
