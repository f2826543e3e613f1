// Generated from catalog/moments.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getPost}. */
export interface GetPostInput {
  path: { post_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getPost} response. */
export interface GetPostOutput {
  post?: {
    user_id?: string
    content: string
    image_key_list?: string[]
    media_file_token?: string
    comment_count?: number
    reaction_set?: { reactions?: { type?: string; count?: number }[]; total_count?: number }
    id?: string
    create_time?: string
    media_cover_image_key?: string
    category_ids?: string[]
    link?: string
    user_type?: number
    dislike_count?: number
  }
}

/**
 * `moments.v1.post.get`: GET /open-apis/moments/v1/posts/:post_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=moments&resource=post&version=v1
 */
export const getPost = /*#__PURE__*/ endpoint<GetPostInput, GetPostOutput>({
  id: 'moments.v1.post.get',
  method: 'GET',
  path: '/open-apis/moments/v1/posts/:post_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ post_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})
