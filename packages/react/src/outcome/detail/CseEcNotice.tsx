import type { FormDetailProps } from './types.ts';

const EC_FALLBACK =
  'Give emergency contraception now if it is clinically indicated. Do not wait for the safeguarding discussion or referral.';

/**
 * The CSE screen's C-R7 message, shown first on the outcome when it fired (cse.md: emergency
 * contraception is never delayed by the screen). Nothing otherwise.
 */
export function CseEcNotice({ detail, evaluation }: Pick<FormDetailProps, 'detail' | 'evaluation'>) {
  if (detail['ecDoNotDelay'] !== true) return null;
  const reason = evaluation?.firings.find((f) => f.rule === 'C-R7')?.reason ?? EC_FALLBACK;
  return (
    <div className="nhsuk-warning-callout app-ec-notice">
      <p className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>Emergency contraception
      </p>
      <p>{reason}</p>
    </div>
  );
}
