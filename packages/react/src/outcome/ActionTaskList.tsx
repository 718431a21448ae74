import type { ActionItem } from '@proformas/core';

const due = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** When an action is due, in words: its timescale and, where there is one, its deadline. */
export const describeDue = (action: Pick<ActionItem, 'timing' | 'due'>): string | undefined => {
  const parts = [
    action.timing && `When: ${action.timing}`,
    action.due && `Due by ${due.format(new Date(action.due))}`,
  ];
  const text = parts.filter(Boolean).join('. ');
  return text || undefined;
};

/** The actions to take, most urgent first, each with its deadline and status (NHS task list). */
export function ActionTaskList({ actions }: { actions: readonly ActionItem[] }) {
  if (actions.length === 0) return <p className="nhsuk-body">There is nothing more to do.</p>;
  return (
    <ul className="nhsuk-task-list">
      {actions.map((action) => {
        const hint = describeDue(action);
        return (
          <li className="nhsuk-task-list__item" key={action.code}>
            <div className="nhsuk-task-list__name-and-hint">
              <div>{action.label}</div>
              {hint && (
                <div className="nhsuk-task-list__hint" id={`action-${action.code}-hint`}>
                  {hint}
                </div>
              )}
            </div>
            <div className="nhsuk-task-list__status" id={`action-${action.code}-status`}>
              <strong className="nhsuk-tag nhsuk-tag--blue">To do</strong>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
