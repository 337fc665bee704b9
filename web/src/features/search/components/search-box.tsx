import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocation, useNavigate } from 'react-router';
import { useSuggestions, type Suggestion } from '../api/search.ts';
import { hitPath } from '../lib/hit-path.ts';
import { readSearchState, searchPath } from '../lib/search-state.ts';
import { useDebounced } from '../lib/use-debounced.ts';
import '../search.css';

/**
 * The search box of every page, an ARIA combobox: suggestions as the reader types (after a pause), chosen with
 * the arrows and Enter or the pointer; Escape closes them, and again clears the box. Enter with none chosen
 * opens the results page, whose URL keeps the query.
 */
export function SearchBox() {
  const intl = useIntl();
  const navigate = useNavigate();
  const location = useLocation();
  const id = useId();
  const onResults = location.pathname === '/search';
  const [text, setText] = useState(() =>
    onResults ? readSearchState(new URLSearchParams(location.search)).q : '',
  );
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useDebounced(text.trim(), 200);
  const { data } = useSuggestions(isOpen ? typed : '');
  const suggestions: Suggestion[] = isOpen && typed !== '' ? (data ?? []) : [];
  const isShown = suggestions.length > 0;

  // The box says what the results page searched for, also after going back or following a link.
  useEffect(() => {
    if (onResults) setText(readSearchState(new URLSearchParams(location.search)).q);
  }, [onResults, location.search]);
  useEffect(() => setActive(-1), [data]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (s: Suggestion) => {
    close();
    void navigate(hitPath(s));
  };
  const submit = () => {
    const q = text.trim();
    close();
    if (q !== '') void navigate(searchPath({ q, filters: {} }));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!isOpen) setOpen(true);
      if (suggestions.length === 0) return;
      const last = suggestions.length - 1;
      if (e.key === 'ArrowDown') setActive((i) => (i >= last ? 0 : i + 1));
      else setActive((i) => (i <= 0 ? last : i - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = suggestions[active];
      if (isShown && chosen !== undefined) choose(chosen);
      else submit();
    } else if (e.key === 'Escape') {
      // The browser's own Escape would empty the box even while the list is open.
      e.preventDefault();
      if (isShown) close();
      else setText('');
    }
  };
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const activeId = isShown && active >= 0 && active < suggestions.length ? optionId(active) : undefined;

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor={`${id}-input`} className="search-sr-only">
        <FormattedMessage id="search.label" />
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={isShown}
        aria-controls={listId}
        {...(activeId !== undefined ? { 'aria-activedescendant': activeId } : {})}
        placeholder={intl.formatMessage({ id: 'search.placeholder' })}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul
        id={listId}
        role="listbox"
        className="search-suggestions"
        hidden={!isShown}
        aria-label={intl.formatMessage({ id: 'search.suggestions' })}
      >
        {suggestions.map((s, i) => (
          <li
            key={`${s.kind}:${s.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            // Chosen before the box loses focus, which would close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(s);
            }}
          >
            <span className="record-text">{s.label}</span>{' '}
            <span className="search-kind">{intl.formatMessage({ id: `search.kind.${s.kind}` })}</span>
          </li>
        ))}
      </ul>
      <span role="status" className="search-sr-only">
        {isOpen && typed !== '' && data !== undefined && (
          <FormattedMessage id="search.suggestionCount" values={{ count: suggestions.length }} />
        )}
      </span>
      <button type="submit">
        <FormattedMessage id="search.submit" />
      </button>
    </form>
  );
}
