// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Certificate` of catalog/document_ai.v1.json. */
export interface Certificate {
  name?: string
  desc?: string
}

/** Shared shape `Entitie` of catalog/document_ai.v1.json. */
export interface Entitie {
  type?: 'date_of_birth' | 'full_name_cn' | 'full_name_en' | 'date_of_expiry' | 'card_number'
  value?: string
}

/** Shared shape `Resume` of catalog/document_ai.v1.json. */
export interface Resume {
  file_md5?: string
  content?: string
  new_content?: string
  name?: string
  email?: string
  mobile?: string
  mobile_is_virtual?: boolean
  country_code?: string
  educations?: {
    school?: string
    start_date?: string
    start_time?: string
    end_date?: string
    end_time?: string
    major?: string
    degree?: string
    qualification?: number
  }[]
  careers?: {
    company?: string
    start_date?: string
    start_time?: string
    end_date?: string
    end_time?: string
    title?: string
    type?: number
    type_str?: string
    job_description?: string
  }[]
  projects?: {
    name?: string
    title?: string
    start_date?: string
    start_time?: string
    end_date?: string
    end_time?: string
    description?: string
  }[]
  work_year?: number
  date_of_birth?: string
  gender?: number
  willing_positions?: string[]
  current_location?: string
  willing_locations?: string[]
  home_location?: string
  languages?: { level?: number; description?: string }[]
  awards?: { award?: string; date?: string; description?: string }[]
  certificates?: Certificate[]
  competitions?: Certificate[]
  self_evaluation?: string
  urls?: string[]
  social_links?: string[]
}
