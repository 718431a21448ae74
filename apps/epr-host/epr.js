/* global window, document, location */
// CareRecord 2003 (synthetic): embeds one FGM form by the custom element and one by the iframe,
// passes the synthetic patient in, and shows the FHIR each returns.
import { connectFrame } from './frameHost.js';
import { attendance, isValidNhsNumber, PATIENT, SITE_CONFIG } from './patient.js';

const params = new URLSearchParams(location.search);
/** Everything each form sent, for the record (and for the tests). */
const received = { element: [], frame: [] };
window.eprReceived = received;

const show = (id, value) => {
  const pre = document.getElementById(id);
  if (pre) pre.textContent = JSON.stringify(value, null, 2);
};
const status = (id, text) => {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
};

if (!isValidNhsNumber(PATIENT.nhsNumber)) throw new Error('The synthetic NHS number fails Modulus 11');

// 1. The custom element: the patient comes as an attribute (in the HTML), the rest as properties.
const element = document.getElementById('element-form');
element.config = SITE_CONFIG;
element.attendance = attendance('epr-att-element');
element.addEventListener('proforma-change', (e) => {
  received.element.push({ type: 'proforma-change', detail: e.detail });
  status('element-status', `Draft saved by the record (${e.detail.phase}).`);
});
element.addEventListener('proforma-escalation', (e) => {
  received.element.push({ type: 'proforma-escalation', detail: e.detail });
  status('element-status', 'EMERGENCY: call 999 now.');
});
element.addEventListener('proforma-complete', (e) => {
  received.element.push({ type: 'proforma-complete', detail: e.detail });
  status('element-status', `Signed off: ${e.detail.assessment.level}. FHIR bundle below.`);
  show('element-result', e.detail.bundle);
});
element.addEventListener('proforma-error', (e) => {
  received.element.push({ type: 'proforma-error', detail: e.detail });
  status('element-status', e.detail.message);
});

// 2. The iframe: the app's embed route, told which origin this page is (the frame's allow-list).
const frameOrigin = params.get('frameOrigin') ?? `${location.protocol}//${location.hostname}:4176`;
const frameAllows = params.get('frameAllows') ?? location.origin;
const iframe = document.getElementById('frame-form');
connectFrame({
  iframe,
  frameOrigin,
  configure: { config: SITE_CONFIG },
  display: {
    questionnaire: 'fgm',
    context: { patient: PATIENT, attendance: attendance('epr-att-frame') },
  },
  on: (type, payload) => {
    received.frame.push({ type, payload });
    if (type === 'proforma.change') status('frame-status', `Draft saved by the record (${payload.phase}).`);
    if (type === 'proforma.escalation') status('frame-status', 'EMERGENCY: call 999 now.');
    if (type === 'proforma.complete') {
      status('frame-status', `Signed off: ${payload.assessment.level}. FHIR bundle below.`);
      show('frame-result', payload.bundle);
    }
    if (type === 'proforma.error' || type.startsWith('host.')) status('frame-status', payload.message);
  },
});
iframe.src = `${frameOrigin}/embed.html?proforma=fgm&origins=${encodeURIComponent(frameAllows)}`;
