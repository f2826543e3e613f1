// Generated from catalog/lingo.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Aliase` of catalog/lingo.v1.json. */
export interface Aliase {
  key: string
  display_status: { allow_highlight: boolean; allow_search: boolean }
}

/** Shared shape `Chat` of catalog/lingo.v1.json. */
export interface Chat {
  id: string
  title?: string
  url?: string
}

/** Shared shape `Classification` of catalog/lingo.v1.json. */
export interface Classification {
  id: string
  father_id?: string
}

/** Shared shape `Doc` of catalog/lingo.v1.json. */
export interface Doc {
  title?: string
  url?: string
}

/** Shared shape `Draft` of catalog/lingo.v1.json. */
export interface Draft {
  draft_id?: string
  entity?: Entity
}

/** Shared shape `Entity` of catalog/lingo.v1.json. */
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
  i18n_descs?: I18nDesc[]
}

/** Shared shape `I18nDesc` of catalog/lingo.v1.json. */
export interface I18nDesc {
  language: number
  description?: string
  rich_text?: string
}

/** Shared shape `OuterInfo` of catalog/lingo.v1.json. */
export interface OuterInfo {
  provider: string
  outer_id: string
}

/** Shared shape `RelatedMeta` of catalog/lingo.v1.json. */
export interface RelatedMeta {
  users?: { id: string; title?: string }[]
  chats?: { id: string }[]
  docs?: Doc[]
  oncalls?: { id: string }[]
  links?: Doc[]
  abbreviations?: { id?: string }[]
  classifications?: Classification[]
  images?: { token: string }[]
}
