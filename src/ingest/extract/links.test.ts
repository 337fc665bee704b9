import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractLinks } from './links.ts';
import type { LinkValue } from './suggestion.ts';

const ROWS: [string, [string, LinkValue][]][] = [
  [
    'видеозапись, размещённая по адресу https://www.facebook.com/zhanbolat.mamai/videos/1234567890123456/, где',
    [
      [
        'https://www.facebook.com/zhanbolat.mamai/videos/1234567890123456/',
        {
          url: 'https://www.facebook.com/zhanbolat.mamai/videos/1234567890123456/',
          platform: 'facebook',
          handle: 'zhanbolat.mamai',
          postId: '1234567890123456',
        },
      ],
    ],
  ],
  [
    'страница facebook.com/zhanbolat.mamai.',
    [
      [
        'facebook.com/zhanbolat.mamai',
        { url: 'https://facebook.com/zhanbolat.mamai', platform: 'facebook', handle: 'zhanbolat.mamai' },
      ],
    ],
  ],
  [
    '(https://www.facebook.com/permalink.php?story_fbid=555&id=100004)',
    [
      [
        'https://www.facebook.com/permalink.php?story_fbid=555&id=100004',
        {
          url: 'https://www.facebook.com/permalink.php?story_fbid=555&id=100004',
          platform: 'facebook',
          handle: '100004',
          postId: '555',
        },
      ],
    ],
  ],
  [
    'https://fb.watch/abcDEF12/',
    [
      [
        'https://fb.watch/abcDEF12/',
        { url: 'https://fb.watch/abcDEF12/', platform: 'facebook', postId: 'abcDEF12' },
      ],
    ],
  ],
  [
    'в канале t.me/demparty_kz/1520 опубликовано',
    [
      [
        't.me/demparty_kz/1520',
        { url: 'https://t.me/demparty_kz/1520', platform: 'telegram', handle: 'demparty_kz', postId: '1520' },
      ],
    ],
  ],
  [
    'https://www.instagram.com/p/CYb2xYzK1aB/',
    [
      [
        'https://www.instagram.com/p/CYb2xYzK1aB/',
        { url: 'https://www.instagram.com/p/CYb2xYzK1aB/', platform: 'instagram', postId: 'CYb2xYzK1aB' },
      ],
    ],
  ],
  [
    'https://youtu.be/dQw4w9WgXcQ?t=30',
    [
      [
        'https://youtu.be/dQw4w9WgXcQ?t=30',
        { url: 'https://youtu.be/dQw4w9WgXcQ?t=30', platform: 'youtube', postId: 'dQw4w9WgXcQ' },
      ],
    ],
  ],
  [
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    [
      [
        'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', platform: 'youtube', postId: 'dQw4w9WgXcQ' },
      ],
    ],
  ],
  [
    'https://www.tiktok.com/@mamai_kz/video/7050000000000000000',
    [
      [
        'https://www.tiktok.com/@mamai_kz/video/7050000000000000000',
        {
          url: 'https://www.tiktok.com/@mamai_kz/video/7050000000000000000',
          platform: 'tiktok',
          handle: 'mamai_kz',
          postId: '7050000000000000000',
        },
      ],
    ],
  ],
  [
    'https://twitter.com/hrw/status/1619000000000000000',
    [
      [
        'https://twitter.com/hrw/status/1619000000000000000',
        {
          url: 'https://twitter.com/hrw/status/1619000000000000000',
          platform: 'x',
          handle: 'hrw',
          postId: '1619000000000000000',
        },
      ],
    ],
  ],
  ['https://x.com/hrw', [['https://x.com/hrw', { url: 'https://x.com/hrw', platform: 'x', handle: 'hrw' }]]],
  [
    'vk.com/wall-12345_678',
    [
      [
        'vk.com/wall-12345_678',
        { url: 'https://vk.com/wall-12345_678', platform: 'vk', postId: '-12345_678' },
      ],
    ],
  ],
  [
    'https://wa.me/77011234567',
    [
      [
        'https://wa.me/77011234567',
        { url: 'https://wa.me/77011234567', platform: 'whatsapp', handle: '77011234567' },
      ],
    ],
  ],
  [
    'см. https://www.hrw.org/news/2023/01/31/kazakhstan-opposition-leader-faces-trial.',
    [
      [
        'https://www.hrw.org/news/2023/01/31/kazakhstan-opposition-leader-faces-trial',
        { url: 'https://www.hrw.org/news/2023/01/31/kazakhstan-opposition-leader-faces-trial' },
      ],
    ],
  ],
  ['(см. www.zakon.kz)', [['www.zakon.kz', { url: 'https://www.zakon.kz/' }]]],
  ['в Telegram-канале @mamai_live', [['@mamai_live', { handle: 'mamai_live', platform: 'telegram' }]]],
  ['написал @hrw.', [['@hrw', { handle: 'hrw' }]]],
  // not links: an e-mail, a sentence without a space, a version number, a domain-looking word with no path
  ['почта: info@demparty.kz', []],
  ['Kazakhstan.Today, а также v1.2.3', []],
  ['г.Алматы, ул.Абая', []],
];

for (const [text, expected] of ROWS)
  test(`links in «${text}»`, () => {
    const found = extractLinks(text);
    assert.deepEqual(
      found.map((s) => [s.quote, s.value]),
      expected,
    );
    for (const s of found) assert.equal(text.slice(s.start, s.end), s.quote);
  });
