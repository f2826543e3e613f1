// Generated from catalog/board.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link downloadWhiteboardAsImage}. */
export interface DownloadWhiteboardAsImageInput {
  path: { whiteboard_id: string }
}

/** The file of a successful {@link downloadWhiteboardAsImage} response. */
export type DownloadWhiteboardAsImageOutput = Download

/**
 * `board.v1.whiteboard.download_as_image`: GET /open-apis/board/v1/whiteboards/:whiteboard_id/download_as_image (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=download_as_image&project=board&resource=whiteboard&version=v1
 */
export const downloadWhiteboardAsImage = /*#__PURE__*/ fileEndpoint<DownloadWhiteboardAsImageInput, DownloadWhiteboardAsImageOutput>({
  id: 'board.v1.whiteboard.download_as_image',
  method: 'GET',
  path: '/open-apis/board/v1/whiteboards/:whiteboard_id/download_as_image',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ whiteboard_id: string() }) }),
  download: true,
})

/** Input of {@link themeWhiteboard}. */
export interface ThemeWhiteboardInput {
  path: { whiteboard_id: string }
}

/** `data` of a successful {@link themeWhiteboard} response. */
export interface ThemeWhiteboardOutput {
  theme: 'classic' | 'minimalist_gray' | 'retro' | 'vibrant_color' | 'minimalist_blue' | 'default'
}

/**
 * `board.v1.whiteboard.theme`: GET /open-apis/board/v1/whiteboards/:whiteboard_id/theme (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=theme&project=board&resource=whiteboard&version=v1
 */
export const themeWhiteboard = /*#__PURE__*/ endpoint<ThemeWhiteboardInput, ThemeWhiteboardOutput>({
  id: 'board.v1.whiteboard.theme',
  method: 'GET',
  path: '/open-apis/board/v1/whiteboards/:whiteboard_id/theme',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ whiteboard_id: string() }) }),
})

/** Input of {@link updateWhiteboardTheme}. */
export interface UpdateWhiteboardThemeInput {
  path: { whiteboard_id: string }
  body?: { theme?: string }
}

/** `data` of a successful {@link updateWhiteboardTheme} response. */
export type UpdateWhiteboardThemeOutput = { [key: string]: unknown }

/**
 * `board.v1.whiteboard.update_theme`: POST /open-apis/board/v1/whiteboards/:whiteboard_id/update_theme (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_theme&project=board&resource=whiteboard&version=v1
 */
export const updateWhiteboardTheme = /*#__PURE__*/ endpoint<UpdateWhiteboardThemeInput, UpdateWhiteboardThemeOutput>({
  id: 'board.v1.whiteboard.update_theme',
  method: 'POST',
  path: '/open-apis/board/v1/whiteboards/:whiteboard_id/update_theme',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ whiteboard_id: string() }),
      body: optional(looseObject({ theme: optional(string()) })),
    }),
})
