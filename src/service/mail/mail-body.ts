/** The parts of a plain notification email, rendered to HTML and text alike. */
export interface MailContent {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  /** Headed lists after the paragraphs (the digest's sections). */
  readonly sections?: readonly { readonly title: string; readonly items: readonly string[] }[];
  /** A button in HTML, a bare link in text. */
  readonly action?: { readonly label: string; readonly url: string };
  /** Small print: why the reader gets this mail and how to stop it. */
  readonly footer?: string;
}

/** HTML and plain text from the same content, so both say the same thing. */
export function renderMail(content: MailContent): { readonly html: string; readonly text: string } {
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.sections ?? []).flatMap((s) => [s.title, ...s.items.map((i) => `- ${i}`), '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...(content.footer ? ['--', content.footer] : []),
  ]
    .join('\n')
    .trimEnd();
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2328;max-width:40em">',
    `<h1 style="font-size:1.25em">${escapeHtml(content.heading)}</h1>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(content.sections ?? []).map(
      (s) =>
        `<h2 style="font-size:1.05em">${escapeHtml(s.title)}</h2><ul>${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`,
    ),
    content.action
      ? `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:.5em 1em;background:#1f6feb;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(content.action.label)}</a></p>`
      : '',
    content.footer ? `<p style="font-size:.85em;color:#59636e">${escapeHtml(content.footer)}</p>` : '',
    '</body></html>',
  ].join('');
  return { html, text };
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
