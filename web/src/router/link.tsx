import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate, useLocation } from './history.js';

interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  readonly to: string;
  /** Marks the link as the current page when the path matches exactly. */
  readonly navLink?: boolean;
}

/** An ordinary anchor (so open-in-new-tab works) that navigates in-app on a plain click. */
export function Link({ to, navLink, onClick, children, ...rest }: LinkProps) {
  const { path } = useLocation();
  const current = navLink && path === to ? 'page' : undefined;
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <a href={to} aria-current={current} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
