import { type ReactNode, useEffect, useRef } from 'react';

/**
 * An edit panel that opens in place: focus moves to its first field when it opens and
 * Escape closes it (issue 9, item 8). The caller returns focus to whatever opened it.
 */
export function InlinePanel({
  label,
  onClose,
  children,
  className = 'inline-panel',
}: {
  readonly label: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
  }, []);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere inside the panel closes it.
    <div
      ref={ref}
      role="group"
      aria-label={label}
      className={className}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          closeRef.current();
        }
      }}
    >
      {children}
    </div>
  );
}
