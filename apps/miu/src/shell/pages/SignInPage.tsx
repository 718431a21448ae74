import { ErrorSummary, TextInputField } from '@proformas/react';
import { useState, type FormEvent } from 'react';
import { signIn } from '../api/auth.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useSubmit } from '../hooks/useSubmit.ts';
import { useTitle } from '../hooks/useTitle.ts';
import { useSession } from '../session/SessionContext.tsx';

/** Sign in with a username and password (the demo sign-ins are printed by scripts/demo.sh). */
export function SignInPage() {
  useTitle('Sign in');
  const { setMe } = useSession();
  const [username, setUsername] = useState<string>();
  const [password, setPassword] = useState('');
  const submit = useSubmit();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username || !password) {
      submit.fail([
        ...(!username ? [{ targetId: 'username', text: 'Enter your username' }] : []),
        ...(!password ? [{ targetId: 'password', text: 'Enter your password' }] : []),
      ]);
      return;
    }
    const me = await submit.run(() => signIn(username, password), {}, 'username');
    if (me) setMe(me);
  };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={submit.errors} focusKey={submit.round} />
        <PageHeading>Sign in</PageHeading>
        <form onSubmit={onSubmit} noValidate>
          <TextInputField
            id="username"
            label="Username"
            autoComplete="username"
            value={username}
            onChange={setUsername}
            error={submit.errors.find((e) => e.targetId === 'username')?.text}
          />
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="password">
              Password
            </label>
            <input
              className="nhsuk-input"
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
          </div>
          <button type="submit" className="nhsuk-button" disabled={submit.busy}>
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
