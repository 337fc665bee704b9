import { test } from 'node:test';
import assert from 'node:assert/strict';
import { presentCaseFile } from '../core/case/case.presenter.ts';
import { formatCaseFile } from './format-case.ts';
import {
  DEFENDANT,
  cc,
  kzLaw,
  makeCharge,
  makeDecision,
  makeFile,
} from '../../test/support/facts-factory.ts';

const law = kzLaw();

const file = () => {
  const base = makeFile();
  return makeFile({
    case: {
      ...base.case,
      releases: [
        {
          person: DEFENDANT,
          date: '2024-05',
          reason: 'conditional_early_release',
          decision: 'decision:parole',
          sources: [],
        },
      ],
    },
    charges: [makeCharge('charge:riots', cc('272', '2'), '2022-01-20')],
    decisions: [
      makeDecision('decision:verdict', {
        date: '2023-03-10',
        enteredIntoForce: '2023-05',
        outcomes: [{ charge: 'charge:riots', outcome: 'convicted' }],
        sentence: [
          { type: 'restricted_freedom', term: { years: 3 }, isPrincipal: true },
          { type: 'deprivation_of_right', term: { years: 2 }, activity: 'journalism' },
        ],
        appeals: [{ by: 'defence', filedOn: '2023-03-20', outcome: 'upheld', sources: [] }],
      }),
      makeDecision('decision:parole', {
        kind: 'other',
        date: '2024-05',
        sentence: [
          {
            type: 'imprisonment',
            term: { years: 1, months: 6 },
            regime: 'minimum',
            isSuspended: true,
            probation: { years: 1 },
          },
        ],
      }),
    ],
  });
};

test('case show gives decisions, sentences, bans and releases in words, with no raw keys', () => {
  const text = formatCaseFile(presentCaseFile(file(), law));
  const decisions = text.slice(
    text.indexOf('Decisions:'),
    text.indexOf('Sources:') < 0 ? undefined : text.indexOf('Sources:'),
  );
  assert.match(decisions, /Verdict of 10 March 2023 \(Zhanbolat Mamay\) {2}\[decision:verdict\]/);
  assert.match(decisions, /Art\. 272\(2\) \[charge:riots\]: convicted/);
  assert.match(decisions, /sentence: restricted freedom, 3 years, principal/);
  assert.match(
    decisions,
    /sentence: ban on holding certain posts or engaging in certain activities \(journalism\), 2 years, additional/,
  );
  assert.match(decisions, /entered into force May 2023/);
  assert.match(decisions, /appeal by the defence, filed 20 March 2023: upheld/);
  assert.match(decisions, /Decision of May 2024/);
  assert.match(
    decisions,
    /imprisonment, 1 year 6 months, minimum-security institution, suspended, probation 1 year/,
  );
  assert.match(
    text,
    /Releases:\n {2}May 2024 +Zhanbolat Mamay released: conditional early release \(following decision:parole\)/,
  );
  for (const key of [
    'restricted_freedom',
    'deprivation_of_right',
    'conditional_early_release',
    'appeal_ruling',
  ])
    assert.ok(!text.includes(key), key);
  assert.doesNotMatch(decisions, /\b[a-z]+_[a-z_]+\b/);
});

test('a verdict with no entry into force recorded says so', () => {
  const f = file();
  const only = { ...f, decisions: [makeDecision('decision:verdict', { date: '2023-03-10' })] };
  assert.match(
    formatCaseFile(presentCaseFile(only, law)),
    /Verdict of 10 March 2023.*\n {6}no entry into force recorded/,
  );
});

test('case show says how current the record is: the day it states, or its latest dated fact and where', () => {
  const stated = makeFile();
  assert.match(
    formatCaseFile(presentCaseFile(stated, law)),
    /^Record: information confirmed until .*, as the record states$/m,
  );
  const { confirmed: _none, ...unstated } = stated.case;
  const charge = makeCharge('charge:riots', cc('272', '1'), '2023-01-26');
  const inferred = makeFile({ case: unstated, charges: [charge] });
  assert.match(
    formatCaseFile(presentCaseFile(inferred, law)),
    /^Record: no day of confirmation stated; its latest dated fact is 26 January 2023 \(charge:riots \$\.lifecycle\[0\]\.date\)$/m,
  );
  const own = makeFile({
    case: {
      ...stated.case,
      participants: [
        { person: DEFENDANT, role: 'defendant', sources: [], confirmed: { on: '2023-05', sources: [] } },
      ],
    },
  });
  assert.match(formatCaseFile(presentCaseFile(own, law)), /\(defendant\), confirmed until May 2023/);
});

test('case show says "part 2 or 3", the stage and role charged, and the ground of a release from liability', () => {
  const text = formatCaseFile(
    presentCaseFile(
      makeFile({
        charges: [
          makeCharge('charge:info', cc('274'), '2022-01-20', [], {
            partsInDoubt: [
              { part: '2', sources: [] },
              { part: '3', sources: [] },
            ],
          }),
          makeCharge(
            'charge:riots',
            cc('272', '1'),
            '2022-01-20',
            [
              {
                kind: 'released_from_liability',
                date: '2022-09-01',
                ground: 'limitation_expired',
                sources: [],
              },
            ],
            {
              stage: { kind: 'attempt', qualifier: { article: '24', part: '3' }, sources: [] },
              role: { kind: 'accessory', sources: [] },
            },
          ),
        ],
      }),
      law,
    ),
  );
  assert.match(text, /Art\. 274, part 2 or 3 .*\[charge:info\]/);
  assert.match(text, /Art\. 272\(1\), attempt with Art\. 24\(3\), accessory .*\[charge:riots\]/);
  assert.match(text, /released from liability \(limitation period expired\)/);
});
