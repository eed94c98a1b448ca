/**
 * Every message that crosses between the content script, the popup and the
 * background is one of these. Each is validated on arrival: a page, another
 * extension or a stale content script can send anything.
 */
import * as v from 'valibot';
import { VERDICTS } from './core/claims/verdict.ts';
import { PAGE_FIGURE_UNITS } from './core/figures/units.ts';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const PageStatusSchema = v.object({
  url: v.string(),
  /** Highlighting is on in this tab. */
  enabled: v.boolean(),
  /** The page is about the story (core's pageRelevance), with the reason in words. */
  relevant: v.boolean(),
  reason: v.string(),
  /** Blocks of text read (paragraphs, headings, list items…). */
  blocksRead: Count,
  entities: v.array(v.object({ id: v.string(), count: Count })),
  claims: v.array(
    v.object({
      id: v.string(),
      claimKind: v.picklist(['figure', 'statement']),
      verdict: v.picklist(VERDICTS),
      /** The page's own words for it, first occurrence. */
      wording: v.string(),
      count: Count,
      /** The range the page's figure implies and its unit, for figure claims. */
      range: v.optional(
        v.object({
          low: v.number(),
          high: v.number(),
          unit: v.picklist(PAGE_FIGURE_UNITS),
        }),
      ),
    }),
  ),
});
export type PageStatus = v.InferOutput<typeof PageStatusSchema>;

export const ExtensionInfoSchema = v.object({
  name: v.string(),
  version: v.string(),
});
export type ExtensionInfo = v.InferOutput<typeof ExtensionInfoSchema>;

export const MessageSchema = v.variant('type', [
  /** popup → content script: what did you find on this page? */
  v.object({ type: v.literal('page/get-status') }),
  /** popup → content script: turn highlighting on or off in this tab. */
  v.object({ type: v.literal('page/set-enabled'), enabled: v.boolean() }),
  /** background → content script: the keyboard shortcut for the next or previous highlight. */
  v.object({ type: v.literal('highlights/step'), direction: v.picklist(['next', 'previous']) }),
  /** popup → content script: scroll to a highlight and flash it. */
  v.object({ type: v.literal('highlights/reveal'), id: v.string() }),
  /** content script → background: the counts behind the toolbar badge. */
  v.object({
    type: v.literal('badge/update'),
    highlights: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /** Distinct claims on the page whose verdict is `differs` or `overturned`. */
    disputed: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /** popup → background */
  v.object({ type: v.literal('extension/get-info') }),
  /** content script (the gate) → background: this page may be about the story, inject the engine. */
  v.object({ type: v.literal('engine/load') }),
]);
export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];

/** What each request is answered with. */
export const StepResultSchema = v.object({ moved: v.boolean() });
const AckSchema = v.object({ ok: v.literal(true) });

export interface ResponseMap {
  'highlights/step': v.InferOutput<typeof StepResultSchema>;
  'highlights/reveal': v.InferOutput<typeof StepResultSchema>;
  'badge/update': v.InferOutput<typeof AckSchema>;
  'page/get-status': PageStatus;
  'page/set-enabled': PageStatus;
  'extension/get-info': ExtensionInfo;
  'engine/load': v.InferOutput<typeof AckSchema>;
}

const responseSchemas: { [K in MessageType]: v.GenericSchema<unknown, ResponseMap[K]> } = {
  'page/get-status': PageStatusSchema,
  'page/set-enabled': PageStatusSchema,
  'highlights/step': StepResultSchema,
  'highlights/reveal': StepResultSchema,
  'badge/update': AckSchema,
  'extension/get-info': ExtensionInfoSchema,
  'engine/load': AckSchema,
};

export function parseMessage(raw: unknown): Message | undefined {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? result.output : undefined;
}

export class MalformedResponseError extends Error {
  constructor(type: MessageType, detail: string) {
    super(`Malformed answer to "${type}": ${detail}`);
    this.name = 'MalformedResponseError';
  }
}

export function parseResponse<K extends MessageType>(type: K, raw: unknown): ResponseMap[K] {
  const result = v.safeParse(responseSchemas[type], raw);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') || '(root)';
    throw new MalformedResponseError(type, `${path}: ${issue.message}`);
  }
  return result.output as ResponseMap[K];
}
