// Generated from catalog/moments.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { GetPostOutput } from './post.ts'

/** Schema of {@link GetPostOutput}, for opt-in response validation. */
export const GetPostOutputSchema: GenericSchema<GetPostOutput> = /*#__PURE__*/ (() => looseObject({
  post: optional(looseObject({
    user_id: optional(string()),
    content: string(),
    image_key_list: optional(array(string())),
    media_file_token: optional(string()),
    comment_count: optional(number()),
    reaction_set: optional(looseObject({
      reactions: optional(array(looseObject({ type: optional(string()), count: optional(number()) }))),
      total_count: optional(number()),
    })),
    id: optional(string()),
    create_time: optional(string()),
    media_cover_image_key: optional(string()),
    category_ids: optional(array(string())),
    link: optional(string()),
    user_type: optional(number()),
    dislike_count: optional(number()),
  })),
}))()
