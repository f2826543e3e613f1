import { toBase64 } from './base64.ts'

/**
 * The `X-Lark-Helpdesk-Authorization` header that helpdesk endpoints need besides the access token:
 * base64 of `helpdesk_id:helpdesk_token`.
 *
 * @param helpdeskId The helpdesk's id.
 * @param helpdeskToken The helpdesk's token.
 * @returns Headers to pass as `options.headers`.
 * @see https://open.feishu.cn/document/server-docs/helpdesk-v1/help-desk-overview
 * @example
 * await listHelpdeskTicket(ctx, {}, { headers: helpdeskHeaders('hd_1', process.env.HELPDESK_TOKEN) })
 */
export function helpdeskHeaders(helpdeskId: string, helpdeskToken: string): Record<string, string> {
  return { 'X-Lark-Helpdesk-Authorization': toBase64(new TextEncoder().encode(`${helpdeskId}:${helpdeskToken}`)) }
}
