import type { CaseSummary } from '../core/case/case.service.ts';
import { escapeHtml } from './html.ts';

/** The placeholder page: what Casewatch is and the published cases, with links to their JSON. */
export function homePage(cases: CaseSummary[]): string {
  const items = cases
    .map((c) => {
      const id = encodeURIComponent(c.id);
      const who = c.defendants.map((d) => escapeHtml(d.name)).join(', ');
      return `<li><strong>${escapeHtml(c.title)}</strong>${who ? ` — ${who}` : ''}<br>
<a href="/api/cases/${id}">record</a> · <a href="/api/cases/${id}/facts">facts today</a></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Casewatch</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body><h1>Casewatch</h1>
<p>Documentation and analysis of politically motivated prosecutions. The web application is on its way;
for now the JSON API serves the published cases: <code>GET /api/cases</code>, <code>/api/cases/:id</code>,
<code>/api/cases/:id/facts?asOf=YYYY-MM-DD</code>.</p>
<h2>Published cases</h2>
<ul>${items || '<li>None yet.</li>'}</ul>
</body></html>`;
}
