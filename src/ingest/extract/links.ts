import {
  makeSuggestion,
  type LinkValue,
  type Platform,
  type Suggestion,
  type TextRange,
} from './suggestion.ts';

type LinkSuggestion = Extract<Suggestion, { type: 'link' }>;

const HOSTS: [RegExp, Platform][] = [
  [/^(?:[\w-]+\.)?(?:facebook\.com|fb\.com|fb\.watch)$/, 'facebook'],
  [/^(?:[\w-]+\.)?(?:instagram\.com|instagr\.am)$/, 'instagram'],
  [/^(?:t\.me|telegram\.me|telegram\.dog)$/, 'telegram'],
  [/^(?:[\w-]+\.)?(?:youtube\.com|youtu\.be)$/, 'youtube'],
  [/^(?:[\w-]+\.)?tiktok\.com$/, 'tiktok'],
  [/^(?:[\w-]+\.)?(?:x\.com|twitter\.com)$/, 'x'],
  [/^(?:[\w-]+\.)?(?:vk\.com|vk\.ru|vkontakte\.ru)$/, 'vk'],
  [/^(?:wa\.me|chat\.whatsapp\.com|(?:[\w-]+\.)?whatsapp\.com)$/, 'whatsapp'],
];
/** Words before a "@handle" that say whose handle it is. */
const PLATFORM_WORDS: [RegExp, Platform][] = [
  [/telegram|телеграм|телеграмм/iu, 'telegram'],
  [/instagram|инстаграм/iu, 'instagram'],
  [/twitter|твиттер|(?<![\p{L}])x(?![\p{L}])/iu, 'x'],
  [/tiktok|тикток|тик-ток/iu, 'tiktok'],
  [/youtube|ютуб/iu, 'youtube'],
  [/facebook|фейсбук/iu, 'facebook'],
  [/вконтакте|(?<![\p{L}])vk(?![\p{L}])/iu, 'vk'],
];
/** First path segments that are a site's own pages, not an account. */
const NOT_HANDLES = new Set([
  'watch',
  'groups',
  'permalink.php',
  'story.php',
  'profile.php',
  'share',
  'events',
  'photo.php',
  'photo',
  'reel',
  'p',
  'tv',
  'stories',
  'explore',
  'i',
  'home',
  'search',
  'hashtag',
  'intent',
  's',
  'c',
  'channel',
  'shorts',
  'live',
  'video',
  'feed',
  'joinchat',
  'embed',
  'reels',
  'videos',
  'posts',
]);

const TLD = String.raw`(?:com|kz|ru|org|net|me|be|io|tv|info|gov|edu|uk|ua|by|su|app|news|media|to|co|ly|us|eu|de|am|watch|dog)`;
const URL_RE = new RegExp(
  String.raw`https?://[^\s<>"«»“”]+|(?<![\p{L}\p{N}@./_-])(?:www\.)?(?:[a-z0-9-]+\.)+${TLD}(?![\p{L}\p{N}-])(?:/[^\s<>"«»“”]*)?`,
  'giu',
);
const HANDLE_RE =
  /(?<![\p{L}\p{N}._@/])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?)(?![A-Za-z0-9_@])/gu;

/** A URL's end without the punctuation of the sentence around it (a closing bracket it did not open). */
function trimUrl(url: string): string {
  let out = url.replace(/[.,;:!?'’]+$/u, '');
  while (out.endsWith(')') && (out.match(/\(/g) ?? []).length < (out.match(/\)/g) ?? []).length)
    out = out.slice(0, -1).replace(/[.,;:!?]+$/u, '');
  return out;
}

/** The platform, account and post a social-media address names, as far as its path says. */
export function readLink(url: string): LinkValue {
  let parsed: URL;
  try {
    parsed = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return { url };
  }
  const host = parsed.hostname.toLowerCase();
  const platform = HOSTS.find(([re]) => re.test(host))?.[1];
  const value: LinkValue = { url: parsed.href };
  if (!platform) return value;
  value.platform = platform;
  const path = parsed.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s));
  const query = parsed.searchParams;
  const set = (handle?: string, postId?: string | null): LinkValue => {
    if (handle && !NOT_HANDLES.has(handle.toLowerCase())) value.handle = handle.replace(/^@/, '');
    if (postId) value.postId = postId;
    return value;
  };
  const [a, b, c, d] = path;
  switch (platform) {
    case 'facebook':
      if (host === 'fb.watch') return set(undefined, a);
      if (a === 'watch') return set(undefined, query.get('v'));
      if (a === 'permalink.php' || a === 'story.php')
        return set(query.get('id') ?? undefined, query.get('story_fbid'));
      if (a === 'profile.php') return set(query.get('id') ?? undefined);
      if (a === 'groups') return set(b, c === 'posts' || c === 'permalink' ? d : undefined);
      return set(a, b === 'posts' || b === 'videos' || b === 'photos' ? (c === 'a.' ? d : c) : undefined);
    case 'instagram':
      if (a === 'p' || a === 'reel' || a === 'tv') return set(undefined, b);
      if (a === 'stories') return set(b, c);
      return set(a);
    case 'telegram':
      if (a === 's') return set(b, c);
      return set(a, b);
    case 'youtube':
      if (host === 'youtu.be') return set(undefined, a);
      if (a === 'watch') return set(undefined, query.get('v'));
      if (a === 'shorts' || a === 'live' || a === 'embed') return set(undefined, b);
      if (a?.startsWith('@')) return set(a);
      if (a === 'c' || a === 'user' || a === 'channel') return set(b);
      return value;
    case 'tiktok':
      if (host.startsWith('vm.') || host.startsWith('vt.')) return set(undefined, a);
      return set(a, b === 'video' ? c : undefined);
    case 'x':
      return set(a, b === 'status' ? c : undefined);
    case 'vk': {
      const wall = /^wall(-?\d+_\d+)$/.exec(a ?? '') ?? /^wall(-?\d+_\d+)$/.exec(query.get('w') ?? '');
      if (wall) return set(undefined, wall[1]);
      return set(a);
    }
    case 'whatsapp':
      return host === 'wa.me' ? set(a) : value;
  }
}

/** Every link and "@handle" in a text, with the platform, account and post where the address holds them. */
export function extractLinks(text: string): LinkSuggestion[] {
  const found: { range: TextRange; value: LinkValue }[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const url = trimUrl(m[0]);
    const isBare = !/^https?:/i.test(url);
    const value = readLink(url);
    // A bare domain is a link when it has a path, begins with www, or is a platform's.
    if (isBare && !url.includes('/') && !/^www\./i.test(url) && value.platform === undefined) continue;
    if (value.url === undefined) continue;
    found.push({ range: { start: m.index, end: m.index + url.length }, value });
  }
  for (const m of text.matchAll(HANDLE_RE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const platform = PLATFORM_WORDS.map(([re, p]) => ({ p, at: before.search(re) }))
      .filter((x) => x.at >= 0)
      .sort((x, y) => y.at - x.at)[0]?.p;
    const handle = m[1] ?? '';
    found.push({
      range: { start: m.index, end: m.index + m[0].length },
      value: { handle, ...(platform ? { platform } : {}) },
    });
  }
  return found
    .sort((a, b) => a.range.start - b.range.start)
    .map((f) => makeSuggestion<LinkSuggestion>(text, 'link', f.range, f.value));
}
