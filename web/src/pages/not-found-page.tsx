import { Link } from '../router/link.js';

export function NotFoundPage({ message }: { readonly message?: string }) {
  return (
    <div className="page page-narrow">
      <h1>Page not found</h1>
      <p className="muted">
        {message ?? 'There is nothing at this address. It may have been moved or deleted.'}
      </p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </div>
  );
}
