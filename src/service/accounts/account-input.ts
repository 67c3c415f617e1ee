import { ValidationError, type ValidationIssue } from '../errors.js';
import { MIN_PASSWORD_LENGTH } from './password.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** Checks what every new account needs; throws one ValidationError listing each problem. */
export function checkNewAccount(input: { email: string; password: string; name: string }): void {
  const issues: ValidationIssue[] = [];
  if (!EMAIL.test(input.email.trim())) {
    issues.push({ path: 'email', message: `"${input.email}" is not an email address (name@example.com).` });
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    issues.push({
      path: 'password',
      message: `Use at least ${MIN_PASSWORD_LENGTH} characters; a few plain words make a strong password.`,
    });
  }
  if (input.name.trim() === '') issues.push({ path: 'name', message: 'Give the person a name.' });
  if (issues.length > 0) throw new ValidationError('The account details need fixing.', issues);
}

/** `ada.lovelace@example.com` → `ada-lovelace`: a person key for the workspace file. */
export function personKeyFromEmail(email: string): string {
  const local = email.split('@')[0] ?? '';
  const key = local
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return key === '' ? 'owner' : key;
}
