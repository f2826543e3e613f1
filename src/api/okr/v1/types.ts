// Generated from catalog/okr.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AlignedObjective` of catalog/okr.v1.json. */
export interface AlignedObjective {
  id?: string
  okr_id?: string
  owner?: MentionedUser
}

/** Shared shape `BackColor` of catalog/okr.v1.json. */
export interface BackColor {
  red?: number
  green?: number
  blue?: number
  alpha?: number
}

/** Shared shape `Block` of catalog/okr.v1.json. */
export interface Block {
  type?: 'paragraph' | 'gallery'
  paragraph?: {
    style?: { list?: List }
    elements?: {
      type?: 'person' | 'textRun' | 'docsLink'
      textRun?: TextRun
      docsLink?: DocsLink
      person?: { openId?: string }
    }[]
  }
  gallery?: { imageList?: ImageList[] }
}

/** Shared shape `ContentBlock` of catalog/okr.v1.json. */
export interface ContentBlock {
  type?: 'paragraph' | 'gallery'
  paragraph?: {
    style?: { list?: List }
    elements?: {
      type?: 'textRun' | 'docsLink' | 'person'
      textRun?: TextRun
      docsLink?: DocsLink
      person?: { openId?: string }
    }[]
  }
  gallery?: { imageList?: ImageList[] }
}

/** Shared shape `CycleReview` of catalog/okr.v1.json. */
export interface CycleReview {
  url?: string
  create_time?: string
}

/** Shared shape `DocsLink` of catalog/okr.v1.json. */
export interface DocsLink {
  url?: string
  title?: string
}

/** Shared shape `ImageList` of catalog/okr.v1.json. */
export interface ImageList {
  fileToken?: string
  src?: string
  width?: number
  height?: number
}

/** Shared shape `KrProgressRate` of catalog/okr.v1.json. */
export interface KrProgressRate {
  percent?: number
  status?: string
}

/** Shared shape `List` of catalog/okr.v1.json. */
export interface List {
  type?: 'number' | 'bullet' | 'checkBox' | 'checkedBox' | 'indent'
  indentLevel?: number
  number?: number
}

/** Shared shape `MentionedUser` of catalog/okr.v1.json. */
export interface MentionedUser {
  open_id?: string
  user_id?: string
}

/** Shared shape `Objective` of catalog/okr.v1.json. */
export interface Objective {
  id?: string
  permission?: number
  content?: string
  progress_report?: string
  score?: number
  weight?: number
  progress_rate?: KrProgressRate
  kr_list?: {
    id?: string
    content?: string
    score?: number
    weight?: number
    kr_weight?: number
    progress_rate?: KrProgressRate
    progress_record_list?: { id?: string }[]
    progress_rate_percent_last_updated_time?: string
    progress_rate_status_last_updated_time?: string
    progress_record_last_updated_time?: string
    progress_report_last_updated_time?: string
    score_last_updated_time?: string
    deadline?: string
    mentioned_user_list?: MentionedUser[]
  }[]
  aligned_objective_list?: AlignedObjective[]
  aligning_objective_list?: AlignedObjective[]
  progress_record_list?: { id?: string }[]
  progress_rate_percent_last_updated_time?: string
  progress_rate_status_last_updated_time?: string
  progress_record_last_updated_time?: string
  progress_report_last_updated_time?: string
  score_last_updated_time?: string
  deadline?: string
  mentioned_user_list?: MentionedUser[]
}

/** Shared shape `Okr` of catalog/okr.v1.json. */
export interface Okr {
  id?: string
  permission?: number
  period_id?: string
  name?: string
  objective_list?: Objective[]
  confirm_status?: number
}

/** Shared shape `ProgressRate` of catalog/okr.v1.json. */
export interface ProgressRate {
  percent?: number
  status?: number
}

/** Shared shape `TextRun` of catalog/okr.v1.json. */
export interface TextRun {
  text?: string
  style?: {
    bold?: boolean
    strikeThrough?: boolean
    backColor?: BackColor
    textColor?: BackColor
    link?: { url?: string }
  }
}
