import { createHash } from 'node:crypto';
import type { Source } from '../../src/core/source/source.ts';
import { russianCases } from '../../test/support/name-schemes.ts';
import { caseId } from '../case-records.ts';
import { CITIES } from '../names.ts';
import { Random } from '../prng.ts';
import { nameParts, writeName } from './search-names.ts';

/** One generated page of a document: Russian or English running text tied to a case. */
export interface DocumentPage {
  id: string;
  caseId: string;
  page: number;
  language: 'ru' | 'en';
  title: string;
  text: string;
}

/** Articles the pages cite, as the generated charges do. */
const ARTICLES = [
  ['272', '2'],
  ['274', '4'],
  ['378', '2'],
  ['400', '1'],
  ['179', '2'],
  ['405', '2'],
] as const;

/** Phrases the pages use word for word: the phrase queries look for them. */
export const PHRASES = {
  ru: ['порядка организации и проведения мирных собраний', 'заведомо ложной информации', 'меру пресечения'],
  en: ['peaceful assemblies', 'knowingly false information', 'measure of restraint'],
} as const;

const RU: readonly ((v: Record<string, string>) => string)[] = [
  (v) => `${v.city} городской суд рассмотрел уголовное дело в отношении ${v.genitive}.`,
  (v) => `${v.nominative} обвиняется по части ${v.part} статьи ${v.article} УК РК.`,
  (v) => `Сторона обвинения просила изменить ${v.dative} меру пресечения на содержание под стражей.`,
  () => `Адвокат заявил ходатайство о вызове свидетелей, суд его отклонил.`,
  (v) => `По версии следствия, ${v.nominative} виновен в распространении заведомо ложной информации в сети.`,
  (v) => `Суд признал нарушение порядка организации и проведения мирных собраний в ${v.city}.`,
  (v) => `Заседание отложено: ${v.instrumental} заявлен отвод судье.`,
  (v) => `Свидетель показал, что видел ${v.genitive} на площади утром.`,
  () => `Протокол осмотра места происшествия приобщён к материалам дела.`,
  () => `Государственный обвинитель поддержал обвинение в полном объёме.`,
];
const EN: readonly ((v: Record<string, string>) => string)[] = [
  (v) =>
    `The ${v.cityEn} court heard the case of ${v.latin} on charges under Article ${v.article}(${v.part}).`,
  (v) => `${v.latin} denied spreading knowingly false information online.`,
  (v) => `The prosecution asked for a stricter measure of restraint against ${v.latin}.`,
  (v) => `Observers said the hearing on peaceful assemblies in ${v.cityEn} was closed to the press.`,
  () => `The defence called three witnesses; the judge refused to hear two of them.`,
  () => `The verdict may be appealed within fifteen days.`,
  (v) => `Relatives of ${v.latin} waited outside the courthouse.`,
  () => `The indictment relies on posts published on social media.`,
];

/** The id of the document of generated page n: a source record keeping a file of that one page. */
export function documentId(n: number): string {
  return `source:bench-page-${String(n).padStart(6, '0')}`;
}

/** The stored file a generated page's document keeps: a text file whose digest is its text's. */
export function pageFile(page: DocumentPage): { sha256: string; size: number; mediaType: string } {
  const bytes = Buffer.from(page.text, 'utf8');
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    mediaType: 'text/plain',
  };
}

/**
 * A page's document as Casewatch keeps one: a source (a trial transcript or a monitoring report) that names its
 * stored file; the page's text is kept as the file's page (document_pages), as a reading would, and found as
 * an entry of the source. The peers index the title and the text as one entry (`pageEntry`).
 */
export function pageSource(page: DocumentPage): Source {
  return {
    id: page.id,
    kind: 'document',
    documentKind: page.language === 'ru' ? 'transcript' : 'report',
    title: page.title,
    language: page.language,
    file: pageFile(page),
    visibility: 'public',
    disputes: [],
  };
}

/**
 * Page n of the generated documents: a dozen sentences about one generated person of `persons`, in Russian (their
 * name declined) or in English (their passport spelling). The same seed and n give the same page.
 */
export function documentPage(
  seed: number,
  n: number,
  cases: number,
  persons: number,
  families: readonly string[],
): DocumentPage {
  const rng = new Random(seed, 0xd0c, n);
  const language = rng.chance(0.6) ? 'ru' : 'en';
  const parts = nameParts(seed, rng.int(0, persons - 1), families);
  const ru = writeName(parts, 'russian-lookalikes');
  const [given = '', family = ''] = ru.split(' ');
  const forms = russianCases(`${given}|${family}`);
  const city = rng.pick(CITIES);
  const [article, part] = rng.pick(ARTICLES);
  const values: Record<string, string> = {
    ...forms,
    nominative: ru,
    latin: writeName(parts, 'kazakh-passport'),
    city: city.ru,
    cityEn: city.en,
    article,
    part,
  };
  const templates = language === 'ru' ? RU : EN;
  const sentences: string[] = [];
  for (let i = rng.int(8, 14); i > 0; i--) sentences.push(rng.pick(templates)(values));
  const page = rng.int(1, 60);
  return {
    id: documentId(n),
    caseId: caseId(n % cases),
    page,
    language,
    title:
      language === 'ru'
        ? `Протокол судебного заседания, стр. ${page}`
        : `Trial monitoring report, page ${page}`,
    text: sentences.join(' '),
  };
}
