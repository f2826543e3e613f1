// Generated from catalog/baike.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Aliase, Chat, Classification, Doc, Draft, Entity, OuterInfo, RelatedMeta } from './types.ts'

/** Builds the schema of {@link Aliase}. */
export function AliaseSchema(): GenericSchema<Aliase> {
  return looseObject({
    key: string(),
    display_status: looseObject({ allow_highlight: boolean(), allow_search: boolean() }),
  })
}

/** Builds the schema of {@link Chat}. */
export function ChatSchema(): GenericSchema<Chat> {
  return looseObject({ id: string(), title: optional(string()), url: optional(string()) })
}

/** Builds the schema of {@link Classification}. */
export function ClassificationSchema(): GenericSchema<Classification> {
  return looseObject({ id: string(), name: optional(string()), father_id: optional(string()) })
}

/** Builds the schema of {@link Doc}. */
export function DocSchema(): GenericSchema<Doc> {
  return looseObject({ title: optional(string()), url: optional(string()) })
}

/** Builds the schema of {@link Draft}. */
export function DraftSchema(): GenericSchema<Draft> {
  return looseObject({ draft_id: optional(string()), entity: optional(EntitySchema()) })
}

/** Builds the schema of {@link Entity}. */
export function EntitySchema(): GenericSchema<Entity> {
  return looseObject({
    id: optional(string()),
    main_keys: array(AliaseSchema()),
    full_names: optional(array(AliaseSchema())),
    aliases: optional(array(AliaseSchema())),
    description: optional(string()),
    creator: optional(string()),
    create_time: optional(string()),
    updater: optional(string()),
    update_time: optional(string()),
    related_meta: optional(looseObject({
      users: optional(array(ChatSchema())),
      chats: optional(array(ChatSchema())),
      docs: optional(array(DocSchema())),
      oncalls: optional(array(ChatSchema())),
      links: optional(array(DocSchema())),
      abbreviations: optional(array(looseObject({ id: optional(string()) }))),
      classifications: optional(array(ClassificationSchema())),
      images: optional(array(looseObject({ token: string() }))),
    })),
    statistics: optional(looseObject({ like_count: number(), dislike_count: number() })),
    outer_info: optional(OuterInfoSchema()),
    rich_text: optional(string()),
    source: optional(number()),
  })
}

/** Builds the schema of {@link OuterInfo}. */
export function OuterInfoSchema(): GenericSchema<OuterInfo> {
  return looseObject({ provider: string(), outer_id: string() })
}

/** Builds the schema of {@link RelatedMeta}. */
export function RelatedMetaSchema(): GenericSchema<RelatedMeta> {
  return looseObject({
    users: optional(array(looseObject({ id: string(), title: optional(string()) }))),
    chats: optional(array(looseObject({ id: string() }))),
    docs: optional(array(DocSchema())),
    oncalls: optional(array(looseObject({ id: string() }))),
    links: optional(array(DocSchema())),
    abbreviations: optional(array(looseObject({ id: optional(string()) }))),
    classifications: optional(array(looseObject({ id: string(), father_id: optional(string()) }))),
    images: optional(array(looseObject({ token: string() }))),
  })
}
