import { isWithheldRef } from '../access/redact.ts';
import { displayName } from '../common/names.ts';
import { dayBounds } from '../dates/partial-date.ts';
import { formatArticleRef, type LegalKnowledge } from '../law/legal-knowledge.ts';
import type { ArticleRef } from '../law/law.ts';
import type { Day } from '../dates/day.ts';
import type { CaseFile } from './case-file.ts';
import { caseDateConflicts, conflictOptions } from './case-conflicts.ts';
import { caseFileKnownOn } from './case-known.ts';
import { sourcesThroughOthers } from './case-sources.ts';
import { presentDecisions, presentReleases } from './decision.presenter.ts';
import { caseDisputes } from '../facts/disputed.ts';
import { chargeArticleLabel } from '../facts/charge-history.ts';
import { inferredHorizon } from '../facts/horizon.ts';
import type { RecordKind } from '../record/record-kinds.ts';

/**
 * How current the record is: the day it states it was last confirmed, with its sources; else the latest day its
 * dated facts support, and the record and path that day comes from; undefined when nothing in it is dated.
 */
function recordHorizon(file: CaseFile) {
  const confirmed = file.case.confirmed;
  if (confirmed) return { basis: 'stated' as const, ...confirmed };
  const inferred = inferredHorizon(file);
  return inferred
    ? {
        basis: 'inferred' as const,
        on: inferred.date,
        from: { record: inferred.record, path: inferred.path },
      }
    : undefined;
}

/** The wire shape of a case: names resolved, articles labelled, ready for JSON, the API and the CLI. */
export type PresentedCase = ReturnType<typeof presentCaseFile>;

function articleTitle(law: LegalKnowledge, ref: ArticleRef, onDate: string | undefined): string | undefined {
  if (onDate === undefined) return undefined;
  const parts = law.articleParts(ref, onDate);
  const first = parts[0];
  if (!first) return law.indexTitle(ref); // known by its title alone (the code's index), or not at all
  const part = parts.length === 1 ? first.partTitles?.en : undefined;
  return part !== undefined && part !== first.titles.en ? `${first.titles.en}: ${part}` : first.titles.en;
}

/**
 * Presents a case file: every id that has a name is shown with it; records keep their sources, and the disputed
 * values are listed with every account. As of a day, it holds only what was known then (`caseFileKnownOn`). Its
 * warnings are the dates across its records that contradict each other, found in the whole file.
 */
export function presentCaseFile(whole: CaseFile, law: LegalKnowledge, options: { asOf?: Day } = {}) {
  const file = options.asOf !== undefined ? caseFileKnownOn(whole, options.asOf) : whole;
  const persons = new Map(file.persons.map((p) => [p.id, displayName(p.names, 'en')]));
  const orgs = new Map(file.organisations.map((o) => [o.id, displayName(o.names, 'en')]));
  const organisations = new Map(file.organisations.map((o) => [o.id, o]));
  const named = (map: Map<string, string>, id: string | undefined) =>
    id === undefined ? undefined : { id, name: isWithheldRef(id) ? 'details withheld' : (map.get(id) ?? id) };
  const c = file.case;
  const version = (kind: RecordKind, id: string) => file.versions?.[kind]?.[id];
  const through = sourcesThroughOthers(file);
  return {
    id: c.id,
    version: version('case', c.id),
    title: c.title,
    jurisdiction: c.jurisdiction,
    summary: c.summary,
    numbers: c.numbers,
    openedOn: c.openedOn,
    themes: c.themes,
    groups: c.groups,
    visibility: c.visibility,
    // The authorities with their roles, and what each tie to the case cites (read beside its source).
    authorities: c.authorities.map((a) => ({
      ...named(orgs, a.organisation),
      role: a.role,
      sources: a.sources,
    })),
    record: recordHorizon(whole),
    participants: c.participants.map((p) => ({
      ...named(persons, p.person),
      role: p.role,
      period: p.period,
      ...(p.confirmed ? { confirmed: p.confirmed } : {}),
    })),
    persons: file.persons.map((p) => ({
      id: p.id,
      version: version('person', p.id),
      name: displayName(p.names, 'en'),
      names: p.names,
      birthDate: p.birthDate,
      // The organisations they belong to, as the reader may see them: named, with the role, what the tie cites and,
      // for one whose registration is recorded, its latest status ("unregistered").
      affiliations: (p.affiliations ?? []).flatMap((a) => {
        const org = organisations.get(a.organisation);
        if (org === undefined) return [];
        const status = org.registration.at(-1)?.status;
        return [
          {
            organisation: org.id,
            name: displayName(org.names, 'en'),
            role: a.role,
            ...(status !== undefined ? { registration: status } : {}),
            sources: a.sources,
          },
        ];
      }),
    })),
    events: file.events.map((e) => ({
      id: e.id,
      version: version('event', e.id),
      kind: e.kind,
      title: e.title,
      description: e.description,
      start: e.start,
      end: e.end,
      place: e.place,
      casualties: e.casualties,
      sources: e.sources,
    })),
    charges: file.charges.map((ch) => {
      const brought = ch.lifecycle.find((s) => s.kind === 'brought');
      return {
        id: ch.id,
        version: version('charge', ch.id),
        defendant: named(persons, ch.defendant),
        article: ch.article,
        articleLabel: chargeArticleLabel(ch),
        articleTitle:
          ch.label ?? articleTitle(law, ch.article, brought ? dayBounds(brought.date).earliest : undefined),
        conduct: ch.conduct,
        actDate: ch.actDate,
        origin: ch.origin,
        lifecycle: ch.lifecycle.map((s) => ({ ...s, authority: named(orgs, s.authority) })),
      };
    }),
    measures: file.measures.map((m) => ({
      id: m.id,
      version: version('measure', m.id),
      person: named(persons, m.person),
      kind: m.kind,
      kindTitle: law.measure(c.jurisdiction, m.kind)?.titles.en ?? m.kind,
      ...(m.article ? { article: m.article, articleLabel: formatArticleRef(m.article) } : {}),
      steps: m.steps.map((s) => ({ ...s, authority: named(orgs, s.authority) })),
      reportedDuration: m.reportedDuration,
    })),
    hearings: file.hearings.map((h) => ({
      ...h,
      version: version('hearing', h.id),
      court: named(orgs, h.court),
      judges: h.judges.map((j) => named(persons, j)),
      prosecutors: h.prosecutors.map((j) => named(persons, j)),
    })),
    decisions: presentDecisions(
      file.decisions,
      law,
      c.jurisdiction,
      { person: (id) => named(persons, id), organisation: (id) => named(orgs, id) },
      (id) => version('decision', id),
    ),
    releases: presentReleases(c.releases, (id) => named(persons, id)),
    // A source only the records the case names cite (a court's name, a party's registration) says so.
    sources: file.sources.map((src) => {
      const by = through.get(src.id);
      return {
        ...src,
        version: version('source', src.id),
        ...(by !== undefined ? { citedThrough: by } : {}),
      };
    }),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    warnings: caseDateConflicts(whole, conflictOptions(law, c.jurisdiction)),
    disputes: caseDisputes(file),
  };
}
