import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { Layout } from '../components/layout.tsx';
import { SignInPage } from '../features/auth/components/sign-in-page.tsx';
import { RecordFormPage } from '../features/forms/components/record-form-page.tsx';
import { CaseListRoute } from './routes/case-list-route.tsx';
import { CaseRoute } from './routes/case-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';

// The server answers these paths with index.html too (src/api/static.ts, CLIENT_ROUTES).
// Person pages (/persons/:id) wait for the API's person routes: add the route here and in CLIENT_ROUTES.
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
      { path: '/cases/:id', element: <CaseRoute /> },
      { path: '/sign-in', element: <SignInPage /> },
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
