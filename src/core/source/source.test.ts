import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PUBLIC_ACTOR } from '../actor.ts';
import { releaseRecord } from '../access/release.ts';
import { SourceSchema } from './source.ts';

const post = {
  id: 'source:post',
  kind: 'capture',
  title: 'A post about the verdict',
  url: 'https://t.me/channel/123',
  capture: {
    platform: 'Telegram',
    postId: '123',
    account: '@channel',
    publishedAt: '2023-01-12T09:15:00+06:00',
    capturedAt: '2023-01-12T10:30',
    collector: 'A. Researcher',
    tool: 'Browsertrix 1.9',
  },
  visibility: 'public',
};

test('a capture keeps where the material was posted and who preserved it, when and with what', () => {
  const parsed = SourceSchema.parse(post);
  assert.equal(parsed.capture?.capturedAt, '2023-01-12T10:30');
  assert.equal(parsed.capture?.platform, 'Telegram');
});

test('a capture moment that is not an ISO date and time is refused at its place', () => {
  const result = SourceSchema.safeParse({ ...post, capture: { capturedAt: '12.01.2023' } });
  assert.equal(result.success, false);
  assert.deepEqual(result.error?.issues[0]?.path, ['capture', 'capturedAt']);
  assert.equal(SourceSchema.safeParse({ ...post, capture: { platform: 'X', extra: 1 } }).success, false);
});

test('the capture details can be restricted while the source is public: the public is given the source without them', () => {
  const record = SourceSchema.parse({ ...post, fieldVisibility: { capture: 'restricted' } });
  const seen = releaseRecord(PUBLIC_ACTOR, 'source', record);
  assert.equal(seen.capture, undefined);
  assert.equal(seen.title, post.title);
});
