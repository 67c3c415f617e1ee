import { type FormEvent, useId, useState } from 'react';
import { type CreatedWebhook, notifyApi, type Subscription } from '../../api/notify-endpoints.js';
import { ApiError } from '../../api/problem.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { useSave } from '../../hooks/use-save.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** The events a webhook can subscribe to (docs/notifications.md), with what each means. */
const EVENTS: readonly { event: string; words: string }[] = [
  { event: 'kpi.breached', words: 'an alert fires' },
  { event: 'kpi.recovered', words: 'a fired alert resolves' },
  { event: 'kpi.still_firing', words: 'an alert is still firing (repeat)' },
  { event: 'kpi.alert', words: 'every alert state change' },
  { event: 'objective.created', words: 'an objective is created' },
  { event: 'key_result.check_in', words: 'a check-in is recorded' },
  { event: 'cycle.closed', words: 'a cycle is closed' },
  { event: 'ratchet.proposed', words: 'a ratchet is proposed' },
  { event: 'ratchet.accepted', words: 'a ratchet is accepted' },
];

/** The API's words about one field; `events` gathers those about any of its entries (`events[1]`). */
function fieldError(error: unknown, field: 'url' | 'events' | 'description'): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const path = new RegExp(`^(body\\.)?${field}(\\[\\d+\\])?$`);
  const messages = (error.problem.errors ?? []).filter((e) => path.test(e.path)).map((e) => e.message);
  return messages.length > 0 ? messages.join('; ') : undefined;
}

/**
 * A webhook's URL, events and description: adds one (`editing` absent; its secret goes to
 * `onCreated`, shown once) or changes one (`editing`: the webhook as listed).
 */
export function WebhookForm({
  editing,
  onCreated,
  onSaved,
  onCancel,
}: {
  readonly editing?: Subscription;
  readonly onCreated?: (created: CreatedWebhook) => void;
  readonly onSaved?: () => void;
  readonly onCancel?: () => void;
}) {
  const { ws } = useWorkspace();
  const [url, setUrl] = useState(editing?.url ?? '');
  const [events, setEvents] = useState<readonly string[]>(
    editing?.events ?? ['kpi.breached', 'kpi.recovered'],
  );
  const [description, setDescription] = useState(editing?.description ?? '');
  const { busy, error, run } = useSave();
  const urlError = fieldError(error, 'url');
  const eventsError = fieldError(error, 'events');
  const eventsErrorId = useId();

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const api = notifyApi(ws);
      if (editing) {
        await api.updateWebhook(editing.id, {
          // The URL is sent only when changed, so an untouched one is not checked again.
          ...(url.trim() !== editing.url && { url: url.trim() }),
          events: [...events],
          description: description.trim() || null,
        });
        onSaved?.();
        return;
      }
      const created = await api.createWebhook({
        url: url.trim(),
        events: [...events],
        description: description.trim() || null,
      });
      setUrl('');
      setDescription('');
      onCreated?.(created);
    });
  }

  const formName = editing ? `Edit webhook ${editing.url}` : 'New webhook';
  return (
    <form className="form" aria-label={formName} onSubmit={(e) => void save(e)}>
      {error !== null && <ErrorNotice error={error} />}
      <Field
        label="Webhook URL"
        type="url"
        required
        placeholder="https://hooks.example.com/ratchet"
        value={url}
        error={urlError}
        onChange={(e) => setUrl(e.target.value)}
      />
      <fieldset
        className="radio-list"
        aria-invalid={eventsError ? true : undefined}
        aria-describedby={eventsError ? eventsErrorId : undefined}
      >
        <legend className="field-label">Send when</legend>
        {EVENTS.map((e) => (
          <label key={e.event} className="radio-option">
            <input
              type="checkbox"
              checked={events.includes(e.event)}
              onChange={(change) =>
                setEvents(change.target.checked ? [...events, e.event] : events.filter((x) => x !== e.event))
              }
            />
            {e.words} <span className="mono small muted">{e.event}</span>
          </label>
        ))}
        {eventsError && (
          <span id={eventsErrorId} className="field-error">
            {eventsError}
          </span>
        )}
      </fieldset>
      <Field
        label="Description (optional)"
        placeholder="The ops dashboard"
        maxLength={500}
        value={description}
        error={fieldError(error, 'description')}
        onChange={(e) => setDescription(e.target.value)}
      />
      <FormActions
        busy={busy}
        primary={false}
        small={editing !== undefined}
        label={editing ? 'Save' : 'Add webhook'}
        busyLabel={editing ? 'Saving…' : 'Adding…'}
        disabled={!url.trim() || events.length === 0}
        onCancel={onCancel ?? null}
      />
    </form>
  );
}
