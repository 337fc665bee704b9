import type { Citation } from '../src/core/common/schemas.ts';
import type { Event } from '../src/core/event/event.ts';
import type { Organisation } from '../src/core/organisation/organisation.ts';
import type { Person } from '../src/core/person/person.ts';
import type { Source } from '../src/core/source/source.ts';
import { CITIES, personNames, randomPerson, type City } from './names.ts';
import { Random } from './prng.ts';

/** Officials of each city's pool: judges, prosecutors and lawyers that many cases share. */
export const POOL = { judge: 6, prosecutor: 6, lawyer: 10 } as const;
export type PoolRole = keyof typeof POOL;

/** The ids of a city's shared organisations. */
export function orgIds(city: City) {
  return {
    court: `org:kz-${city.key}-criminal-court`,
    appealCourt: `org:kz-${city.key}-city-court`,
    prosecutor: `org:kz-${city.key}-prosecutor`,
    police: `org:kz-${city.key}-police`,
    facility: `org:kz-${city.key}-sizo`,
  };
}

/** The id of the n-th judge, prosecutor or lawyer of a city. */
export function officialId(city: City, role: PoolRole, n: number): string {
  return `person:kz-${city.key}-${role}-${n}`;
}

/** Public events cases are tied to. */
export const EVENT_IDS = [
  'event:kz-zhanaozen-2011',
  'event:kz-land-protests-2016',
  'event:kz-election-2019',
  'event:kz-january-2022',
  'event:kz-referendum-2022',
];

const REGISTRY = 'source:kz-court-registry';

/** The sources, organisations, officials and events every generated case draws on, in bundle order. */
export function sharedRecords(seed: number): {
  sources: Source[];
  organisations: Organisation[];
  persons: Person[];
  events: Event[];
} {
  const rng = new Random(seed, -1);
  const cite: Citation[] = [{ source: REGISTRY, locator: 'court directory' }];
  const sources: Source[] = [
    {
      id: REGISTRY,
      kind: 'web',
      title: 'Судебный кабинет: справочник судов Республики Казахстан',
      language: 'ru',
      publisher: 'Supreme Court of the Republic of Kazakhstan',
      url: 'https://office.sud.kz/courts',
      accessedOn: '2024-03-01',
      visibility: 'public',
    },
    {
      id: 'source:kz-events-report',
      kind: 'document',
      documentKind: 'report',
      title: 'Kazakhstan: protests and prosecutions, 2011–2022',
      language: 'en',
      publisher: 'Casewatch',
      publishedOn: '2023-05',
      pageCount: 140,
      visibility: 'public',
    },
  ];
  const org = (
    id: string,
    kind: Organisation['kind'],
    kk: string,
    ru: string,
    en: string,
    city: City,
  ): Organisation => ({
    id,
    names: [
      { value: kk, script: 'Cyrl', language: 'kk', kind: 'native', sources: cite },
      { value: ru, script: 'Cyrl', language: 'ru', kind: 'native', isPreferred: true, sources: cite },
      { value: en, script: 'Latn', language: 'en', kind: 'translation', sources: cite },
    ],
    kind,
    jurisdiction: 'kz',
    place: city.en,
    registration: [],
    visibility: 'public',
    sources: cite,
  });
  const organisations: Organisation[] = [];
  const persons: Person[] = [];
  for (const city of CITIES) {
    const ids = orgIds(city);
    organisations.push(
      org(
        ids.court,
        'court',
        `${city.kk} қаласының қылмыстық істер жөніндегі мамандандырылған ауданаралық соты`,
        `Специализированный межрайонный суд по уголовным делам г. ${city.ru}`,
        `Specialised Inter-district Criminal Court of ${city.en}`,
        city,
      ),
      org(
        ids.appealCourt,
        'court',
        `${city.kk} қалалық соты`,
        `Городской суд г. ${city.ru}`,
        `${city.en} City Court`,
        city,
      ),
      org(
        ids.prosecutor,
        'prosecutor',
        `${city.kk} қаласының прокуратурасы`,
        `Прокуратура г. ${city.ru}`,
        `${city.en} City Prosecutor's Office`,
        city,
      ),
      org(
        ids.police,
        'police',
        `${city.kk} қаласының полиция департаменті`,
        `Департамент полиции г. ${city.ru}`,
        `${city.en} Police Department`,
        city,
      ),
      org(
        ids.facility,
        'detention_facility',
        `${city.kk} қаласының тергеу изоляторы`,
        `Следственный изолятор г. ${city.ru}`,
        `${city.en} Pre-trial Detention Centre`,
        city,
      ),
    );
    const workplace: Record<PoolRole, string> = {
      judge: ids.court,
      prosecutor: ids.prosecutor,
      lawyer: ids.court,
    };
    for (const role of Object.keys(POOL) as PoolRole[]) {
      for (let n = 1; n <= POOL[role]; n++) {
        const who = randomPerson(rng);
        persons.push({
          id: officialId(city, role, n),
          names: personNames(rng, who.parts, cite),
          gender: who.gender,
          occupation: role === 'lawyer' ? 'defence lawyer' : role,
          affiliations:
            role === 'lawyer'
              ? []
              : [
                  {
                    organisation: workplace[role],
                    role,
                    period: { from: String(rng.int(2008, 2015)) },
                    sources: cite,
                  },
                ],
          visibility: 'public',
          sources: cite,
        });
      }
    }
  }
  const report = (page: number): Citation[] => [{ source: 'source:kz-events-report', page }];
  const event = (
    id: string,
    kind: Event['kind'],
    title: string,
    start: string,
    place: string,
    page: number,
  ): Event => ({
    id,
    kind,
    title,
    start,
    place: { name: place, country: 'kz' },
    cases: [],
    persons: [],
    visibility: 'public',
    sources: report(page),
  });
  const events = [
    event(
      'event:kz-zhanaozen-2011',
      'protest',
      'Zhanaozen oil workers’ strike and shooting',
      '2011-12-16',
      'Zhanaozen',
      12,
    ),
    event('event:kz-land-protests-2016', 'protest', 'Land reform protests', '2016-04~', 'Atyrau', 31),
    event(
      'event:kz-election-2019',
      'election',
      'Presidential election and protests',
      '2019-06-09',
      'Almaty',
      54,
    ),
    event(
      'event:kz-january-2022',
      'protest',
      'January 2022 protests and violence (Qandy Qantar)',
      '2022-01',
      'Kazakhstan',
      88,
    ),
    event(
      'event:kz-referendum-2022',
      'referendum',
      'Constitutional referendum',
      '2022-06-05',
      'Kazakhstan',
      121,
    ),
  ];
  return { sources, organisations, persons, events };
}
