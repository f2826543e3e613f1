import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as im from '../../src/api/im/v1/index.ts'
import type { Download } from '../../src/core/download.ts'
import { isLarkApiError } from '../../src/core/errors.ts'
import type { Context } from '../../src/core/types.ts'
import { startFake } from '../helpers.ts'

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
const PDF = new TextEncoder().encode('%PDF-1.4 fake')
let served: Awaited<ReturnType<typeof startFake>>
let ctx: Context

beforeAll(async () => {
  served = await startFake()
  ctx = served.context({ retry: false })
})
afterAll(() => served.close())
beforeEach(() => served.fake.reset())

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, 3))
      controller.enqueue(bytes.slice(3))
      controller.close()
    },
  })
}

async function bytesOf(download: Download): Promise<number[]> {
  return [...new Uint8Array(await download.arrayBuffer())]
}

const IMAGE_VALUES: [string, () => im.CreateImageInput['body']['image'], string][] = [
  ['a Blob', () => new Blob([PNG]), 'file'],
  ['a File', () => new File([PNG], 'photo.png', { type: 'image/png' }), 'photo.png'],
  ['a Uint8Array', () => PNG, 'file'],
  ['an ArrayBuffer', () => PNG.slice().buffer, 'file'],
  ['a ReadableStream', () => streamOf(PNG), 'file'],
  ['{ name, data }', () => ({ name: 'named.png', data: PNG }), 'named.png'],
]

describe('image upload and download over loopback', () => {
  it.each(IMAGE_VALUES)('uploads %s and downloads the same bytes', async (_, value, filename) => {
    const { image_key } = await im.createImage(ctx, { body: { image_type: 'message', image: value() } })
    expect(image_key).toMatch(/^img_v3_/)
    const file = await im.getImage(ctx, { path: { image_key: image_key ?? '' } })
    expect(file.body).toBeInstanceOf(ReadableStream)
    expect([file.filename, file.contentType, file.contentLength]).toEqual([filename, 'image/png', PNG.byteLength])
    expect(await bytesOf(file)).toEqual([...PNG])
    expect(served.fake.files.map((f) => [f.kind, f.type, f.bytes.byteLength])).toEqual([['image', 'message', PNG.byteLength]])
  })

  it('gives the body as a stream first: reading it chunk by chunk yields the bytes', async () => {
    const { image_key = '' } = await im.createImage(ctx, { body: { image_type: 'message', image: streamOf(PNG) } })
    const file = await im.getImage(ctx, { path: { image_key } })
    const chunks: number[] = []
    const reader = file.body.getReader()
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(...next.value)
    expect(chunks).toEqual([...PNG])
  })

  it('reads a download as a Blob with its content type', async () => {
    const { image_key = '' } = await im.createImage(ctx, { body: { image_type: 'message', image: PNG } })
    const blob = await (await im.getImage(ctx, { path: { image_key } })).blob()
    expect([blob.type, blob.size]).toEqual(['image/png', PNG.byteLength])
  })

  it('refuses an empty image (234010) and one over 10 MB (234006)', async () => {
    const empty = await im.createImage(ctx, { body: { image_type: 'message', image: new Uint8Array(0) } }).catch((e: unknown) => e)
    expect(isLarkApiError(empty) && [empty.code, empty.httpStatus]).toEqual([234010, 400])
    const big = new Uint8Array(10 * 1024 * 1024 + 1)
    const tooBig = await im.createImage(ctx, { body: { image_type: 'message', image: big } }).catch((e: unknown) => e)
    expect(isLarkApiError(tooBig) && [tooBig.code, tooBig.httpStatus]).toEqual([234006, 400])
    expect(served.fake.files).toEqual([])
  })

  it('does not download avatar images or unknown keys: the platform error is thrown', async () => {
    const { image_key = '' } = await im.createImage(ctx, { body: { image_type: 'avatar', image: PNG } })
    for (const key of [image_key, 'img_v3_unknown']) {
      const error = await im.getImage(ctx, { path: { image_key: key } }).catch((e: unknown) => e)
      expect(isLarkApiError(error) && [error.code, error.httpStatus, error.endpoint]).toEqual([234001, 400, 'im.v1.image.get'])
    }
  })
})

describe('file upload and download over loopback', () => {
  it('stores file_name, file_type and duration, and serves the bytes back with Content-Disposition', async () => {
    const { file_key = '' } = await im.createFile(ctx, { body: { file_type: 'pdf', file_name: 'report.pdf', duration: 3000, file: PDF } })
    expect(file_key).toMatch(/^file_v3_/)
    const [stored] = served.fake.files
    expect(stored).toMatchObject({ kind: 'file', type: 'pdf', name: 'report.pdf', duration: 3000, contentType: 'application/pdf' })
    const file = await im.getFile(ctx, { path: { file_key } })
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="report.pdf"')
    expect([file.filename, file.contentType, file.contentLength]).toEqual(['report.pdf', 'application/pdf', PDF.byteLength])
    expect(await bytesOf(file)).toEqual([...PDF])
  })

  it('round-trips a non-ASCII filename as raw UTF-8 in Content-Disposition', async () => {
    const name = '季度 报告.pdf'
    const { file_key = '' } = await im.createFile(ctx, { body: { file_type: 'stream', file_name: name, file: { name, data: PDF } } })
    expect((await im.getFile(ctx, { path: { file_key } })).filename).toBe(name)
  })

  it('keeps the part’s own media type', async () => {
    const file = new File(['hello'], 'hello.txt', { type: 'text/plain' })
    const { file_key = '' } = await im.createFile(ctx, { body: { file_type: 'stream', file_name: 'hello.txt', file } })
    const download = await im.getFile(ctx, { path: { file_key } })
    expect([download.contentType, await download.blob().then((b) => b.text())]).toEqual(['text/plain', 'hello'])
  })

  it('refuses an empty file (234010) and one over 30 MB (234006)', async () => {
    const send = (file: Uint8Array) => im.createFile(ctx, { body: { file_type: 'stream', file_name: 'x.bin', file } }).catch((e: unknown) => e)
    const empty = await send(new Uint8Array(0))
    expect(isLarkApiError(empty) && empty.code).toBe(234010)
    const tooBig = await send(new Uint8Array(30 * 1024 * 1024 + 1))
    expect(isLarkApiError(tooBig) && tooBig.code).toBe(234006)
  })

  it('throws the platform error for an unknown file_key', async () => {
    const error = await im.getFile(ctx, { path: { file_key: 'file_v3_missing' } }).catch((e: unknown) => e)
    expect(isLarkApiError(error) && [error.code, error.httpStatus]).toEqual([234001, 400])
  })
})

describe('message resources', () => {
  async function sent(msgType: im.CreateMessageInput['body']['msg_type'], content: object) {
    const [chat] = served.fake.seedChats([{ name: 'files' }])
    const body = { receive_id: chat?.chat_id ?? '', msg_type: msgType, content: JSON.stringify(content) }
    return im.createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body })
  }

  it('downloads the image and the file a message names, by type', async () => {
    const { image_key = '' } = await im.createImage(ctx, { body: { image_type: 'message', image: PNG } })
    const { file_key = '' } = await im.createFile(ctx, { body: { file_type: 'pdf', file_name: 'a.pdf', file: PDF } })
    const image = await sent('image', { image_key })
    const file = await sent('file', { file_key })
    const get = (message_id: string, key: string, type: string) =>
      im.getMessageResource(ctx, { path: { message_id, file_key: key }, query: { type } })
    expect(await bytesOf(await get(image.message_id ?? '', image_key, 'image'))).toEqual([...PNG])
    const pdf = await get(file.message_id ?? '', file_key, 'file')
    expect([pdf.filename, await bytesOf(pdf)]).toEqual(['a.pdf', [...PDF]])
    for (const [message, key, type] of [
      [image.message_id, image_key, 'file'],
      [image.message_id, file_key, 'file'],
      ['om_unknown', image_key, 'image'],
    ] as const) {
      const error = await get(message ?? '', key, type).catch((e: unknown) => e)
      expect(isLarkApiError(error) && error.code).toBe(234001)
    }
  })

  it('refuses an image message whose image_key the fake never stored', async () => {
    const error = await sent('image', { image_key: 'img_v3_nope' }).catch((e: unknown) => e)
    expect(isLarkApiError(error) && [error.code, error.msg]).toEqual([
      230001,
      'Your request contains an invalid request parameter, ext=invalid image_key',
    ])
  })
})
