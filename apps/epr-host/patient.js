// The synthetic patient and attendance the EPR passes to both forms. Fictional name; the NHS
// number is from the 999 test range with a valid Modulus 11 check digit.

/** ISO date-time with the UK offset of the moment, to the minute ("2026-11-26T10:30:00+00:00"). */
export const nowWithOffset = (date = new Date()) => {
  const offset = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 16);
  const sign = offset >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local}:00${sign}${hh}:${mm}`;
};

export const PATIENT = {
  name: 'Ada Testwell',
  nhsNumber: '999 000 0018',
  dateOfBirth: '2018-11-20',
  sex: 'female',
};

export const attendance = (id) => ({
  id,
  arrivedAt: nowWithOffset(),
  providerId: 'RXX01',
  providerName: 'Riverside Minor Injury Unit (synthetic)',
  departmentType: '03',
  category: 'unplanned',
  reasons: ['injury'],
});

export const SITE_CONFIG = {
  site: { name: 'Riverside Minor Injury Unit (synthetic)', odsCode: 'RXX01' },
  referrer: { service: 'Riverside MIU', phone: '01632 960000', email: 'riverside.miu@example.nhs.uk' },
  directory: {
    mash: { name: 'Synthetic MASH', phone: '01632 960001' },
    police101: { name: 'Police (101)', phone: '101' },
    gpPractice: { name: 'Synthetic Surgery', phone: '01632 960002' },
    schoolNursing: { name: 'Synthetic school nursing team', phone: '01632 960003' },
  },
};

/** The Modulus 11 check, as the EPR does before it passes a number on. */
export const isValidNhsNumber = (value) => {
  const d = value.replace(/\s/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  const sum = [...d.slice(0, 9)].reduce((t, digit, i) => t + Number(digit) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(d[9]);
};
