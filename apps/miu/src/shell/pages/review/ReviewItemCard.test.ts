// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewItem } from '../../api/types.ts';
import { ReviewItemCard } from './ReviewItemCard.tsx';

// The API layer is mocked: the card must not reach the server while it is drawn.
const markReviewed = vi.hoisted(() => vi.fn());
vi.mock('../../api/review.ts', () => ({ markReviewed }));

/** Synthetic: a girl seen on Tuesday 4 March 2025 with an FGM police report to make (the server decides `overdue`). */
const item = (id: string, givenName: string, due: string, overdue: boolean): ReviewItem => ({
  kind: 'child',
  attendance: {
    id,
    patientId: `p-${id}`,
    siteId: 's1',
    arrivedAt: '2025-03-04T10:30:00.000Z',
    category: 'unplanned',
    departmentType: '03',
    presentingComplaint: 'Pain passing urine.',
    reasons: [],
    accompaniedBy: [],
    status: 'outcome',
    outcome: '',
    leftBeforeSeen: false,
    safeguardingConcernRecorded: true,
    referralMade: false,
    referralTo: null,
    referralReference: null,
    level: 'REFER',
    createdAt: '2025-03-04T10:30:00.000Z',
    updatedAt: '2025-03-04T11:10:00.000Z',
  },
  patient: {
    id: `p-${id}`,
    nhsNumber: '9990015929',
    givenName,
    familyName: 'Holt',
    dateOfBirth: '2016-09-12',
    sex: 'female',
    address: null,
    gpPractice: null,
  },
  site: { id: 's1', name: 'Exampleton Walk-in Centre' },
  age: { years: 8, months: 5, label: '8 years' },
  level: 'REFER',
  assessmentId: `a-${id}`,
  actions: [{ code: 'POLICE_101_FGM_REPORT', label: 'Report to the police on 101.', due, overdue }],
  overdueSince: overdue ? due : null,
  reviews: [],
  reviewed: false,
  documents: [{ id: `d-${id}`, kind: 'fgm-police-report', status: 'draft' }],
});

const card = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name} Holt`) });

describe('ReviewItemCard: overdue actions stand out in words, not colour alone', () => {
  afterEach(cleanup);

  it('marks an FGM police report due yesterday "Overdue", with the action and when it was due', () => {
    render(
      createElement(ReviewItemCard, {
        item: item('a1', 'Maya', '2025-03-03T23:59:59+00:00', true),
        onReviewed: () => {},
      }),
    );
    const region = card('Maya');
    expect(within(region).getByRole('heading', { name: /Overdue/ }).textContent).toContain('Overdue');
    expect(within(region).getByRole('listitem').textContent).toBe(
      'Report to the police on 101: was due 3 Mar 2025, 23:59',
    );
    expect(markReviewed).not.toHaveBeenCalled();
  });

  it('does not mark an FGM police report due tomorrow', () => {
    render(
      createElement(ReviewItemCard, {
        item: item('a2', 'Isla', '2025-03-05T23:59:59+00:00', false),
        onReviewed: () => {},
      }),
    );
    const region = card('Isla');
    expect(within(region).queryByText(/Overdue/)).toBeNull();
    expect(within(region).queryByText(/was due/)).toBeNull();
  });

  it('says "Overdue" beside each card in a list only where an action is overdue', () => {
    render(
      createElement('div', null, [
        createElement(ReviewItemCard, {
          key: 1,
          item: item('a1', 'Maya', '2025-03-03T23:59:59+00:00', true),
          onReviewed: () => {},
        }),
        createElement(ReviewItemCard, {
          key: 2,
          item: item('a2', 'Isla', '2025-03-05T23:59:59+00:00', false),
          onReviewed: () => {},
        }),
      ]),
    );
    expect(screen.getAllByRole('heading', { name: /Overdue/ })).toHaveLength(1);
    expect(within(card('Maya')).queryByRole('heading', { name: /Overdue/ })).not.toBeNull();
    expect(within(card('Isla')).queryByRole('heading', { name: /Overdue/ })).toBeNull();
  });
});
