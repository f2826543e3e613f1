import { toDownload } from './download.ts'
import { toFormData } from './multipart.ts'
import type { FileCodec } from './types.ts'

/** Multipart bodies as `FormData`, file answers as a {@link Download}. */
export const fileCodec: FileCodec = { encode: toFormData, decode: toDownload }
