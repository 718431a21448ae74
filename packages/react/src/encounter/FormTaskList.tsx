import { PROFORMA_TITLES, type ProformaId } from '@proformas/core';
import { useState } from 'react';
import { DeclineForm } from './DeclineForm.tsx';
import type { FormRecords } from './encounterRecords.ts';
import type { EncounterTask } from './encounterTasks.ts';

const STATUS = {
  'not-started': { label: 'Not started', tag: 'nhsuk-tag--blue' },
  'in-progress': { label: 'In progress', tag: 'nhsuk-tag--yellow' },
  'signed-off': { label: 'Signed off', tag: 'nhsuk-tag--green' },
  declined: { label: 'Declined', tag: 'nhsuk-tag--grey' },
} as const;

interface FormTaskListProps {
  tasks: readonly EncounterTask[];
  records: FormRecords;
  onOpen: (id: ProformaId) => void;
  onDecline: (id: ProformaId, reason: string) => void;
}

const GROUPS = [
  { requirement: 'required', heading: 'Required forms' },
  { requirement: 'offered', heading: 'Offered forms' },
  { requirement: 'started', heading: 'Other forms started' },
] as const;

/**
 * The forms for this attendance as task lists, required first, then offered: each with its
 * reason, status and what you can do (start, continue, view; decline an offered one).
 */
export function FormTaskList({ tasks, ...props }: FormTaskListProps) {
  const [declining, setDeclining] = useState<ProformaId | undefined>(undefined);
  if (tasks.length === 0) return <p className="nhsuk-body">No form is suggested for this attendance.</p>;
  return (
    <>
      {GROUPS.map(({ requirement, heading }) => {
        const group = tasks.filter((t) => t.requirement === requirement);
        return (
          group.length > 0 && (
            <section key={requirement} aria-label={heading}>
              <h2 className="nhsuk-heading-m">{heading}</h2>
              <TaskGroup tasks={group} declining={declining} setDeclining={setDeclining} {...props} />
            </section>
          )
        );
      })}
    </>
  );
}

interface TaskGroupProps extends FormTaskListProps {
  declining: ProformaId | undefined;
  setDeclining: (id: ProformaId | undefined) => void;
}

function TaskGroup({ tasks, records, onOpen, onDecline, declining, setDeclining }: TaskGroupProps) {
  return (
    <ul className="nhsuk-task-list app-encounter-tasks">
      {tasks.map((task) => {
        const record = records[task.id];
        const status = STATUS[record?.status ?? 'not-started'];
        const title = PROFORMA_TITLES[task.id];
        const action =
          record?.status === 'signed-off' ? 'View' : record?.status === 'in-progress' ? 'Continue' : 'Start';
        return (
          <li className="nhsuk-task-list__item" key={task.id}>
            <div className="nhsuk-task-list__name-and-hint">
              <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">{title}</h3>
              <div className="nhsuk-task-list__hint">{task.reason}</div>
              {record?.status === 'declined' && (
                <div className="nhsuk-task-list__hint">Declined: {record.declinedReason}</div>
              )}
              {task.cannotRun ? (
                <p className="nhsuk-body-s">{task.cannotRun}</p>
              ) : (
                declining !== task.id && (
                  <div className="nhsuk-button-group nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                      onClick={() => onOpen(task.id)}
                    >
                      {action} <span className="nhsuk-u-visually-hidden">{title}</span>
                    </button>
                    {/* SAFER READING: the spec lets offered forms be declined; a required form
                        cannot be, it stays an outstanding task (the outcome is provisional). */}
                    {task.requirement === 'offered' && !record && (
                      <button
                        type="button"
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                        onClick={() => setDeclining(task.id)}
                      >
                        Decline <span className="nhsuk-u-visually-hidden">{title}</span>
                      </button>
                    )}
                  </div>
                )
              )}
              {declining === task.id && (
                <DeclineForm
                  id={`decline-${task.id}`}
                  title={title}
                  onCancel={() => setDeclining(undefined)}
                  onDecline={(reason) => {
                    setDeclining(undefined);
                    onDecline(task.id, reason);
                  }}
                />
              )}
            </div>
            <div className="nhsuk-task-list__status">
              <strong className={`nhsuk-tag ${status.tag}`}>{status.label}</strong>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
