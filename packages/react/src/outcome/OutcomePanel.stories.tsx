import type { ActionItem, Firing, Level } from '@proformas/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { OutcomePanel } from './OutcomePanel.tsx';

const actions: Record<Level, ActionItem[]> = {
  EMERGENCY: [
    {
      code: 'POLICE_999',
      label: 'Call 999 now. Keep the child or adult safe here until the police arrive.',
      timing: 'now',
    },
    {
      code: 'MASH_REFERRAL',
      label: 'Phone now: the MASH in working hours. The written referral follows.',
      timing: 'phone now; writing follows',
    },
  ],
  REFER: [
    {
      code: 'MASH_REFERRAL',
      label: 'Phone now: the MASH in working hours. The written referral follows.',
      timing: 'phone now; writing follows',
    },
    {
      code: 'PAEDS_CONSULTANT_REVIEW_SAME_DAY',
      label: 'Arrange a review by a paediatric consultant today.',
      timing: 'today',
    },
  ],
  DISCUSS: [
    {
      code: 'INFORM_SAFEGUARDING_LEAD',
      label: 'Tell the safeguarding lead.',
      timing: 'before discharge',
      due: '2025-03-11T23:59:00+00:00',
    },
  ],
  NOTIFY: [
    {
      code: 'CPIS_INFORM_SOCIAL_WORKER',
      label: 'Tell the child’s allocated social worker about this attendance (CP-IS).',
    },
  ],
  NO_CONCERN: [
    {
      code: 'ROUTINE_SUMMARY',
      label: 'Send the routine attendance summary with the discharge letter.',
      timing: 'with the discharge summary',
    },
  ],
};
const firings: Record<Level, Firing[]> = {
  EMERGENCY: [
    {
      rule: 'P-R1',
      level: 'EMERGENCY',
      actions: ['POLICE_999'],
      reason: 'A child is in immediate danger now.',
    },
  ],
  REFER: [
    {
      rule: 'P-R2',
      level: 'REFER',
      actions: ['MASH_REFERRAL'],
      reason: 'A bruise on a baby who is not yet mobile.',
    },
  ],
  DISCUSS: [
    {
      rule: 'P-R5',
      clause: 'o',
      level: 'DISCUSS',
      actions: ['INFORM_SAFEGUARDING_LEAD'],
      reason: 'The child has gone missing from home.',
      status: 'project-rule',
    },
  ],
  NOTIFY: [
    {
      rule: 'P-R6',
      level: 'NOTIFY',
      actions: ['CPIS_INFORM_SOCIAL_WORKER'],
      reason: 'The child is looked after (CP-IS).',
      status: 'project-rule',
    },
  ],
  NO_CONCERN: [
    {
      rule: 'P-R8',
      level: 'NO_CONCERN',
      actions: ['ROUTINE_SUMMARY'],
      reason: 'No safeguarding concern was found.',
    },
  ],
};

const meta = {
  title: 'Outcome/Outcome panel',
  component: OutcomePanel,
  args: { level: 'NO_CONCERN', actions: actions.NO_CONCERN, firings: firings.NO_CONCERN },
} satisfies Meta<typeof OutcomePanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const forLevel = (level: Level, extra: Partial<Story['args']> = {}): Story => ({
  args: { level, actions: actions[level], firings: firings[level], ...extra },
});

export const Emergency = forLevel('EMERGENCY', {
  concernSummary: 'Her father, who is drunk, tried to carry her out of the department.',
});
export const Refer = forLevel('REFER', { concernSummary: 'A 5-month-old with a bruise on the cheek.' });
export const Discuss = forLevel('DISCUSS');
export const Notify = forLevel('NOTIFY');
export const NoConcern = forLevel('NO_CONCERN');
export const Provisional = forLevel('DISCUSS', { provisional: true });
export const SignedOffRecord = forLevel('NOTIFY', {
  signedOff: { name: 'Alex Morgan', role: 'Emergency nurse practitioner', at: '2025-03-10T11:20:00Z' },
});
export const UnverifiedRule: Story = {
  args: {
    level: 'NO_CONCERN',
    actions: [
      {
        code: 'TRANSFER_ED_AMBULANCE',
        label: 'Transfer to the emergency department by ambulance now.',
        timing: 'now',
      },
    ],
    firings: [
      {
        rule: 'P-R4',
        level: 'NO_CONCERN',
        actions: ['TRANSFER_ED_AMBULANCE'],
        reason: 'A head bruise over 5 cm in a baby under 1.',
        status: 'unverified',
      },
    ],
  },
};
