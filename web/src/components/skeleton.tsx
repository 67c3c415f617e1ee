/** A placeholder shaped like what is loading, so the page does not jump when data arrives. */
export function Skeleton({
  height = 16,
  width = '100%',
}: {
  readonly height?: number;
  readonly width?: string | number;
}) {
  return <div className="skeleton" style={{ height, width }} aria-hidden="true" />;
}

export function SkeletonCards({
  count = 6,
  height = 150,
}: {
  readonly count?: number;
  readonly height?: number;
}) {
  return (
    <div className="kpi-grid" aria-busy="true">
      <span className="visually-hidden" role="status">
        Loading…
      </span>
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={i} height={height} />
      ))}
    </div>
  );
}
