// Generated from catalog/docx.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AddOns` of catalog/docx.v1.json. */
export interface AddOns {
  component_id?: string
  component_type_id: string
  record?: string
}

/** Shared shape `AgendaItemTitle` of catalog/docx.v1.json. */
export interface AgendaItemTitle {
  elements: AgendaItemTitleElement[]
  align?: number
}

/** Shared shape `AgendaItemTitleElement` of catalog/docx.v1.json. */
export interface AgendaItemTitleElement {
  text_run?: Equation
  mention_user?: MentionUser
  mention_doc?: MentionDoc
  reminder?: Reminder
  file?: File
  undefined?: { [key: string]: unknown }
  inline_block?: InlineBlock
  equation?: Equation
}

/** Shared shape `BatchUpdateRequest` of catalog/docx.v1.json. */
export interface BatchUpdateRequest {
  update_text_elements?: UpdateTextElements
  update_text_style?: UpdateTextStyle
  update_table_property?: {
    column_width?: number
    column_index?: number
    header_row?: boolean
    header_column?: boolean
  }
  insert_table_row?: { row_index: number }
  insert_table_column?: { column_index: number }
  delete_table_rows?: DeleteTableRows
  delete_table_columns?: DeleteTableColumns
  merge_table_cells?: MergeTableCells
  unmerge_table_cells?: UnmergeTableCells
  insert_grid_column?: { column_index: number }
  delete_grid_column?: { column_index: number }
  update_grid_column_width_ratio?: { width_ratios: number[] }
  replace_image?: ReplaceImage
  replace_file?: { token: string }
  block_id?: string
  update_text?: UpdateText
  update_task?: UpdateTask
}

/** Shared shape `Block` of catalog/docx.v1.json. */
export interface Block {
  block_id?: string
  parent_id?: string
  children?: string[]
  block_type: number
  page?: Content
  text?: Content
  heading1?: Content
  heading2?: Content
  heading3?: Content
  heading4?: Content
  heading5?: Content
  heading6?: Content
  heading7?: Content
  heading8?: Content
  heading9?: Content
  bullet?: Content
  ordered?: Content
  code?: Content
  quote?: Content
  equation?: Content
  todo?: Content
  bitable?: { token?: string; view_type?: number }
  callout?: BlockCallout
  chat_card?: ChatCard
  diagram?: { diagram_type?: number }
  divider?: { [key: string]: unknown }
  file?: BlockFile
  grid?: { column_size: number }
  grid_column?: { width_ratio?: number }
  iframe?: { component: Component }
  image?: BlockImage
  isv?: Isv
  add_ons?: AddOns
  mindnote?: { token?: string }
  sheet?: { token?: string; row_size?: number; column_size?: number }
  table?: Table
  table_cell?: { [key: string]: unknown }
  view?: { view_type?: number }
  undefined?: { [key: string]: unknown }
  quote_container?: { [key: string]: unknown }
  task?: UpdateTask
  okr?: {
    okr_id?: string
    objectives?: Objective[]
    period_display_status?: 'default' | 'hidden' | 'normal' | 'invalid'
    period_name_zh?: string
    period_name_en?: string
    user_id?: string
    visible_setting?: VisibleSetting
  }
  okr_objective?: BlockOkrObjective
  okr_key_result?: OkrKeyResult
  okr_progress?: { [key: string]: unknown }
  comment_ids?: string[]
  jira_issue?: JiraIssue
  wiki_catalog?: { wiki_token?: string }
  board?: BlockBoard
  agenda?: { [key: string]: unknown }
  agenda_item?: { [key: string]: unknown }
  agenda_item_title?: AgendaItemTitle
  agenda_item_content?: { [key: string]: unknown }
  link_preview?: BlockLinkPreview
  source_synced?: BlockSourceSynced
  reference_synced?: ReferenceSynced
  sub_page_list?: { wiki_token: string }
  ai_template?: { [key: string]: unknown }
  reference_base?: ReferenceBase
  project?: Project
  meeting_notes_qa?: { [key: string]: unknown }
  vc_tabs?: { [key: string]: unknown }
  vc_summary_tab?: { [key: string]: unknown }
  vc_transcript_tab?: { [key: string]: unknown }
  minutes?: Minutes
}

/** Shared shape `BlockBoard` of catalog/docx.v1.json. */
export interface BlockBoard {
  token?: string
  align?: number
  width?: number
  height?: number
}

/** Shared shape `BlockBulletElement` of catalog/docx.v1.json. */
export interface BlockBulletElement {
  text_run?: Equation
  mention_user?: MentionUser
  mention_doc?: MentionDoc
  reminder?: Reminder
  file?: File
  undefined?: { [key: string]: unknown }
  inline_block?: InlineBlock
  equation?: Equation
  link_preview?: LinkPreview
}

/** Shared shape `BlockCallout` of catalog/docx.v1.json. */
export interface BlockCallout {
  background_color?: number
  border_color?: number
  text_color?: number
  emoji_id?: string
}

/** Shared shape `BlockFile` of catalog/docx.v1.json. */
export interface BlockFile {
  token?: string
  name?: string
  view_type?: number
}

/** Shared shape `BlockImage` of catalog/docx.v1.json. */
export interface BlockImage {
  width?: number
  height?: number
  token?: string
  align?: number
  caption?: { content?: string }
  scale?: number
}

/** Shared shape `BlockLinkPreview` of catalog/docx.v1.json. */
export interface BlockLinkPreview {
  url: string
  url_type: 'MessageLink' | 'Undefined'
}

/** Shared shape `BlockOkrObjective` of catalog/docx.v1.json. */
export interface BlockOkrObjective {
  objective_id?: string
  confidential?: boolean
  position?: number
  score?: number
  visible?: boolean
  weight?: number
  progress_rate?: ProgressRate
  content?: Content
}

/** Shared shape `BlockSourceSynced` of catalog/docx.v1.json. */
export interface BlockSourceSynced {
  elements?: BlockBulletElement[]
  align?: number
}

/** Shared shape `Board` of catalog/docx.v1.json. */
export interface Board {
  align?: number
  width?: number
  height?: number
}

/** Shared shape `Bullet` of catalog/docx.v1.json. */
export interface Bullet {
  style?: BulletStyle
  elements: Element[]
}

/** Shared shape `BulletElement` of catalog/docx.v1.json. */
export interface BulletElement {
  text_run?: Equation
  mention_user?: MentionUser
  mention_doc?: MentionDoc
  reminder?: ElementReminder
  file?: File
  inline_block?: InlineBlock
  equation?: Equation
  link_preview?: LinkPreview
}

/** Shared shape `BulletElementMentionDoc` of catalog/docx.v1.json. */
export interface BulletElementMentionDoc {
  token: string
  obj_type: number
  url: string
  title?: string
  text_element_style?: TextElementStyle
  fallback_type?: 'FallbackToLink' | 'FallbackToText'
}

/** Shared shape `BulletStyle` of catalog/docx.v1.json. */
export interface BulletStyle {
  align?: number
  done?: boolean
  folded?: boolean
  language?: number
  wrap?: boolean
  background_color?:
    | 'LightGrayBackground'
    | 'LightRedBackground'
    | 'LightOrangeBackground'
    | 'LightYellowBackground'
    | 'LightGreenBackground'
    | 'LightBlueBackground'
    | 'LightPurpleBackground'
    | 'PaleGrayBackground'
    | 'DarkGrayBackground'
    | 'DarkRedBackground'
    | 'DarkOrangeBackground'
    | 'DarkYellowBackground'
    | 'DarkGreenBackground'
    | 'DarkBlueBackground'
    | 'DarkPurpleBackground'
  indentation_level?: 'NoIndent' | 'OneLevelIndent'
}

/** Shared shape `Callout` of catalog/docx.v1.json. */
export interface Callout {
  background_color?: number
  border_color?: number
  text_color?: number
}

/** Shared shape `ChatCard` of catalog/docx.v1.json. */
export interface ChatCard {
  chat_id: string
  align?: number
}

/** Shared shape `Children` of catalog/docx.v1.json. */
export interface Children {
  block_type: number
  text?: Bullet
  heading1?: Bullet
  heading2?: Bullet
  heading3?: Bullet
  heading4?: Bullet
  heading5?: Bullet
  heading6?: Bullet
  heading7?: Bullet
  heading8?: Bullet
  heading9?: Bullet
  bullet?: Bullet
  ordered?: Bullet
  code?: Bullet
  quote?: Bullet
  equation?: Bullet
  todo?: Bullet
  bitable?: { view_type?: number }
  callout?: Callout
  chat_card?: ChatCard
  divider?: { [key: string]: unknown }
  file?: { view_type?: number }
  grid?: { column_size: number }
  iframe?: { component: Component }
  image?: Image
  isv?: { [key: string]: unknown }
  add_ons?: AddOns
  sheet?: Sheet
  table?: { property: Property }
  quote_container?: { [key: string]: unknown }
  task?: { folded?: boolean }
  okr?: Okr
  comment_ids?: string[]
  wiki_catalog?: { wiki_token?: string }
  board?: Board
  link_preview?: BlockLinkPreview
  source_synced?: SourceSynced
  reference_synced?: ReferenceSynced
  sub_page_list?: { wiki_token: string }
  ai_template?: { [key: string]: unknown }
  vc_tabs?: { [key: string]: unknown }
  vc_summary_tab?: { [key: string]: unknown }
  vc_transcript_tab?: { [key: string]: unknown }
  minutes?: Minutes
}

/** Shared shape `Component` of catalog/docx.v1.json. */
export interface Component {
  iframe_type?: number
  url: string
}

/** Shared shape `Content` of catalog/docx.v1.json. */
export interface Content {
  style?: Style
  elements: BlockBulletElement[]
}

/** Shared shape `ContentElement` of catalog/docx.v1.json. */
export interface ContentElement {
  text_run?: Equation
  mention_user?: MentionUser
  mention_doc?: ElementMentionDoc
  reminder?: Reminder
  file?: File
  undefined?: { [key: string]: unknown }
  inline_block?: InlineBlock
  equation?: Equation
  link_preview?: LinkPreview
}

/** Shared shape `DeleteTableColumns` of catalog/docx.v1.json. */
export interface DeleteTableColumns {
  column_start_index: number
  column_end_index: number
}

/** Shared shape `DeleteTableRows` of catalog/docx.v1.json. */
export interface DeleteTableRows {
  row_start_index: number
  row_end_index: number
}

/** Shared shape `Descendant` of catalog/docx.v1.json. */
export interface Descendant {
  block_id?: string
  children?: string[]
  block_type: number
  text?: DescendantBullet
  heading1?: DescendantBullet
  heading2?: DescendantBullet
  heading3?: DescendantBullet
  heading4?: DescendantBullet
  heading5?: DescendantBullet
  heading6?: DescendantBullet
  heading7?: DescendantBullet
  heading8?: DescendantBullet
  heading9?: DescendantBullet
  bullet?: DescendantBullet
  ordered?: DescendantBullet
  code?: DescendantBullet
  quote?: DescendantBullet
  equation?: DescendantBullet
  todo?: DescendantBullet
  bitable?: { view_type?: number }
  callout?: Callout
  chat_card?: ChatCard
  divider?: { [key: string]: unknown }
  file?: { view_type?: number }
  grid?: { column_size: number }
  grid_column?: { width_ratio?: number }
  iframe?: { component: Component }
  image?: Image
  isv?: { [key: string]: unknown }
  add_ons?: AddOns
  sheet?: Sheet
  table?: { property: Property }
  table_cell?: { [key: string]: unknown }
  view?: { [key: string]: unknown }
  quote_container?: { [key: string]: unknown }
  task?: { folded?: boolean }
  okr?: Okr
  comment_ids?: string[]
  wiki_catalog?: { wiki_token?: string }
  board?: Board
  link_preview?: BlockLinkPreview
  source_synced?: SourceSynced
  reference_synced?: ReferenceSynced
  sub_page_list?: { wiki_token: string }
  ai_template?: { [key: string]: unknown }
  vc_tabs?: { [key: string]: unknown }
  vc_summary_tab?: { [key: string]: unknown }
  vc_transcript_tab?: { [key: string]: unknown }
  minutes?: Minutes
}

/** Shared shape `DescendantBullet` of catalog/docx.v1.json. */
export interface DescendantBullet {
  style?: BulletStyle
  elements: BulletElement[]
}

/** Shared shape `Document` of catalog/docx.v1.json. */
export interface Document {
  document_id?: string
  revision_id?: number
  title?: string
  display_setting?: {
    show_authors?: boolean
    show_create_time?: boolean
    show_pv?: boolean
    show_uv?: boolean
    show_like_count?: boolean
    show_comment_count?: boolean
    show_related_matters?: boolean
  }
  cover?: { token: string; offset_ratio_x?: number; offset_ratio_y?: number }
}

/** Shared shape `Element` of catalog/docx.v1.json. */
export interface Element {
  text_run?: Equation
  mention_user?: MentionUser
  mention_doc?: BulletElementMentionDoc
  reminder?: ElementReminder
  file?: File
  inline_block?: InlineBlock
  equation?: Equation
  link_preview?: LinkPreview
}

/** Shared shape `ElementMentionDoc` of catalog/docx.v1.json. */
export interface ElementMentionDoc {
  token: string
  obj_type: number
  url?: string
  title?: string
  text_element_style?: TextElementStyle
}

/** Shared shape `ElementReminder` of catalog/docx.v1.json. */
export interface ElementReminder {
  create_user_id: string
  is_whole_day?: boolean
  expire_time: string
  notify_time: string
  text_element_style?: TextElementStyle
}

/** Shared shape `Equation` of catalog/docx.v1.json. */
export interface Equation {
  content: string
  text_element_style?: TextElementStyle
}

/** Shared shape `File` of catalog/docx.v1.json. */
export interface File {
  file_token?: string
  source_block_id?: string
  text_element_style?: TextElementStyle
}

/** Shared shape `Image` of catalog/docx.v1.json. */
export interface Image {
  align?: number
  caption?: { content?: string }
  scale?: number
}

/** Shared shape `InlineBlock` of catalog/docx.v1.json. */
export interface InlineBlock {
  block_id: string
  text_element_style?: TextElementStyle
}

/** Shared shape `Isv` of catalog/docx.v1.json. */
export interface Isv {
  component_id?: string
  component_type_id?: string
}

/** Shared shape `Item` of catalog/docx.v1.json. */
export interface Item {
  block_id?: string
  parent_id?: string
  children?: string[]
  block_type: number
  page?: ItemBullet
  text?: ItemBullet
  heading1?: ItemBullet
  heading2?: ItemBullet
  heading3?: ItemBullet
  heading4?: ItemBullet
  heading5?: ItemBullet
  heading6?: ItemBullet
  heading7?: ItemBullet
  heading8?: ItemBullet
  heading9?: ItemBullet
  bullet?: ItemBullet
  ordered?: ItemBullet
  code?: ItemBullet
  quote?: ItemBullet
  equation?: ItemBullet
  todo?: ItemBullet
  bitable?: { token?: string }
  callout?: BlockCallout
  chat_card?: ChatCard
  diagram?: { diagram_type?: number }
  divider?: { [key: string]: unknown }
  file?: BlockFile
  grid?: { column_size: number }
  grid_column?: { width_ratio?: number }
  iframe?: { component: Component }
  image?: BlockImage
  isv?: Isv
  add_ons?: AddOns
  mindnote?: { token?: string }
  sheet?: { token?: string }
  table?: Table
  table_cell?: { [key: string]: unknown }
  view?: { view_type?: number }
  undefined?: { [key: string]: unknown }
  quote_container?: { [key: string]: unknown }
  task?: UpdateTask
  okr?: {
    okr_id?: string
    period_display_status?: 'default' | 'hidden' | 'normal' | 'invalid'
    period_name_zh?: string
    period_name_en?: string
    user_id?: string
    visible_setting?: VisibleSetting
  }
  okr_objective?: OkrObjective
  okr_key_result?: ItemOkrKeyResult
  okr_progress?: { [key: string]: unknown }
  comment_ids?: string[]
  jira_issue?: JiraIssue
  wiki_catalog?: { wiki_token?: string }
  board?: BlockBoard
  agenda?: { [key: string]: unknown }
  agenda_item?: { [key: string]: unknown }
  agenda_item_title?: ItemAgendaItemTitle
  agenda_item_content?: { [key: string]: unknown }
  link_preview?: { url_type: 'MessageLink' | 'Undefined' }
  source_synced?: ItemSourceSynced
  reference_synced?: ReferenceSynced
  sub_page_list?: { wiki_token: string }
  ai_template?: { [key: string]: unknown }
  reference_base?: ReferenceBase
  project?: Project
  meeting_notes_qa?: { [key: string]: unknown }
  vc_tabs?: { [key: string]: unknown }
  vc_summary_tab?: { [key: string]: unknown }
  vc_transcript_tab?: { [key: string]: unknown }
  minutes?: Minutes
}

/** Shared shape `ItemAgendaItemTitle` of catalog/docx.v1.json. */
export interface ItemAgendaItemTitle {
  elements: ItemAgendaItemTitleElement[]
  align?: number
}

/** Shared shape `ItemAgendaItemTitleElement` of catalog/docx.v1.json. */
export interface ItemAgendaItemTitleElement {
  text_run?: Equation
  mention_user?: MentionUser
  mention_doc?: ElementMentionDoc
  reminder?: Reminder
  file?: File
  undefined?: { [key: string]: unknown }
  inline_block?: InlineBlock
  equation?: Equation
}

/** Shared shape `ItemBullet` of catalog/docx.v1.json. */
export interface ItemBullet {
  style?: Style
  elements: ContentElement[]
}

/** Shared shape `ItemOkrKeyResult` of catalog/docx.v1.json. */
export interface ItemOkrKeyResult {
  kr_id?: string
  confidential?: boolean
  position?: number
  score?: number
  visible?: boolean
  weight?: number
  progress_rate?: ProgressRate
  content?: ItemBullet
}

/** Shared shape `ItemSourceSynced` of catalog/docx.v1.json. */
export interface ItemSourceSynced {
  elements?: ContentElement[]
  align?: number
}

/** Shared shape `JiraIssue` of catalog/docx.v1.json. */
export interface JiraIssue {
  id?: string
  key?: string
}

/** Shared shape `LinkPreview` of catalog/docx.v1.json. */
export interface LinkPreview {
  title?: string
  url: string
  url_type: 'Project' | 'Undefined'
  text_element_style?: TextElementStyle
}

/** Shared shape `MentionDoc` of catalog/docx.v1.json. */
export interface MentionDoc {
  token: string
  obj_type: number
  url?: string
  title?: string
  text_element_style?: TextElementStyle
  fallback_type?: 'FallbackToLink' | 'FallbackToText'
}

/** Shared shape `MentionUser` of catalog/docx.v1.json. */
export interface MentionUser {
  user_id: string
  text_element_style?: TextElementStyle
}

/** Shared shape `MergeTableCells` of catalog/docx.v1.json. */
export interface MergeTableCells {
  row_start_index: number
  row_end_index: number
  column_start_index: number
  column_end_index: number
}

/** Shared shape `Minutes` of catalog/docx.v1.json. */
export interface Minutes {
  token?: string
  minutes_id: string
}

/** Shared shape `Objective` of catalog/docx.v1.json. */
export interface Objective {
  objective_id?: string
  kr_ids?: string[]
}

/** Shared shape `Okr` of catalog/docx.v1.json. */
export interface Okr {
  okr_id?: string
  objectives?: Objective[]
}

/** Shared shape `OkrKeyResult` of catalog/docx.v1.json. */
export interface OkrKeyResult {
  kr_id?: string
  confidential?: boolean
  position?: number
  score?: number
  visible?: boolean
  weight?: number
  progress_rate?: ProgressRate
  content?: Content
}

/** Shared shape `OkrObjective` of catalog/docx.v1.json. */
export interface OkrObjective {
  objective_id?: string
  confidential?: boolean
  position?: number
  score?: number
  visible?: boolean
  weight?: number
  progress_rate?: ProgressRate
  content?: ItemBullet
}

/** Shared shape `PatchUpdateText` of catalog/docx.v1.json. */
export interface PatchUpdateText {
  elements: Element[]
  style: BulletStyle
  fields: number[]
}

/** Shared shape `PatchUpdateTextElements` of catalog/docx.v1.json. */
export interface PatchUpdateTextElements {
  elements: Element[]
}

/** Shared shape `ProgressRate` of catalog/docx.v1.json. */
export interface ProgressRate {
  mode?: 'simple' | 'advanced'
  current?: number
  percent?: number
  progress_status?: 'normal' | 'unset' | 'risk' | 'extended'
  start?: number
  status_type?: 'default' | 'custom'
  target?: number
}

/** Shared shape `Project` of catalog/docx.v1.json. */
export interface Project {
  title?: string
  url: string
  sub_type: 'Table' | 'Card' | 'Undefined'
  view_type?: 'Normal' | 'Undefined' | 'PartiallyFolded'
}

/** Shared shape `Property` of catalog/docx.v1.json. */
export interface Property {
  row_size: number
  column_size: number
  column_width?: number[]
  merge_info?: { row_span?: number; col_span?: number }[]
  header_row?: boolean
  header_column?: boolean
}

/** Shared shape `ReferenceBase` of catalog/docx.v1.json. */
export interface ReferenceBase {
  token: string
  view_id: string
  layout_mode?: 'Normal' | 'Undefined' | 'PartiallyFolded'
}

/** Shared shape `ReferenceSynced` of catalog/docx.v1.json. */
export interface ReferenceSynced {
  source_document_id?: string
  source_block_id?: string
}

/** Shared shape `Reminder` of catalog/docx.v1.json. */
export interface Reminder {
  create_user_id: string
  is_notify?: boolean
  is_whole_day?: boolean
  expire_time: string
  notify_time: string
  text_element_style?: TextElementStyle
}

/** Shared shape `ReplaceImage` of catalog/docx.v1.json. */
export interface ReplaceImage {
  token: string
  width?: number
  height?: number
  align?: number
  caption?: { content?: string }
  scale?: number
}

/** Shared shape `Request` of catalog/docx.v1.json. */
export interface Request {
  update_text_elements?: UpdateTextElements
  update_text_style?: UpdateTextStyle
  update_table_property?: UpdateTableProperty
  insert_table_row?: { row_index: number }
  insert_table_column?: { column_index: number }
  delete_table_rows?: DeleteTableRows
  delete_table_columns?: DeleteTableColumns
  merge_table_cells?: MergeTableCells
  unmerge_table_cells?: UnmergeTableCells
  insert_grid_column?: { column_index: number }
  delete_grid_column?: { column_index: number }
  update_grid_column_width_ratio?: { width_ratios: number[] }
  replace_image?: ReplaceImage
  replace_file?: { token: string }
  block_id?: string
  update_text?: UpdateText
  update_task?: UpdateTask
}

/** Shared shape `Sheet` of catalog/docx.v1.json. */
export interface Sheet {
  row_size?: number
  column_size?: number
}

/** Shared shape `SourceSynced` of catalog/docx.v1.json. */
export interface SourceSynced {
  elements?: BulletElement[]
  align?: number
}

/** Shared shape `Style` of catalog/docx.v1.json. */
export interface Style {
  align?: number
  done?: boolean
  folded?: boolean
  language?: number
  wrap?: boolean
  background_color?:
    | 'LightGrayBackground'
    | 'LightRedBackground'
    | 'LightOrangeBackground'
    | 'LightYellowBackground'
    | 'LightGreenBackground'
    | 'LightBlueBackground'
    | 'LightPurpleBackground'
    | 'PaleGrayBackground'
    | 'DarkGrayBackground'
    | 'DarkRedBackground'
    | 'DarkOrangeBackground'
    | 'DarkYellowBackground'
    | 'DarkGreenBackground'
    | 'DarkBlueBackground'
    | 'DarkPurpleBackground'
  indentation_level?: 'NoIndent' | 'OneLevelIndent'
  sequence?: string
}

/** Shared shape `Table` of catalog/docx.v1.json. */
export interface Table {
  cells?: string[]
  property: Property
}

/** Shared shape `TextElementStyle` of catalog/docx.v1.json. */
export interface TextElementStyle {
  bold?: boolean
  italic?: boolean
  strikethrough?: boolean
  underline?: boolean
  inline_code?: boolean
  background_color?: number
  text_color?: number
  link?: { url: string }
  comment_ids?: string[]
}

/** Shared shape `UnmergeTableCells` of catalog/docx.v1.json. */
export interface UnmergeTableCells {
  row_index: number
  column_index: number
}

/** Shared shape `UpdateTableProperty` of catalog/docx.v1.json. */
export interface UpdateTableProperty {
  column_width: number
  column_index: number
  header_row?: boolean
  header_column?: boolean
}

/** Shared shape `UpdateTask` of catalog/docx.v1.json. */
export interface UpdateTask {
  task_id?: string
  folded?: boolean
}

/** Shared shape `UpdateText` of catalog/docx.v1.json. */
export interface UpdateText {
  elements: UpdateTextElement[]
  style: Style
  fields: number[]
}

/** Shared shape `UpdateTextElement` of catalog/docx.v1.json. */
export interface UpdateTextElement {
  text_run?: Equation
  mention_user?: MentionUser
  mention_doc?: BulletElementMentionDoc
  reminder?: Reminder
  file?: File
  undefined?: { [key: string]: unknown }
  inline_block?: InlineBlock
  equation?: Equation
  link_preview?: LinkPreview
}

/** Shared shape `UpdateTextElements` of catalog/docx.v1.json. */
export interface UpdateTextElements {
  elements: UpdateTextElement[]
}

/** Shared shape `UpdateTextStyle` of catalog/docx.v1.json. */
export interface UpdateTextStyle {
  style: Style
  fields: number[]
}

/** Shared shape `VisibleSetting` of catalog/docx.v1.json. */
export interface VisibleSetting {
  progress_fill_area_visible?: boolean
  progress_status_visible?: boolean
  score_visible?: boolean
}
