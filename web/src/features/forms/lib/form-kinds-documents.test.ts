import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AllegationSchema } from '../../../../../src/core/allegation/allegation.ts';
import { EvidenceSchema } from '../../../../../src/core/evidence/evidence.ts';
import { newRecordValues } from '../components/record-defaults.ts';
import { recordOfForm } from './form-record.ts';

test('an allegation opened from a selection starts with its document, page, offsets and quote', () => {
  const params = new URLSearchParams({
    case: 'case:x',
    document: 'source:ind',
    page: '3',
    start: '12',
    end: '40',
    quote: 'организовал массовые беспорядки',
  });
  const values = newRecordValues('allegation', 'case:x', params);
  const record = recordOfForm({ ...values, summary: 'Organised the riots', charge: 'charge:272' }) as Record<
    string,
    unknown
  >;
  assert.deepEqual(record.passage, { page: 3, start: 12, end: 40, quote: 'организовал массовые беспорядки' });
  assert.equal(record.speechAssessment, undefined, 'an empty assessment is left out');
  assert.equal(record.conductOn, undefined);
  assert.equal(AllegationSchema.safeParse(record).success, true);
});

test('an allegation with no passage sends none; a speech one keeps its finding', () => {
  const values = newRecordValues('allegation', 'case:x');
  const plain = recordOfForm({ ...values, document: 'source:ind', summary: 'Called people out' });
  assert.equal((plain as { passage?: unknown }).passage, undefined);
  assert.equal(AllegationSchema.safeParse(plain).success, true);
  const speech = recordOfForm({
    ...values,
    document: 'source:ind',
    summary: 'Called people out',
    type: 'speech',
    speechAssessment: { finding: 'protected', standard: '', reasoning: '', sources: [] },
  });
  assert.deepEqual((speech as { speechAssessment: unknown }).speechAssessment, {
    finding: 'protected',
    sources: [],
  });
  assert.equal(AllegationSchema.safeParse(speech).success, true);
});

test('an evidence form with a link and no reliability becomes an item the core accepts', () => {
  const values = newRecordValues('evidence', 'case:x');
  const record = recordOfForm({
    ...values,
    title: 'Expert analysis',
    type: 'expert_opinion',
    commissionedBy: 'prosecution',
    links: [{ allegation: 'allegation:a', stance: 'supports', note: '' }],
  }) as Record<string, unknown>;
  assert.equal(record.reliability, undefined);
  assert.equal(record.page, undefined);
  assert.deepEqual(record.links, [{ allegation: 'allegation:a', stance: 'supports' }]);
  assert.equal(EvidenceSchema.safeParse(record).success, true);
});

test('a new hearing does not say the public could attend: its access is unknown until someone says', () => {
  const values = newRecordValues('hearing', 'case:x');
  assert.equal(values.access, 'unknown');
});
