import type { DraftAllegation, DraftEvidence } from './draft-types.ts';
import { quoteOf } from './draft-text.ts';
import type { TextSentence } from './text-sentences.ts';

// The items of evidence a text tells of: the expert opinions a side commissioned ("Expert analyses commissioned by
// the prosecution concluded…", "лингвистическая экспертиза, назначенная следствием") and the posts and videos the
// prosecution's claims rest on ("Mamay uploaded videos to Facebook calling on…"), each put forward for the claims
// drafted from its sentence.

const EXPERT_EN =
  /(?<title>(?:(?:linguistic|psychological|psycho-linguistic|forensic|religious|political)\s+)?(?:expert\s+(?:analys[ie]s|opinions?|examinations?|reports?|assessments?|conclusions?)|(?:linguistic|psychological|forensic)\s+(?:analys[ie]s|examinations?)))(?:,?\s+(?:which\s+were\s+|that\s+was\s+)?(?:commissioned|ordered|requested)\s+by\s+(?:the\s+)?(?<by>prosecution|prosecutors?(?:['’]s office)?|investigators?|police|defen[cs]e|court))?/iu;
const EXPERT_RU =
  /(?<title>(?:\p{L}+(?:ая|ой|ую|ие|их)\s+)?(?:экспертиз\p{L}*|заключени\p{L}*\s+эксперт\p{L}*))(?:,?\s+(?:назначенн\p{L}*|проведенн\p{L}*|проведённ\p{L}*|заказанн\p{L}*)\s+(?<by>следстви\p{L}*|следовател\p{L}*|прокуратур\p{L}*|обвинени\p{L}*|защит\p{L}*|суд\p{L}*)|\s+по\s+заказу\s+(?<by2>следстви\p{L}*|обвинени\p{L}*|прокуратур\p{L}*|защит\p{L}*))?/iu;
const EXPERT_KK = /(?<title>(?:\p{L}+\s+)?сараптам\p{L}*)/iu;

const POSTED =
  /(?:uploaded|posted|published|shared)\s+(?<what>(?:a\s+)?(?:videos?|video\s+clips?|posts?|photos?|comments?|messages?))\s+(?:to|on|in)\s+(?:an?\s+)?(?<where>Facebook|Instagram|YouTube|Telegram|TikTok|Twitter|X|VKontakte|WhatsApp|his\s+\p{L}+|her\s+\p{L}+)/iu;
const POSTED_RU =
  /(?:опубликовал\p{L}*|разместил\p{L}*|выложил\p{L}*)\s+(?:в\s+(?<where>\p{Lu}\p{L}+)\s+)?(?<what>видео\p{L}*|пост\p{L}*|публикаци\p{L}*|фото\p{L}*)/iu;

/** The side a body that commissioned an opinion is on. */
function sideOf(by: string | undefined): 'prosecution' | 'defence' | 'court' | undefined {
  if (by === undefined) return undefined;
  if (/defen|защит/iu.test(by)) return 'defence';
  if (/^court|^суд/iu.test(by)) return 'court';
  return 'prosecution';
}

/** What a posted item is, by the word the text uses. */
const typeOfPosted = (what: string): DraftEvidence['type'] =>
  /video|видео/iu.test(what) ? 'video' : /photo|фото/iu.test(what) ? 'photo' : 'post';

/** The items of evidence the sentences tell of, in the order they are told, one per sentence and kind. */
export function evidenceMentions(
  sentences: readonly TextSentence[],
  allegations: readonly DraftAllegation[],
): DraftEvidence[] {
  const found: DraftEvidence[] = [];
  sentences.forEach((s) => {
    const expert = EXPERT_EN.exec(s.text) ?? EXPERT_RU.exec(s.text) ?? EXPERT_KK.exec(s.text);
    const title = expert?.groups?.['title'];
    if (expert !== null && title !== undefined) {
      const by = sideOf(expert.groups?.['by'] ?? expert.groups?.['by2']);
      // What it found, as the sentence goes on to say ("concluded that Mamay “promoted…”").
      const said = s.text
        .slice(expert.index + expert[0].length)
        .replace(/^[\s,]+/u, '')
        .trim();
      found.push({
        type: 'expert_opinion',
        side: by ?? 'unknown',
        ...(by !== undefined ? { commissionedBy: by } : {}),
        title: upperFirst(expert[0].trim()),
        ...(said.length >= 10 ? { description: upperFirst(said) } : {}),
        allegations: [],
        quote: quoteOf(s),
      });
    }
    const posted = POSTED.exec(s.text) ?? POSTED_RU.exec(s.text);
    const what = posted?.groups?.['what'];
    if (posted !== null && what !== undefined) {
      // Put forward for the claims drafted from its sentence, which the prosecution rests on it.
      // Of several drafted from it, those whose words hold what was posted ("uploaded videos to Facebook").
      const ofSentence = allegations.flatMap((a, i) => (a.quote.start === s.start ? [i] : []));
      const naming = ofSentence.filter((i) => allegations[i]?.summary.includes(posted[0]) === true);
      const claims = naming.length > 0 ? naming : ofSentence;
      const where = posted.groups?.['where'];
      found.push({
        type: typeOfPosted(what),
        side: claims.length > 0 ? 'prosecution' : 'unknown',
        title: upperFirst(`${what.replace(/^a\s+/iu, '')}${where !== undefined ? ` (${where})` : ''}`),
        allegations: claims,
        quote: quoteOf(s),
      });
    }
  });
  return found;
}

const upperFirst = (text: string) => `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}`;
