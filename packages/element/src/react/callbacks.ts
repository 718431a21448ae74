import type { ChangeDetail, CompleteDetail, ErrorDetail, EscalationDetail } from '../session/details.ts';

/** What a running form tells its host (the element turns each into an event, the iframe into a message). */
export interface EmbedCallbacks {
  onChange?: (detail: ChangeDetail) => void;
  onEscalation?: (detail: EscalationDetail) => void;
  onComplete?: (detail: CompleteDetail) => void;
  onError?: (detail: ErrorDetail) => void;
}
