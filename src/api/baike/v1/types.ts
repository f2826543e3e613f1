// Generated from catalog/baike.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Aliase` of catalog/baike.v1.json. */
export interface Aliase {
  key: string
  display_status: { allow_highlight: boolean; allow_search: boolean }
}

/** Shared shape `Chat` of catalog/baike.v1.json. */
export interface Chat {
  id: string
  title?: string
  url?: string
}

/** Shared shape `Classification` of catalog/baike.v1.json. */
export interface Classification {
  id: string
  name?: string
  father_id?: string
}

/** Shared shape `Doc` of catalog/baike.v1.json. */
export interface Doc {
  title?: string
  url?: string
}

/** Shared shape `Draft` of catalog/baike.v1.json. */
export interface Draft {
  draft_id?: string
  entity?: Entity
}

/** Shared shape `Entity` of catalog/baike.v1.json. */
export interface Entity {
  id?: string
  main_keys: Aliase[]
  full_names?: Aliase[]
  aliases?: Aliase[]
  description?: string
  creator?: string
  create_time?: string
  updater?: string
  update_time?: string
  related_meta?: {
    users?: Chat[]
    chats?: Chat[]
    docs?: Doc[]
    oncalls?: Chat[]
    links?: Doc[]
    abbreviations?: { id?: string }[]
    classifications?: Classification[]
    images?: { token: string }[]
  }
  statistics?: { like_count: number; dislike_count: number }
  outer_info?: OuterInfo
  rich_text?: string
  source?: number
}

/** Shared shape `OuterInfo` of catalog/baike.v1.json. */
export interface OuterInfo {
  provider: string
  outer_id: string
}

/** Shared shape `RelatedMeta` of catalog/baike.v1.json. */
export interface RelatedMeta {
  users?: { id: string; title?: string }[]
  chats?: { id: string }[]
  docs?: Doc[]
  oncalls?: { id: string }[]
  links?: Doc[]
  abbreviations?: { id?: string }[]
  classifications?: { id: string; father_id?: string }[]
  images?: { token: string }[]
}
