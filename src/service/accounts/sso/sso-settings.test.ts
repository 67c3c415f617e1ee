import { describe, expect, it } from 'vitest';
import { SignInSettingsError, signInSettingsFromEnv } from './sso-settings.js';

describe('sign-in settings from the environment', () => {
  const sso = {
    RATCHET_OIDC_ISSUER: 'https://login.acme.test/realms/acme',
    RATCHET_OIDC_CLIENT_ID: 'ratchet',
    RATCHET_OIDC_CLIENT_SECRET: 's3cret',
  };

  it('passwords only when nothing is set', () => {
    expect(signInSettingsFromEnv({})).toEqual({ sso: null, passwordSignIn: true });
  });

  it('SSO with the three settings; the provider is named by its host unless told; domains are listed', () => {
    const settings = signInSettingsFromEnv({
      ...sso,
      RATCHET_OIDC_ALLOWED_DOMAINS: ' Acme.test, @partner.test ,',
    });
    expect(settings.sso).toMatchObject({
      clientId: 'ratchet',
      providerName: 'login.acme.test',
      allowedDomains: ['acme.test', 'partner.test'],
    });
    expect(signInSettingsFromEnv({ ...sso, RATCHET_OIDC_NAME: 'Acme Login' }).sso?.providerName).toBe(
      'Acme Login',
    );
  });

  it('refuses half a configuration, plain http off this machine, and no way in at all, in words', () => {
    expect(() => signInSettingsFromEnv({ RATCHET_OIDC_ISSUER: sso.RATCHET_OIDC_ISSUER })).toThrow(
      /needs RATCHET_OIDC_ISSUER, RATCHET_OIDC_CLIENT_ID and RATCHET_OIDC_CLIENT_SECRET together/,
    );
    expect(() => signInSettingsFromEnv({ ...sso, RATCHET_OIDC_ISSUER: 'http://login.acme.test' })).toThrow(
      /must use https/,
    );
    expect(
      signInSettingsFromEnv({ ...sso, RATCHET_OIDC_ISSUER: 'http://127.0.0.1:9000' }).sso,
    ).not.toBeNull();
    expect(() => signInSettingsFromEnv({ RATCHET_PASSWORD_SIGN_IN: 'off' })).toThrow(SignInSettingsError);
    expect(signInSettingsFromEnv({ ...sso, RATCHET_PASSWORD_SIGN_IN: 'off' }).passwordSignIn).toBe(false);
    expect(() => signInSettingsFromEnv({ RATCHET_PASSWORD_SIGN_IN: 'maybe' })).toThrow(/write on or off/);
  });
});
