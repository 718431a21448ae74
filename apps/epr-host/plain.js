/* global document */
// The same form as on the EPR page, with nothing else on the page.
import { attendance, SITE_CONFIG } from './patient.js';

const element = document.getElementById('element-form');
element.config = SITE_CONFIG;
element.attendance = attendance('plain-att-element');
