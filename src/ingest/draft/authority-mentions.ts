import type { z } from 'zod';
import type { CaseAuthoritySchema } from '../../core/case/case.ts';
import type { TextSentence } from './text-sentences.ts';

/** What an authority does in a case, as a case records it; a text's words give any role but "other". */
export type AuthorityRole = Exclude<z.infer<typeof CaseAuthoritySchema>['role'], 'other'>;

/** An authority a text names by its own name ("the Almaty City Prosecutor's office"), where first named. */
export interface AuthorityMention {
  name: string;
  role: AuthorityRole;
  /** The sentences (their indexes) that name it. */
  sentences: number[];
}

const CAP = String.raw`[\p{Lu}][\p{L}\p{N}’'.-]*`;
const KK_CAP = String.raw`[\p{Lu}][\p{L}-]*`;

/**
 * Names of authorities in English, Russian and Kazakh, each with the role its words give. A name needs words of
 * its own (a city, "General", "Specialized Inter-District"): "the prosecutor's office" alone names no one.
 */
const PATTERNS: { re: RegExp; role: (name: string, sentence: string) => AuthorityRole }[] = [
  {
    re: new RegExp(
      String.raw`(?:${CAP}\s+){1,5}Prosecutor(?:[’']s)?(?:\s+General(?:[’']s)?)?\s+[Oo]ffice`,
      'gu',
    ),
    role: () => 'prosecuting',
  },
  {
    re: new RegExp(String.raw`Prosecutor[- ]General[’']?s?\s+[Oo]ffice`, 'gu'),
    role: () => 'prosecuting',
  },
  {
    re: new RegExp(String.raw`(?:${CAP}\s+){1,6}Court(?:\s+of\s+${CAP}(?:\s+${CAP})?)?`, 'gu'),
    role: courtRole,
  },
  {
    re: new RegExp(
      String.raw`National Security Committee|State Committee for National Security|Anti-?[Cc]orruption (?:Agency|Service)|Investigative Committee|(?:${CAP}\s+){1,3}Police Department`,
      'gu',
    ),
    role: () => 'investigating',
  },
  {
    re: /(?:Генеральн\p{L}*\s+прокуратур\p{L}*|[Пп]рокуратур\p{L}*\s+(?:(?:г\.|города|района|области)\s*)?[\p{Lu}][\p{L}-]+(?:\s+(?:области|района))?)/gu,
    role: () => 'prosecuting',
  },
  {
    re: /(?<!\p{L})(?:[\p{Lu}][\p{L}-]+\s+)?(?:(?!(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*\s)[\p{L}-]+\s+)?(?:районн|городск|областн|межрайонн|Верховн|верховн|следственн)\p{L}*\s+суд\p{L}*(?:\s+(?:по\s+уголовным\s+делам\s+)?(?:г\.\s*|города\s+)?[\p{Lu}][\p{L}-]+)?|(?<!\p{L})Суд\s+[\p{Lu}][\p{L}-]+\s+района(?:\s+(?:г\.\s*|города\s+)?[\p{Lu}][\p{L}-]+)?/gu,
    role: courtRole,
  },
  {
    re: /Комитет\p{L}*\s+национальной\s+безопасности|(?<!\p{L})КНБ(?!\p{L})|Департамент\p{L}*\s+полиции(?:\s+(?:г\.\s*|города\s+)?[\p{Lu}][\p{L}-]+(?:\s+области)?)?|Антикоррупционн\p{L}*\s+служб\p{L}*/gu,
    role: () => 'investigating',
  },
  {
    re: new RegExp(String.raw`(?:${KK_CAP}\s+){1,3}(?:\p{L}+\s+)?прокуратурасы`, 'gu'),
    role: () => 'prosecuting',
  },
  {
    re: new RegExp(String.raw`(?:${KK_CAP}\s+){1,3}(?:\p{L}+\s+){0,2}соты`, 'gu'),
    role: courtRole,
  },
];

/** A court's role by its name and the sentence naming it: a supreme or cassation court, an appeal, else the first. */
function courtRole(name: string, sentence: string): AuthorityRole {
  if (/cassation|кассац/iu.test(`${name} ${sentence}`)) return 'court_cassation';
  // A court that hears an appeal, or upholds or overturns a judgment, is an appeal court, a supreme one of a
  // region among them ("The Supreme Court of Karakalpakstan is to hear the appeal").
  if (REVIEWING.test(`${name} ${sentence}`)) return 'court_appeal';
  if (/Supreme|Верховн|Жоғарғы/iu.test(name)) return 'court_cassation';
  return 'court_first_instance';
}
const REVIEWING =
  /appeal|appellate|upheld|overturned|апелляц|обжал|опротест|оставил\p{L}* (?:\p{L}+ )?(?:без изменени|в силе)|отменил\p{L}* (?:\p{L}+ )?приговор|судебн\p{L}* коллеги|шағым/iu;

// Courts and bodies that judge states rather than prosecute people: named in reports, never a case's authority.
const NOT_NATIONAL = /Human Rights|International|European|United Nations|\bUN\b|Европейск|Международн|ООН/u;
const LEADING =
  /^(?:The|This|That|A|An|In|On|At|By|From|And|But|However|Oddly|[ВвНнПпИи]|На|на|По|по|Но|но|Во|во|Из|из)\s+/u;

/** The same name however its apostrophe and capitals are written. */
const keyOf = (name: string) => name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

/**
 * The authorities the sentences name, in the order first named, each with the sentences naming it. A name matched
 * inside a longer one ("City Court" in "Almaty City Court") is the longer one's.
 */
export function authorityMentions(sentences: readonly TextSentence[]): AuthorityMention[] {
  const found = new Map<string, AuthorityMention>();
  sentences.forEach((s, index) => {
    const taken: [number, number][] = [];
    const inSentence: { at: number; name: string; role: AuthorityRole }[] = [];
    for (const { re, role } of PATTERNS)
      for (const m of s.text.matchAll(re)) {
        let name = m[0].trim();
        let at = m.index;
        for (let lead = LEADING.exec(name); lead !== null; lead = LEADING.exec(name)) {
          name = name.slice(lead[0].length);
          at += lead[0].length;
        }
        const end = at + name.length;
        // One word names an authority only as its initials ("KNB", "КНБ").
        // And a name has a capital: "областной суд" alone says which court no more than "the court" does.
        const isNamed =
          (name.split(/\s+/u).length >= 2 && /\p{Lu}/u.test(name)) || /^\p{Lu}{3,}$/u.test(name);
        if (NOT_NATIONAL.test(name) || !isNamed) continue;
        if (taken.some(([a, b]) => at < b && end > a)) continue;
        taken.push([at, end]);
        // A department named in the genitive ("сотрудники Департамента полиции …") is named as itself.
        inSentence.push({
          at,
          name: name.replace(/^Департамента(?=\s)/u, 'Департамент'),
          role: role(name, s.text),
        });
      }
    for (const { name, role } of inSentence.sort((a, b) => a.at - b.at)) {
      const known = found.get(keyOf(name));
      if (known === undefined) found.set(keyOf(name), { name, role, sentences: [index] });
      else if (!known.sentences.includes(index)) known.sentences.push(index);
    }
  });
  return [...found.values()];
}
