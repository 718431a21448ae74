import { LEVEL_LABELS, LEVELS } from '@proformas/core';
import { DateField } from '@proformas/react';
import { useState, type FormEvent } from 'react';
import type { ReviewFilter } from '../../api/review.ts';
import type { Site } from '../../api/types.ts';

const Select = ({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: { code: string; label: string }[];
  onChange: (v: string) => void;
}) => (
  <div className="nhsuk-form-group">
    <label className="nhsuk-label" htmlFor={id}>
      {label}
    </label>
    <select className="nhsuk-select" id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.label}
        </option>
      ))}
    </select>
  </div>
);

/** Filter the queue by day, site, level and whether it has been reviewed. */
export function ReviewFilters({
  filter,
  sites,
  onApply,
}: {
  filter: ReviewFilter;
  sites: Site[];
  onApply: (f: ReviewFilter) => void;
}) {
  const [date, setDate] = useState<string | undefined>(filter.date);
  const [siteId, setSiteId] = useState(filter.siteId ?? '');
  const [level, setLevel] = useState(filter.level ?? '');
  const [status, setStatus] = useState<string>(filter.status ?? 'all');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      ...(date ? { date } : {}),
      ...(siteId ? { siteId } : {}),
      ...(level ? { level } : {}),
      status: status as ReviewFilter['status'],
    });
  };
  return (
    <form onSubmit={apply} className="app-filters" aria-label="Filter the review queue">
      <DateField id="review-date" label="Day" value={date} onChange={setDate} />
      <Select
        id="review-site"
        label="Site"
        value={siteId}
        onChange={setSiteId}
        options={[{ code: '', label: 'All sites' }, ...sites.map((s) => ({ code: s.id, label: s.name }))]}
      />
      <Select
        id="review-level"
        label="Outcome level"
        value={level}
        onChange={setLevel}
        options={[
          { code: '', label: 'All levels' },
          ...[...LEVELS].reverse().map((l) => ({ code: l, label: LEVEL_LABELS[l] })),
          { code: 'NOT_ASSESSED', label: 'Not assessed yet' },
        ]}
      />
      <Select
        id="review-status"
        label="Reviewed"
        value={status}
        onChange={setStatus}
        options={[
          { code: 'all', label: 'All' },
          { code: 'unreviewed', label: 'Not reviewed yet' },
          { code: 'reviewed', label: 'Reviewed' },
        ]}
      />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        Apply filters
      </button>
    </form>
  );
}
