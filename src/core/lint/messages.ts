/** A rule's message by id, its `{{placeholders}}` filled (ESLint's `interpolate`). */
import type { MessageData } from './rule';

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/**
 * The message `messageId` of `messages` with `data` filled in; `problem` hears of an unknown id or a placeholder left
 * without a value (the rule's bug: the words still say what they can).
 */
export function formatMessage(
  messages: Readonly<Record<string, string>>,
  messageId: string,
  data: MessageData | undefined,
  problem: (what: string) => void,
): string {
  const template = Object.prototype.hasOwnProperty.call(messages, messageId) ? messages[messageId] : undefined;
  if (template === undefined) {
    problem(`reported the message id "${messageId}", which it does not declare`);
    return messageId;
  }
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    if (data && Object.prototype.hasOwnProperty.call(data, key)) return String(data[key]);
    problem(`left the placeholder {{${key}}} of "${messageId}" without a value`);
    return whole;
  });
}
