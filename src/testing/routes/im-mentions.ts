/**
 * Mentions as the platform keeps them. A sent text names people with `<at user_id="ou_…">Name</at>`
 * and a post with `{ "tag": "at", "user_id": "ou_…" }`; what is stored, and what `getMessage`,
 * `listMessage` and the receive event give back, has placeholders instead (`@_user_1`, `@_user_2`, …
 * numbered in order of first appearance, the same person keeping one number), and the message lists
 * them in `mentions` (`key`, the open_id as `id`, `id_type: "open_id"`, `name`, `tenant_key`).
 * Everyone (`user_id="all"`) becomes `@_all` in text and `user_id: "all"` in posts, not listed.
 * The resource's fields: https://open.feishu.cn/document/server-docs/im-v1/message/intro
 *
 * The name is the person's name in the directory when the open_id is known, else what the sender wrote.
 *
 * @module
 */

/** One entry of a message's `mentions`. */
export interface FakeMention {
  readonly key: string
  readonly id: string
  readonly id_type: 'open_id'
  readonly name: string
  readonly tenant_key: string
}

/** Most distinct people numbered in one message; later `<at>` tags stay as they were sent. */
const MAX_MENTIONS = 100

/** The text `<at>` tag: its user_id (quoted or not) and its inner text. */
const AT_TAG = /<at\s+user_id=(?:"([^"<>\s]*)"|([^\s"<>]+))\s*>([^<]*)<\/at>/g

/**
 * Replaces the mentions of a text or post content with placeholders.
 *
 * @param msgType The message type; only `text` and `post` hold mentions.
 * @param content The content JSON text as sent (already checked to be a JSON object).
 * @param nameOf The directory name of an open_id in the sender's tenant.
 * @param tenantKey The sender's tenant.
 * @returns The content to store and its mentions (none: the content unchanged).
 */
export function placeMentions(
  msgType: string,
  content: string,
  nameOf: (openId: string) => string | undefined,
  tenantKey: string,
): { content: string; mentions: FakeMention[] } {
  const mentions: FakeMention[] = []
  const keyOf = (id: string, written: string): string | undefined => {
    if (id === 'all') return '@_all'
    const seen = mentions.find((m) => m.id === id)
    if (seen) return seen.key
    if (mentions.length >= MAX_MENTIONS || id === '') return undefined
    const key = `@_user_${mentions.length + 1}`
    mentions.push({ key, id, id_type: 'open_id', name: nameOf(id) ?? written, tenant_key: tenantKey })
    return key
  }
  const parsed = JSON.parse(content) as Record<string, unknown>
  if (msgType === 'text' && typeof parsed.text === 'string') {
    const text = parsed.text.replace(AT_TAG, (tag, quoted: string | undefined, bare: string | undefined, inner: string) => {
      return keyOf(quoted ?? bare ?? '', inner) ?? tag
    })
    return text === parsed.text ? { content, mentions } : { content: JSON.stringify({ ...parsed, text }), mentions }
  }
  if (msgType !== 'post') return { content, mentions }
  let changed = false
  const rewrite = (body: unknown): unknown => {
    const paragraphs = (body as { content?: unknown } | null)?.content
    if (!Array.isArray(paragraphs)) return body
    const content = paragraphs.map((row: unknown) =>
      Array.isArray(row)
        ? row.map((el: unknown) => {
            const at = el as { tag?: unknown; user_id?: unknown; user_name?: unknown } | null
            if (at?.tag !== 'at' || typeof at.user_id !== 'string' || at.user_id === 'all') return el
            const key = keyOf(at.user_id, typeof at.user_name === 'string' ? at.user_name : '')
            if (key === undefined) return el
            changed = true
            return { ...at, user_id: key, user_name: mentions.find((m) => m.key === key)?.name ?? '' }
          })
        : row,
    )
    return { ...(body as object), content }
  }
  // A post is sent per locale (`{ zh_cn: { title, content } }`); each locale is rewritten.
  const post = Object.fromEntries(Object.entries(parsed).map(([locale, body]) => [locale, rewrite(body)]))
  return changed ? { content: JSON.stringify(post), mentions } : { content, mentions }
}
