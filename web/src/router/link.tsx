import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate, useLocation } from './history.js';

interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  readonly to: string;
  /** Marks the link as the current page when the path matches exactly. */
  readonly navLink?: boolean;
}

/**
 * An ordinary anchor (so open-in-new-tab works) that navigates in-app on a plain click.
 * Only navigation links follow the location: a dashboard has hundreds of links, and each
 * subscription would re-render on every filter change.
 */
export function Link({ navLink, ...props }: LinkProps) {
  return navLink ? <NavAnchor {...props} /> : <Anchor {...props} />;
}

function NavAnchor(props: Omit<LinkProps, 'navLink'>) {
  const { path } = useLocation();
  return <Anchor {...props} aria-current={path === props.to ? 'page' : undefined} />;
}

function Anchor({ to, onClick, children, ...rest }: Omit<LinkProps, 'navLink'>) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
