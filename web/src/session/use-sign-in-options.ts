import { useEffect, useState } from 'react';
import { authApi } from '../api/endpoints.js';
import type { SignInOptions } from '../api/types.js';

const PASSWORDS_ONLY: SignInOptions = { passwordSignIn: true, sso: null };

/** How this server lets people in; null until it answers (a failed answer means passwords only). */
export function useSignInOptions(): SignInOptions | null {
  const [options, setOptions] = useState<SignInOptions | null>(null);
  useEffect(() => {
    authApi.options().then(setOptions, () => setOptions(PASSWORDS_ONLY));
  }, []);
  return options;
}
