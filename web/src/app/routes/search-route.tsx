import { useSearchParams } from 'react-router';
import { SearchResults } from '../../features/search/components/search-results.tsx';
import { readSearchState } from '../../features/search/lib/search-state.ts';

/** /search?q=…: the results of a search, its query, filters and page read from the URL. */
export function SearchRoute() {
  const [params] = useSearchParams();
  return <SearchResults state={readSearchState(params)} />;
}
