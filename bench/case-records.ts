import type { Case } from '../src/core/case/case.ts';
import type { Charge, ChargeStep } from '../src/core/charge/charge.ts';
import type { Citation } from '../src/core/common/schemas.ts';
import type { Decision, SentenceComponent } from '../src/core/decision/decision.ts';
import type { Hearing } from '../src/core/hearing/hearing.ts';
import type { Measure, MeasureStep } from '../src/core/measure/measure.ts';
import type { Person } from '../src/core/person/person.ts';
import type { Source } from '../src/core/source/source.ts';
import { CITIES, personNames, randomPerson } from './names.ts';
import { Random } from './prng.ts';
import { EVENT_IDS, officialId, orgIds, POOL } from './shared-records.ts';

/** The records of one generated case, by bundle collection (events are shared, so none here). */
export interface CaseRecords {
  sources: Source[];
  persons: Person[];
  cases: Case[];
  charges: Charge[];
  measures: Measure[];
  hearings: Hearing[];
  decisions: Decision[];
}

/** Articles of the Kazakh Criminal Code used against activists, with how often they appear and a label. */
const ARTICLES: readonly (readonly [{ article: string; part?: string; label: string }, number])[] = [
  [{ article: '272', part: '1', label: 'organising mass riots' }, 6],
  [{ article: '272', part: '2', label: 'participation in mass riots' }, 10],
  [{ article: '274', part: '4', label: 'dissemination of knowingly false information (aggravated)' }, 8],
  [{ article: '274', part: '2', label: 'dissemination of knowingly false information' }, 4],
  [{ article: '378', part: '2', label: 'insulting a representative of the authorities' }, 6],
  [{ article: '400', label: 'violating the procedure for organising and holding peaceful assemblies' }, 8],
  [{ article: '179', part: '2', label: 'propaganda of or public calls to seize power' }, 4],
  [{ article: '255', part: '1', label: 'act of terrorism' }, 2],
  [{ article: '405', part: '1', label: 'organising the activity of a banned extremist organisation' }, 6],
  [{ article: '405', part: '2', label: 'participation in a banned extremist organisation' }, 5],
  [{ article: '258', part: '1', label: 'financing extremist or terrorist activity' }, 2],
];

const MS_PER_DAY = 86_400_000;
const day = (n: number) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
const START = Date.UTC(2016, 0, 1) / MS_PER_DAY;
const TODAY = Date.UTC(2025, 5, 1) / MS_PER_DAY;

/** The id of the n-th case (zero-based); padded so ids sort in generation order. */
export function caseId(n: number): string {
  return `case:kz-${String(n).padStart(6, '0')}`;
}

/** Generates case n; the same seed and n always give the same records, whatever else is generated. */
export function caseRecords(seed: number, n: number): CaseRecords {
  const rng = new Random(seed, n);
  const key = `kz-${String(n).padStart(6, '0')}`;
  const city = rng.pick(CITIES);
  const org = orgIds(city);
  const judge = officialId(city, 'judge', rng.int(1, POOL.judge));
  const prosecutorPerson = officialId(city, 'prosecutor', rng.int(1, POOL.prosecutor));
  const lawyer = officialId(city, 'lawyer', rng.int(1, POOL.lawyer));

  // A date as precise as a source would give it: mostly a day, sometimes a month, approximate or uncertain.
  const partial = (d: number): string => {
    const iso = day(d);
    return rng.weighted([
      [iso, 80],
      [iso.slice(0, 7), 8],
      [`${iso}~`, 6],
      [`${iso.slice(0, 7)}~`, 3],
      [`${iso}?`, 3],
    ]);
  };

  const indictment = `source:${key}-indictment`;
  const article = `source:${key}-article`;
  const pages = rng.int(20, 140);
  const doc = (): Citation[] => [{ source: indictment, page: rng.int(1, pages) }];
  const web = (quote?: string): Citation[] => [
    { source: article, ...(quote !== undefined ? { quote } : {}) },
  ];
  const both = (): Citation[] => [...doc(), ...web()];

  const opened = START + rng.int(0, 8 * 365);
  const investigationEnd = opened + rng.int(120, 300);
  const goesToCourt = rng.chance(0.75);
  const trialStart = investigationEnd + rng.int(14, 60);
  const hasVerdict = goesToCourt && rng.chance(0.7);
  const verdictDate = trialStart + rng.int(20, 150);

  const sources: Source[] = [
    {
      id: indictment,
      kind: 'document',
      documentKind: 'indictment',
      title: `Обвинительный акт по делу ${key}`,
      language: 'ru',
      publishedOn: day(investigationEnd).slice(0, 7),
      pageCount: pages,
      visibility: 'internal',
    },
    {
      id: article,
      kind: 'web',
      documentKind: 'article',
      title: `Суд над активистами в ${city.ru}`,
      language: 'ru',
      publisher: rng.pick(['Vlast.kz', 'Azattyq', 'KazTAG', 'Orda.kz']),
      url: `https://news.example.kz/${city.key}/${key}`,
      accessedOn: day(Math.min(TODAY, opened + rng.int(10, 900))),
      visibility: 'public',
    },
  ];
  const verdictSource = `source:${key}-verdict`;
  if (hasVerdict) {
    sources.push({
      id: verdictSource,
      kind: 'document',
      documentKind: 'verdict',
      title: `Приговор по делу ${key}`,
      language: 'ru',
      publishedOn: day(verdictDate),
      pageCount: rng.int(10, 80),
      visibility: 'public',
    });
  }

  const defendants: Person[] = [];
  for (
    let k = 1,
      count = rng.weighted([
        [1, 60],
        [2, 28],
        [3, 12],
      ]);
    k <= count;
    k++
  ) {
    const who = randomPerson(rng);
    defendants.push({
      id: `person:${key}-${k}`,
      names: personNames(rng, who.parts, web()),
      birthDate: rng.chance(0.6) ? day(opened - rng.int(20 * 365, 60 * 365)) : String(rng.int(1960, 2000)),
      gender: who.gender,
      citizenship: ['kz'],
      occupation: rng.pick([
        'activist',
        'journalist',
        'blogger',
        'opposition politician',
        'lawyer',
        'oil worker',
        'imam',
      ]),
      affiliations: [],
      visibility: rng.chance(0.9) ? 'public' : 'internal',
      sources: web(),
    });
  }

  const charges: Charge[] = [];
  const decisions: Decision[] = [];
  const verdictOf = (k: number) => `decision:${key}-${k}-verdict`;
  const chargeCount = Math.max(defendants.length, rng.int(1, 5));
  let serial = 0;
  // Live charges per defendant when the case goes to court: they are sent to court and judged.
  const live = new Map<string, Charge[]>();
  for (let c = 0; c < chargeCount; c++) {
    const defendant = defendants[c % defendants.length] as Person;
    const chosen = rng.weighted(ARTICLES);
    const brought = opened + rng.int(0, 30);
    const make = (what: typeof chosen, first: ChargeStep, origin?: Charge['origin']): Charge => ({
      id: `charge:${key}-${++serial}`,
      case: caseId(n),
      defendant: defendant.id,
      article: {
        jurisdiction: 'kz',
        code: 'cc',
        article: what.article,
        ...(what.part !== undefined ? { part: what.part } : {}),
      },
      label: what.label,
      ...(origin ? { origin } : {}),
      lifecycle: [first],
      visibility: 'public',
      sources: doc(),
    });
    let charge = make(chosen, {
      kind: 'brought',
      date: partial(brought),
      authority: org.police,
      sources: doc(),
    });
    charges.push(charge);
    const scenario = rng.weighted([
      ['plain', 58],
      ['reclassified', 20],
      ['rebrought', 12],
      ['dropped', 10],
    ] as const);
    if (scenario !== 'plain') {
      const at = brought + rng.int(10, investigationEnd - brought - 40);
      if (scenario === 'reclassified') {
        const next = make(
          rng.weighted(ARTICLES.filter(([a]) => a !== chosen)),
          { kind: 'brought', date: day(at), authority: org.prosecutor, sources: doc() },
          { kind: 'reclassification', from: [charge.id] },
        );
        charge.lifecycle.push({
          kind: 'reclassified',
          date: day(at),
          authority: org.prosecutor,
          successors: [next.id],
          sources: doc(),
        });
        charges.push((charge = next));
      } else {
        charge.lifecycle.push({
          kind: 'dropped',
          date: partial(at),
          authority: org.prosecutor,
          reason: 'no corpus delicti',
          sources: both(),
        });
        if (scenario === 'dropped') continue;
        const again = at + rng.int(10, investigationEnd - at - 5);
        charges.push(
          (charge = make(
            chosen,
            { kind: 'brought', date: day(again), authority: org.prosecutor, sources: both() },
            { kind: 'rebrought', from: [charge.id] },
          )),
        );
      }
    }
    if (!goesToCourt) continue;
    charge.lifecycle.push({
      kind: 'sent_to_court',
      date: day(investigationEnd + rng.int(0, 10)),
      authority: org.prosecutor,
      sources: doc(),
    });
    live.set(defendant.id, [...(live.get(defendant.id) ?? []), charge]);
  }

  if (hasVerdict) {
    defendants.forEach((d, i) => {
      const judged = live.get(d.id);
      if (!judged) return;
      const id = verdictOf(i + 1);
      const cite: Citation[] = [{ source: verdictSource, page: 1 }];
      const outcomes = judged.map((c) => {
        const outcome = rng.chance(0.94) ? ('convicted' as const) : ('acquitted' as const);
        c.lifecycle.push({
          kind: outcome,
          date: day(verdictDate),
          authority: org.court,
          decision: id,
          sources: cite,
        });
        if (outcome === 'convicted' && rng.chance(0.03))
          c.lifecycle.push({ kind: 'amnestied', date: day(verdictDate + rng.int(30, 400)), sources: web() });
        return { charge: c.id, outcome };
      });
      const isConvicted = outcomes.some((o) => o.outcome === 'convicted');
      const sentence: SentenceComponent[] = !isConvicted
        ? []
        : [
            rng.weighted<SentenceComponent>([
              [
                {
                  type: 'imprisonment',
                  term: { years: rng.int(2, 8) },
                  regime: rng.pick(['medium', 'maximum']),
                  isPrincipal: true,
                },
                55,
              ],
              [{ type: 'restricted_freedom', term: { years: rng.int(1, 5) }, isPrincipal: true }, 30],
              [
                {
                  type: 'imprisonment',
                  term: { years: rng.int(2, 5) },
                  isSuspended: true,
                  probation: { years: rng.int(1, 3) },
                  isPrincipal: true,
                },
                5,
              ],
              [{ type: 'fine', amount: { value: rng.int(100, 5000), unit: 'mci' }, isPrincipal: true }, 10],
            ]),
            ...(rng.chance(0.4)
              ? [
                  {
                    type: 'deprivation_of_right',
                    term: { years: rng.int(2, 7) },
                    activity: 'public and political activity',
                  },
                ]
              : []),
          ];
      const appealed = rng.chance(0.25);
      const filedOn = verdictDate + rng.int(3, 14);
      const ruling = `decision:${key}-${i + 1}-appeal`;
      const ruledOn = filedOn + rng.int(30, 90);
      decisions.push({
        id,
        case: caseId(n),
        kind: 'verdict',
        date: day(verdictDate),
        court: org.court,
        judges: [judge],
        defendant: d.id,
        outcomes,
        sentence,
        enteredIntoForce: partial(appealed ? ruledOn : verdictDate + rng.int(15, 30)),
        appeals: appealed
          ? [{ by: 'defence', filedOn: day(filedOn), outcome: 'upheld', decision: ruling, sources: web() }]
          : [],
        visibility: 'public',
        sources: cite,
      });
      if (appealed) {
        decisions.push({
          id: ruling,
          case: caseId(n),
          kind: 'appeal_ruling',
          date: day(ruledOn),
          court: org.appealCourt,
          judges: [],
          defendant: d.id,
          outcomes: [],
          sentence: [],
          reviews: id,
          appeals: [],
          visibility: 'public',
          sources: web(),
        });
      }
    });
  }

  const measures: Measure[] = [];
  const hearingDates: number[] = [];
  defendants.forEach((d, i) => {
    const mid = (what: string) => `measure:${key}-${i + 1}-${what}`;
    const base = { case: caseId(n), person: d.id, visibility: 'public' as const };
    const ordered = opened + rng.int(0, 3);
    const plan = rng.weighted([
      ['custody-then-house', 40],
      ['custody', 18],
      ['admin', 15],
      ['undertaking', 27],
    ] as const);
    if (plan === 'admin') {
      const start = opened - rng.int(5, 20);
      const days = rng.int(10, 15);
      measures.push({
        ...base,
        id: mid('admin'),
        kind: 'administrative_detention',
        steps: [
          { kind: 'ordered', date: day(start), authority: org.court, term: { days }, sources: web() },
          { kind: 'ended', date: day(start + days), sources: web() },
        ],
        sources: web(),
      });
    }
    if (plan === 'admin' || plan === 'undertaking') {
      measures.push({
        ...base,
        id: mid('undertaking'),
        kind: 'undertaking_not_to_leave',
        steps: [{ kind: 'ordered', date: partial(ordered), authority: org.police, sources: doc() }],
        sources: doc(),
      });
      return;
    }
    hearingDates.push(ordered);
    const end = hasVerdict ? verdictDate : Math.min(TODAY, ordered + rng.int(60, 400));
    const length = plan === 'custody' ? end - ordered : rng.int(30, Math.max(31, end - ordered - 1));
    const steps: MeasureStep[] = [
      {
        kind: 'ordered',
        date: day(ordered),
        authority: org.court,
        plannedEnd: day(ordered + 60),
        term: { months: 2 },
        sources: doc(),
      },
    ];
    for (let t = ordered + 60; t < ordered + length && steps.length < 8; t += 60) {
      steps.push({
        kind: 'extended',
        date: day(t - rng.int(1, 5)),
        authority: org.court,
        plannedEnd: day(t + 60),
        term: { months: 2 },
        sources: doc(),
      });
    }
    const switchAt = ordered + length;
    const houseArrest = plan === 'custody-then-house' && switchAt < end;
    if (houseArrest)
      steps.push({
        kind: 'changed',
        date: day(switchAt),
        authority: org.court,
        successor: mid('house'),
        sources: both(),
      });
    else if (hasVerdict || switchAt < TODAY)
      steps.push({ kind: 'ended', date: day(switchAt), authority: org.court, sources: both() });
    measures.push({
      ...base,
      id: mid('custody'),
      kind: 'custody',
      facility: org.facility,
      steps,
      sources: doc(),
    });
    if (houseArrest) {
      const house: MeasureStep[] = [
        {
          kind: 'ordered',
          date: day(switchAt),
          authority: org.court,
          term: { months: rng.int(1, 6) },
          sources: both(),
        },
      ];
      if (hasVerdict) house.push({ kind: 'ended', date: day(end), sources: web() });
      measures.push({
        ...base,
        id: mid('house'),
        kind: 'house_arrest',
        place: city.en,
        steps: house,
        sources: web(),
      });
    }
  });

  const hearings: Hearing[] = [];
  const dates = [...hearingDates.slice(0, 1)];
  if (goesToCourt) {
    dates.push(trialStart);
    const sessions = rng.int(0, 2);
    const last = hasVerdict ? verdictDate : Math.max(trialStart + 60, TODAY + 60);
    for (let s = 1; s <= sessions; s++)
      dates.push(trialStart + Math.round((last - trialStart) * (s / (sessions + 1))));
    if (hasVerdict) dates.push(verdictDate);
  }
  if (dates.length === 0) dates.push(investigationEnd + rng.int(5, 30));
  dates.forEach((at, h) => {
    const isVerdict = hasVerdict && h === dates.length - 1;
    const kind =
      h === 0 && hearingDates.length > 0
        ? 'detention_review'
        : isVerdict
          ? 'verdict'
          : at === trialStart
            ? 'preliminary'
            : 'trial_session';
    const next = dates[h + 1];
    hearings.push({
      id: `hearing:${key}-${h + 1}`,
      case: caseId(n),
      kind,
      date: day(at),
      time: `${String(rng.int(9, 17)).padStart(2, '0')}:${rng.pick(['00', '30'])}`,
      court: org.court,
      judges: [judge],
      prosecutors: [prosecutorPerson],
      access: rng.pick(['public', 'closed', 'partially_closed', 'unknown'] as const),
      status: at < TODAY ? 'held' : 'scheduled',
      ...(next !== undefined ? { nextDate: day(next) } : {}),
      ...(isVerdict && decisions[0] ? { decision: decisions[0].id } : {}),
      visibility: 'public',
      sources: web(
        rng.pick([
          'Заседание прошло в закрытом режиме',
          'Суд отклонил ходатайство защиты',
          'Рассмотрение отложено',
        ]),
      ),
    });
  });

  const theCase: Case = {
    id: caseId(n),
    jurisdiction: 'kz',
    title: `${defendants.map((d) => d.names[1]?.value ?? d.id).join(', ')} (${city.en})`,
    summary: `Prosecution in ${city.en} over ${charges
      .map((c) => c.label)
      .filter((l, i, all) => all.indexOf(l) === i)
      .join('; ')}.`,
    numbers: [
      {
        value: `${String(new Date(opened * MS_PER_DAY).getUTCFullYear()).slice(2)}7510310${String(n).padStart(8, '0')}`,
        authority: org.police,
        assignedOn: day(opened),
        sources: doc(),
      },
    ],
    openedOn: partial(opened),
    authorities: [
      {
        organisation: org.police,
        role: 'investigating',
        period: { from: day(opened), to: day(investigationEnd) },
        sources: doc(),
      },
      { organisation: org.prosecutor, role: 'prosecuting', sources: doc() },
      ...(goesToCourt
        ? [
            {
              organisation: org.court,
              role: 'court_first_instance' as const,
              period: { from: day(trialStart) },
              sources: web(),
            },
          ]
        : []),
    ],
    groups: [],
    themes: [
      rng.pick(['peaceful assembly', 'freedom of expression', 'political opposition', 'religion', 'labour']),
    ],
    participants: [
      ...defendants.map((d) => ({ person: d.id, role: 'defendant' as const, sources: doc() })),
      { person: lawyer, role: 'lawyer', sources: web() },
      { person: prosecutorPerson, role: 'prosecutor', sources: doc() },
      ...(goesToCourt
        ? [{ person: judge, role: 'judge' as const, period: { from: day(trialStart) }, sources: web() }]
        : []),
    ],
    events: rng.chance(0.3) ? [rng.pick(EVENT_IDS)] : [],
    visibility: rng.chance(0.9) ? 'public' : 'internal',
    sources: both(),
  };
  return { sources, persons: defendants, cases: [theCase], charges, measures, hearings, decisions };
}
