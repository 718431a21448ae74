import type { HouseholdFactor, MaracRoute } from '@proformas/core';
import { DetailSection, SummaryRows } from './DetailSection.tsx';
import { configOf, inWords, listOf, numberOf } from './read.ts';
import type { FormDetailProps } from './types.ts';

const FACTORS: Record<HouseholdFactor, string> = {
  da: 'domestic abuse',
  sub: 'alcohol or drug misuse',
  mh: 'mental ill-health',
};

const YES_NO: Record<string, string> = { yes: 'Yes', no: 'No' };

/**
 * Hidden harm's detail: the DASH score against the MARAC threshold, professional judgement, the
 * incidents in the last 12 months, the MARAC routes that apply, and the household factors.
 */
export function HiddenHarmDetail({ detail, evaluation, headingLevel }: FormDetailProps) {
  const config = configOf(evaluation);
  const answers = evaluation?.answers ?? {};
  const score = numberOf(detail['dashScore']);
  const routes = listOf<MaracRoute>(detail['maracRoutes']);
  const factors = listOf<HouseholdFactor>(detail['householdFactors']);
  const incidents = numberOf(answers['incidentsLast12Months']);
  const judgement = answers['professionalJudgementHigh'];
  const routeWords: Record<MaracRoute, string> = {
    'visible-high-risk': `visible high risk: a DASH score of ${config.dashMaracThreshold} or more`,
    'professional-judgement': 'professional judgement of high risk',
    'potential-escalation': `potential escalation: ${config.maracEscalationIncidents} or more incidents in 12 months`,
  };
  const notDone =
    answers['dashAgreed'] === 'no' ? 'Not done: the patient did not agree to it now' : 'Not done';
  return (
    <DetailSection title="Domestic abuse: DASH and MARAC" headingLevel={headingLevel}>
      <SummaryRows
        rows={[
          {
            key: 'DASH score',
            value: score === undefined ? notDone : `${score} of 24 questions answered yes`,
          },
          { key: 'MARAC threshold', value: `A DASH score of ${config.dashMaracThreshold} or more` },
          {
            key: 'Professional judgement: high risk',
            value: typeof judgement === 'string' ? (YES_NO[judgement] ?? judgement) : 'Not recorded',
          },
          {
            key: 'Incidents in the last 12 months',
            value: incidents === undefined ? 'Not known' : String(incidents),
          },
          {
            key: 'MARAC referral',
            value:
              routes.length > 0
                ? `Needed: ${inWords(routes.map((r) => routeWords[r] ?? r))}`
                : 'Not needed on these answers',
          },
          {
            key: 'In the household',
            value: factors.length > 0 ? inWords(factors.map((f) => FACTORS[f] ?? f)) : 'None recorded',
          },
        ]}
      />
    </DetailSection>
  );
}
