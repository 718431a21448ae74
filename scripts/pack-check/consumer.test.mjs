// The scratch consumer's own test (scripts/pack-check.sh copies it into a project outside the
// workspace, where the packages come from their packed tarballs, not from the sources).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assess, paediatricTriageFixtures } from '@proformas/core';
import { fromQuestionnaireResponse, toQuestionnaire, toQuestionnaireResponse } from '@proformas/fhir';
import { PaediatricTriageForm, ProformaRunner } from '@proformas/react';

// README "Using the core library": a 5-month-old (not yet mobile) with a bruise (P-R2).
const context = {
  patient: { dateOfBirth: '2024-09-11', sex: 'male' },
  attendance: {
    arrivedAt: '2025-03-10T10:00:00+00:00',
    providerId: 'RXX',
    departmentType: '03',
    category: 'unplanned',
  },
};
const answers = { injuryOrMark: 'yes', injuryTypes: ['bruise-petechiae'] };

test('@proformas/core: assess refers a baby under 6 months with a bruise', () => {
  const result = assess('paediatric-triage', answers, context);
  assert.equal(result.level, 'REFER');
  assert.ok(result.firedRules.includes('P-R2'), `fired rules: ${result.firedRules.join(', ')}`);
});

test('@proformas/core: the packaged worked example #1 assesses to its expected level', () => {
  const fixture = paediatricTriageFixtures.find((f) => f.example === '#1');
  assert.ok(fixture, 'worked example #1 is exported');
  const result = assess('paediatric-triage', fixture.answers, fixture.context);
  assert.equal(result.level, fixture.expected.level);
  assert.equal(result.level, 'REFER');
});

test('@proformas/core: a 10-year-old with no concern is not escalated', () => {
  const older = { ...context, patient: { dateOfBirth: '2015-01-01', sex: 'female' } };
  const result = assess('paediatric-triage', { injuryOrMark: 'no' }, older);
  assert.notEqual(result.level, 'REFER');
  assert.equal(result.firedRules.includes('P-R2'), false);
});

test('@proformas/fhir: the triage answers become a QuestionnaireResponse and come back', () => {
  const questionnaire = toQuestionnaire('paediatric-triage');
  assert.equal(questionnaire.resourceType, 'Questionnaire');
  const qr = toQuestionnaireResponse('paediatric-triage', answers);
  assert.equal(qr.resourceType, 'QuestionnaireResponse');
  assert.equal(qr.status, 'in-progress');
  assert.ok(qr.questionnaire?.startsWith(`${questionnaire.url}|`), qr.questionnaire);
  assert.ok((qr.item ?? []).length > 0, 'the response has items');
  assert.deepEqual(fromQuestionnaireResponse(qr), { id: 'paediatric-triage', answers });
});

test('@proformas/react: the components are exported', () => {
  assert.equal(typeof PaediatricTriageForm, 'function');
  assert.equal(typeof ProformaRunner, 'function');
});

test('@proformas/react/styles.css ships and its NHS.UK import resolves', () => {
  const css = fileURLToPath(import.meta.resolve('@proformas/react/styles.css'));
  assert.ok(existsSync(css), css);
  const text = readFileSync(css, 'utf8');
  assert.match(text, /\.app-answer\s*\{/);
  const imported = [...text.matchAll(/@import\s+'([^']+)'/g)].map((m) => m[1]);
  assert.ok(imported.length > 0, 'styles.css imports nhsuk-frontend');
  const fromReact = createRequire(css);
  for (const specifier of imported) assert.ok(existsSync(fromReact.resolve(specifier)), specifier);
});
