export { type MailContent, renderMail } from './mail-body.js';
export { checkMailConfig, type MailConfig, mailConfigFor } from './mail-config.js';
export { MailDeliveryError, MailNotConfiguredError } from './mail-errors.js';
export {
  clearMailSettings,
  type MailSettingsInput,
  type MailSettingsView,
  readMailSettings,
  saveMailSettings,
} from './mail-settings.service.js';
export { type MailMessage, type SentMail, sendMail, sendWith } from './send-mail.js';
