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
  const ref = useRef<HTMLFieldSetElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
  }, []);

  return (
    <fieldset
      ref={ref}
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
    </fieldset>
  );
}
