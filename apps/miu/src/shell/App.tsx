import type { ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { ErrorPanel } from './components/ErrorPanel.tsx';
import { Loading } from './components/Loading.tsx';
import { Layout } from './layout/Layout.tsx';
import { AttendancePage } from './pages/AttendancePage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { BoardPage } from './pages/BoardPage.tsx';
import { ChooseSitePage } from './pages/ChooseSitePage.tsx';
import { FormPage } from './pages/FormPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OutcomePage } from './pages/OutcomePage.tsx';
import { RefusedPage } from './pages/RefusedPage.tsx';
import { RegisterPage } from './pages/RegisterPage.tsx';
import { ReviewQueuePage } from './pages/ReviewQueuePage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import type { Me } from './api/types.ts';
import { may, type Area } from './session/roles.ts';
import { useSession } from './session/SessionContext.tsx';

/** A page for one area: refused (with a page that says so) when the role may not use it. */
function Guarded({
  me,
  area,
  needsSite = false,
  children,
}: {
  me: Me;
  area: Area;
  needsSite?: boolean;
  children: ReactNode;
}) {
  if (!may(me.user.role, area)) return <RefusedPage />;
  if (needsSite && !me.site) return <Redirect to="/site" />;
  return <>{children}</>;
}

function Home({ me }: { me: Me }) {
  if (may(me.user.role, 'patients')) return me.site ? <BoardPage /> : <Redirect to="/site" />;
  if (may(me.user.role, 'audit')) return <Redirect to="/audit" />;
  return <RefusedPage />;
}

function SignedInRoutes({ me }: { me: Me }) {
  return (
    <Switch>
      <Route path="/">
        <Home me={me} />
      </Route>
      <Route path="/site">
        <Guarded me={me} area="patients">
          <ChooseSitePage />
        </Guarded>
      </Route>
      <Route path="/register">
        <Guarded me={me} area="patients" needsSite>
          <RegisterPage />
        </Guarded>
      </Route>
      <Route path="/attendances/:id">
        {(params) => (
          <Guarded me={me} area="patients" needsSite>
            <AttendancePage key={params.id} id={params.id} />
          </Guarded>
        )}
      </Route>
      <Route path="/attendances/:id/forms/:proformaId">
        {(params) => (
          <Guarded me={me} area="patients" needsSite>
            <FormPage
              key={`${params.id}:${params.proformaId}`}
              id={params.id}
              proformaId={params.proformaId}
            />
          </Guarded>
        )}
      </Route>
      <Route path="/attendances/:id/outcome">
        {(params) => (
          <Guarded me={me} area="patients" needsSite>
            <OutcomePage key={params.id} id={params.id} />
          </Guarded>
        )}
      </Route>
      <Route path="/review">
        <Guarded me={me} area="review" needsSite>
          <ReviewQueuePage />
        </Guarded>
      </Route>
      <Route path="/audit">
        <Guarded me={me} area="audit">
          <AuditPage />
        </Guarded>
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}

/** The MIU / walk-in-centre shell: sign in, then the pages the role allows. */
export function App() {
  const { state } = useSession();
  return (
    <Layout>
      {state.status === 'loading' && <Loading what="your session" />}
      {state.status === 'error' && <ErrorPanel error={new Error(state.message)} />}
      {state.status === 'signed-out' && <SignInPage />}
      {state.status === 'signed-in' && <SignedInRoutes me={state.me} />}
    </Layout>
  );
}
