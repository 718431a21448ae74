import type { AssessmentContext } from '@proformas/core';

/** An attendance on 10 March 2025 (the spec's worked examples), for a child born on `dateOfBirth`. */
export const attendance = (
  dateOfBirth: string,
  sex: AssessmentContext['patient']['sex'] = 'female',
): AssessmentContext => ({
  patient: { dateOfBirth, sex },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RX1',
    departmentType: '03',
    category: 'unplanned',
  },
});

/** A 7-year-old girl. */
export const sevenYearOld = attendance('2017-08-20');
/** A 4-month-old boy (not yet mobile). */
export const fourMonthOld = attendance('2024-11-02', 'male');

/** Storage that lives only as long as the test. */
export const memoryStorage = () => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
};
