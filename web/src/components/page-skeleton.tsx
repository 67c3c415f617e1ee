import { Skeleton, SkeletonCards } from './skeleton.js';

export function PageSkeleton() {
  return (
    <div className="page" aria-busy="true">
      <Skeleton height={32} width="min(360px, 70%)" />
      <SkeletonCards count={4} height={120} />
      <Skeleton height={240} />
    </div>
  );
}
