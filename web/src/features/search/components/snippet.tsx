import type { SearchHit } from '../api/search.ts';

/** A hit's snippet: its text as text (never as HTML), with what the query matched marked. */
export function Snippet({ segments }: { segments: SearchHit['snippet'] }) {
  return (
    <span className="search-snippet record-text">
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </span>
  );
}
