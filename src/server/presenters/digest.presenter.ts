import { digestMarkdown } from '../../core/notify/digest-text.js';
import type { DigestAnswer } from '../../service/notify/digest.service.js';

/** A digest for the Digest page: the document every form shares, and its Markdown. */
export function presentDigest({ digest, document }: DigestAnswer) {
  return {
    audience: digest.audience,
    id: digest.id,
    name: digest.name,
    asOf: new Date(digest.asOf).toISOString(),
    subject: document.subject,
    intro: document.intro,
    empty: document.empty,
    sections: document.sections.map((s) => ({
      kind: s.kind,
      title: s.title,
      items: s.items.map((i) => ({ kind: i.kind, ref: i.ref, title: i.title, message: i.message })),
    })),
    markdown: digestMarkdown(document),
  };
}
