import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { Layout } from '../components/layout.tsx';
import { SignInPage } from '../features/auth/components/sign-in-page.tsx';
import { RecordFormPage } from '../features/forms/components/record-form-page.tsx';
import { ChargesFormPage } from '../features/forms/components/charges-form.tsx';
import { QuickCasePage } from '../features/forms/components/quick-case-page.tsx';
import { CaseListRoute } from './routes/case-list-route.tsx';
import { CaseRoute } from './routes/case-route.tsx';
import { DocumentRoute } from './routes/document-route.tsx';
import { MatrixRoute } from './routes/matrix-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { PersonListRoute } from './routes/person-list-route.tsx';
import { SearchRoute } from './routes/search-route.tsx';
import { SourceRoute } from './routes/source-route.tsx';
import {
  ExchangeRoute,
  HistoryRoute,
  OrganisationRoute,
  PersonRoute,
} from './routes/record-pages-routes.tsx';

// The server answers these paths with index.html too (src/api/static.ts, CLIENT_ROUTES).
const router = createBrowserRouter([
  {
    element: (
      <Layout>
        <Outlet />
      </Layout>
    ),
    children: [
      { path: '/', element: <CaseListRoute /> },
      { path: '/cases', element: <CaseListRoute /> },
      { path: '/cases/from-source', element: <QuickCasePage /> },
      { path: '/cases/:id', element: <CaseRoute /> },
      { path: '/cases/:id/matrix', element: <MatrixRoute /> },
      { path: '/cases/:id/sources/:source', element: <SourceRoute /> },
      { path: '/cases/:id/charges/new', element: <ChargesFormPage /> },
      { path: '/persons', element: <PersonListRoute /> },
      { path: '/persons/:id', element: <PersonRoute /> },
      { path: '/organisations/:id', element: <OrganisationRoute /> },
      { path: '/history/:collection/:id', element: <HistoryRoute /> },
      { path: '/exchange', element: <ExchangeRoute /> },
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/search', element: <SearchRoute /> },
      { path: '/documents/:id', element: <DocumentRoute /> },
      { path: '/records/:kind/new', element: <RecordFormPage /> },
      { path: '/records/:kind/:id/edit', element: <RecordFormPage /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

/** The application's pages. */
export function AppRouter() {
  return <RouterProvider router={router} />;
}
