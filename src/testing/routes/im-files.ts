/**
 * IM uploads and downloads with real bytes:
 * `POST /im/v1/images` (`image_type`, `image`; ≤ 10 MB) → `{ image_key }`,
 * `POST /im/v1/files` (`file_type`, `file_name`, `duration?`, `file`; ≤ 30 MB) → `{ file_key }`,
 * `GET /im/v1/images/:image_key`, `GET /im/v1/files/:file_key` and
 * `GET /im/v1/messages/:message_id/resources/:file_key?type=image|file` → the stored bytes.
 *
 * An image downloads only for the app that uploaded it with `image_type=message` (as the platform
 * documents); a message resource for any member of the message's chat whose content names the key.
 * Empty files answer 234010, files over the limit 234006, anything else wrong 234001 (HTTP 400).
 *
 * @module
 */
import type { ApiEnv, FakeFile, StatefulRoute } from '../api/world.ts'
import { fileResponse } from '../api/file-response.ts'
import { randomHex } from '../ids.ts'
import { fakeError, isFakeError } from '../reply.ts'
import type { RouteContext } from '../types.ts'
import { chatFor, invalidResourceParam } from './im-common.ts'

const MB = 1024 * 1024
const FILE_TYPES: Readonly<Record<string, string>> = {
  opus: 'audio/opus',
  mp4: 'video/mp4',
  pdf: 'application/pdf',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  stream: 'application/octet-stream',
}
const TOKENS = ['tenant', 'user'] as const

/**
 * The upload and download routes.
 *
 * @param env The fake's state and world.
 * @returns The route specs.
 */
export function imFileRoutes(env: ApiEnv): StatefulRoute[] {
  return [
    { method: 'POST', path: '/open-apis/im/v1/images', tokens: TOKENS, handler: (c) => upload(env, c, 'image') },
    { method: 'POST', path: '/open-apis/im/v1/files', tokens: TOKENS, handler: (c) => upload(env, c, 'file') },
    { method: 'GET', path: '/open-apis/im/v1/images/:image_key', tokens: TOKENS, handler: (c) => download(env, c, 'image') },
    { method: 'GET', path: '/open-apis/im/v1/files/:file_key', tokens: TOKENS, handler: (c) => download(env, c, 'file') },
    { method: 'GET', path: '/open-apis/im/v1/messages/:message_id/resources/:file_key', tokens: TOKENS, handler: (c) => resource(env, c) },
  ]
}

async function upload(env: ApiEnv, { body, caller }: RouteContext, kind: 'image' | 'file'): Promise<unknown> {
  if (!(body instanceof FormData)) return invalidResourceParam('the body must be multipart/form-data')
  const part = body.get(kind)
  const type = body.get(kind === 'image' ? 'image_type' : 'file_type')
  if (typeof part === 'string' || part === null) return invalidResourceParam(`${kind} must be a file part`)
  if (kind === 'image' ? type !== 'message' && type !== 'avatar' : typeof type !== 'string' || !(type in FILE_TYPES)) {
    return invalidResourceParam(`invalid ${kind}_type`)
  }
  const fileName = body.get('file_name')
  if (kind === 'file' && (typeof fileName !== 'string' || fileName === '')) return invalidResourceParam('file_name is required')
  const duration = body.get('duration')
  if (typeof duration === 'string' && !/^\d+$/.test(duration)) return invalidResourceParam('invalid duration')
  if (part.size === 0) return fakeError(234010, "File's size can't be 0.", 400)
  if (part.size > (kind === 'image' ? 10 : 30) * MB) return fakeError(234006, 'The file size exceed the max value.', 400)
  const bytes = new Uint8Array(await part.arrayBuffer())
  const key = `${kind === 'image' ? 'img' : 'file'}_v3_${randomHex(16)}`
  const stored: FakeFile = Object.freeze({
    key,
    kind,
    type: type as string,
    name: kind === 'file' ? (fileName as string) : part.name || key,
    contentType: contentTypeOf(part.type, bytes, kind === 'file' ? FILE_TYPES[type as string] : undefined),
    bytes,
    appId: caller?.appId ?? '',
    ...(caller?.tenantKey === undefined ? {} : { tenantKey: caller.tenantKey }),
    ...(typeof duration === 'string' ? { duration: Number(duration) } : {}),
  })
  env.world().files.set(key, stored)
  return kind === 'image' ? { image_key: key } : { file_key: key }
}

function download(env: ApiEnv, { params, caller }: RouteContext, kind: 'image' | 'file'): unknown {
  const key = (kind === 'image' ? params.image_key : params.file_key) ?? ''
  const file = env.world().files.get(key)
  const usable = file?.kind === kind && file.appId === caller?.appId && (kind === 'file' || file.type === 'message')
  if (!usable) return invalidResourceParam(`unknown ${kind}_key`)
  return fileResponse(file.bytes, file.name, file.contentType)
}

function resource(env: ApiEnv, { params, query, caller }: RouteContext): unknown {
  const type = query.get('type')
  if (type !== 'image' && type !== 'file') return invalidResourceParam('type must be image or file')
  const world = env.world()
  const message = world.messages.find((m) => m.message_id === params.message_id)
  if (message === undefined) return invalidResourceParam('unknown message_id')
  const chat = chatFor(world, caller, message.chat_id)
  if (isFakeError(chat)) return chat
  const key = params.file_key ?? ''
  const file = world.files.get(key)
  if (file === undefined || file.kind !== type || !message.content.includes(JSON.stringify(key))) {
    return invalidResourceParam('the file_key is not in this message')
  }
  return fileResponse(file.bytes, file.name, file.contentType)
}

/** The part's own media type, else one sniffed from image magic bytes, else the file type's. */
function contentTypeOf(partType: string, bytes: Uint8Array, byFileType: string | undefined): string {
  if (partType !== '' && partType !== 'application/octet-stream') return partType
  const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte)
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png'
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif'
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') return 'image/webp'
  return byFileType ?? 'application/octet-stream'
}
