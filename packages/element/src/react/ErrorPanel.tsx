interface ErrorPanelProps {
  title: string;
  messages: readonly string[];
}

/** What the host gave that cannot be used, in the NHS error summary style; never takes focus. */
export function ErrorPanel({ title, messages }: ErrorPanelProps) {
  if (messages.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" role="alert">
      <h2 className="nhsuk-error-summary__heading">{title}</h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
