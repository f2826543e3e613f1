// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Alignment` of catalog/okr.v2.json. */
export interface Alignment {
  id: string
  create_time: string
  update_time: string
  from_owner: Owner
  to_owner: Owner
  from_entity_type: number
  from_entity_id: string
  to_entity_type: number
  to_entity_id: string
}

/** Shared shape `BackColor` of catalog/okr.v2.json. */
export interface BackColor {
  red?: number
  green?: number
  blue?: number
  alpha?: number
}

/** Shared shape `Block` of catalog/okr.v2.json. */
export interface Block {
  block_element_type?: 'paragraph' | 'gallery'
  paragraph?: {
    style?: {
      list?: {
        list_type?: 'number' | 'bullet' | 'checkBox' | 'checkedBox' | 'indent'
        indent_level?: number
        number?: number
      }
    }
    elements?: {
      paragraph_element_type?: 'textRun' | 'docsLink' | 'mention'
      text_run?: {
        text?: string
        style?: {
          bold?: boolean
          strike_through?: boolean
          back_color?: BackColor
          text_color?: BackColor
          link?: { url?: string }
        }
      }
      docs_link?: { url?: string; title?: string }
      mention?: { user_id?: string }
    }[]
  }
  gallery?: { images?: { file_token?: string; src?: string; width?: number; height?: number }[] }
}

/** Shared shape `GetKeyResult` of catalog/okr.v2.json. */
export interface GetKeyResult {
  id: string
  create_time: string
  update_time: string
  owner: Owner
  objective_id: string
  position: number
  content?: { blocks?: Block[] }
  score?: number
  weight?: number
  deadline?: string
}

/** Shared shape `Indicator` of catalog/okr.v2.json. */
export interface Indicator {
  id: string
  create_time: string
  update_time: string
  owner: Owner
  entity_type: number
  entity_id: string
  indicator_status: number
  status_calculate_type: number
  start_value?: number
  target_value?: number
  current_value?: number
  current_value_calculate_type?: number
  unit?: Unit
}

/** Shared shape `Item` of catalog/okr.v2.json. */
export interface Item {
  id: string
  create_time: string
  update_time: string
  owner: Owner
  cycle_id: string
  position: number
  content?: { blocks?: Block[] }
  score?: number
  notes?: { blocks?: Block[] }
  weight?: number
  deadline?: string
  category_id?: string
}

/** Shared shape `ListItem` of catalog/okr.v2.json. */
export interface ListItem {
  id: string
  create_time: string
  update_time: string
  owner: Owner
  entity_type: number
  entity_id: string
  content?: { blocks?: Block[] }
  progress_rate?: { progress_percent?: number; progress_status?: number }
}

/** Shared shape `Owner` of catalog/okr.v2.json. */
export interface Owner {
  owner_type: 'user'
  user_id?: string
}

/** Shared shape `Unit` of catalog/okr.v2.json. */
export interface Unit {
  unit_type: number
  unit_value: string
}
