// Generated from catalog/board.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AttachedObject` of catalog/board.v1.json. */
export interface AttachedObject {
  id?: string
  snap_to?: 'left' | 'right' | 'top' | 'bottom' | 'auto'
  position?: Position
}

/** Shared shape `BorderRadius` of catalog/board.v1.json. */
export interface BorderRadius {
  top_left?: number
  top_right?: number
  bottom_right?: number
  bottom_left?: number
}

/** Shared shape `Captions` of catalog/board.v1.json. */
export interface Captions {
  data?: Text[]
}

/** Shared shape `CaptionsData` of catalog/board.v1.json. */
export interface CaptionsData {
  text?: string
  font_weight?: 'bold' | 'regular'
  font_size?: number
  horizontal_align?: 'left' | 'center' | 'right'
  vertical_align?: 'top' | 'mid' | 'bottom'
  text_color?: string
  text_background_color?: string
  line_through?: boolean
  underline?: boolean
  italic?: boolean
  angle?: number
  theme_text_color_code?: number
  theme_text_background_color_code?: number
  rich_text?: { paragraphs?: Paragraph[] }
  text_color_type?: number
  text_background_color_type?: number
}

/** Shared shape `Cell` of catalog/board.v1.json. */
export interface Cell {
  row_index: number
  col_index: number
  merge_info?: MergeInfo
  children?: string[]
  text?: CaptionsData
  style?: CellStyle
}

/** Shared shape `CellStyle` of catalog/board.v1.json. */
export interface CellStyle {
  fill_color?: string
  fill_opacity?: number
  border_style?: 'solid' | 'none' | 'dash' | 'dot'
  border_width?: 'bold' | 'extra_narrow' | 'narrow' | 'medium'
  border_opacity?: number
  h_flip?: boolean
  v_flip?: boolean
  border_color?: string
  theme_fill_color_code?: number
  theme_border_color_code?: number
  fill_color_type?: number
  border_color_type?: number
  border_dasharrays?: number[]
  border_radius?: BorderRadius
  shadow?: InnerShadow
  inner_shadow?: InnerShadow
  fill_gradient?: FillGradient
}

/** Shared shape `CircularRing` of catalog/board.v1.json. */
export interface CircularRing {
  start_radial_line_angle: number
  central_angle: number
  radius: number
  sector_ratio?: number
}

/** Shared shape `CompositeShape` of catalog/board.v1.json. */
export interface CompositeShape {
  type:
    | 'round_rect2'
    | 'ellipse'
    | 'hexagon'
    | 'cylinder'
    | 'parallelogram'
    | 'trapezoid'
    | 'triangle'
    | 'round_rect'
    | 'step'
    | 'diamond'
    | 'rect'
    | 'star'
    | 'bubble'
    | 'pentagon'
    | 'forward_arrow'
    | 'document_shape'
    | 'condition_shape'
    | 'cloud'
    | 'cross'
    | 'step2'
    | 'predefined_process'
    | 'delay_shape'
    | 'off_page_connector'
    | 'note_shape'
    | 'data_process'
    | 'data_store'
    | 'data_store2'
    | 'data_store3'
    | 'star2'
    | 'star3'
    | 'star4'
    | 'actor'
    | 'brace'
    | 'condition_shape2'
    | 'double_arrow'
    | 'data_flow_round_rect3'
    | 'rect_bubble'
    | 'manual_input'
    | 'flow_chart_round_rect'
    | 'flow_chart_round_rect2'
    | 'flow_chart_diamond'
    | 'flow_chart_parallelogram'
    | 'flow_chart_cylinder'
    | 'flow_chart_trapezoid'
    | 'flow_chart_hexagon'
    | 'data_flow_round_rect'
    | 'data_flow_ellipse'
    | 'backward_arrow'
    | 'brace_reverse'
    | 'flow_chart_mq'
    | 'horiz_cylinder'
    | 'class_interface'
    | 'classifier'
    | 'circular_ring'
    | 'pie'
    | 'right_triangle'
    | 'octagon'
    | 'state_start'
    | 'state_end'
    | 'state_concurrence'
    | 'component_shape'
    | 'component_shape2'
    | 'component_interface'
    | 'component_required_interface'
    | 'component_assembly'
    | 'cube'
    | 'boundary'
    | 'control'
    | 'entity'
    | 'data_base'
    | 'queue'
    | 'collection'
    | 'actor_lifeline'
    | 'object_lifeline'
    | 'mind_node_full_round_rect'
    | 'mind_node_round_rect'
    | 'mind_node_text'
  pie?: CircularRing
  circular_ring?: CircularRing
  trapezoid?: { top_length?: number }
  cube?: { control_point?: Position }
}

/** Shared shape `Connector` of catalog/board.v1.json. */
export interface Connector {
  start?: ConnectorEnd
  end?: ConnectorEnd
  captions?: Captions
  shape?: 'straight' | 'polyline' | 'curve' | 'right_angled_polyline'
  turning_points?: Position[]
  caption_auto_direction?: boolean
  caption_position?: number
  specified_coordinate?: boolean
  caption_position_type?: number
}

/** Shared shape `ConnectorCaptions` of catalog/board.v1.json. */
export interface ConnectorCaptions {
  data?: CaptionsData[]
}

/** Shared shape `ConnectorEnd` of catalog/board.v1.json. */
export interface ConnectorEnd {
  attached_object?: { id?: string; snap_to?: 'auto' | 'top' | 'right' | 'bottom' | 'left'; position?: Position }
  position?: Position
  arrow_style?:
    | 'none'
    | 'line_arrow'
    | 'triangle_arrow'
    | 'empty_triangle_arrow'
    | 'circle_arrow'
    | 'empty_circle_arrow'
    | 'diamond_arrow'
    | 'empty_diamond_arrow'
    | 'single_arrow'
    | 'multi_arrow'
    | 'exact_single_arrow'
    | 'zero_or_multi_arrow'
    | 'zero_or_single_arrow'
    | 'single_or_multi_arrow'
    | 'x_arrow'
}

/** Shared shape `CreateNode` of catalog/board.v1.json. */
export interface CreateNode {
  id?: string
  type:
    | 'image'
    | 'text_shape'
    | 'group'
    | 'composite_shape'
    | 'svg'
    | 'connector'
    | 'table'
    | 'life_line'
    | 'activation'
    | 'section'
    | 'table_uml'
    | 'table_er'
    | 'sticky_note'
    | 'mind_map'
    | 'paint'
    | 'combined_fragment'
  parent_id?: string
  x?: number
  y?: number
  angle?: number
  height?: number
  text?: Text
  style?: Style
  image?: { token: string }
  composite_shape?: CompositeShape
  connector?: Connector
  width?: number
  section?: { title?: string }
  table?: NodeTable
  locked?: boolean
  z_index?: number
  lifeline?: Lifeline
  paint?: Paint
  svg?: Svg
  sticky_note?: StickyNote
  mind_map_node?: {
    parent_id: string
    type?: 'mind_map_text' | 'mind_map_full_round_rect' | 'mind_map_round_rect'
    z_index?: number
    layout_position?: 'left' | 'right' | 'up' | 'down'
    collapsed?: boolean
  }
  mind_map_root?: {
    layout?:
      | 'up_down'
      | 'left_right'
      | 'tree_left'
      | 'tree_right'
      | 'tree_balance'
      | 'vertical_time_line'
      | 'horizontal_time_line'
    type?: 'mind_map_text' | 'mind_map_full_round_rect' | 'mind_map_round_rect'
    line_style?: 'curve' | 'right_angle' | 'round_angle'
  }
}

/** Shared shape `End` of catalog/board.v1.json. */
export interface End {
  attached_object?: AttachedObject
  position?: Position
  arrow_style?:
    | 'none'
    | 'line_arrow'
    | 'triangle_arrow'
    | 'empty_triangle_arrow'
    | 'circle_arrow'
    | 'empty_circle_arrow'
    | 'diamond_arrow'
    | 'empty_diamond_arrow'
    | 'single_arrow'
    | 'multi_arrow'
    | 'exact_single_arrow'
    | 'zero_or_multi_arrow'
    | 'zero_or_single_arrow'
    | 'single_or_multi_arrow'
    | 'x_arrow'
}

/** Shared shape `FillGradient` of catalog/board.v1.json. */
export interface FillGradient {
  type?: 'linear-gradient' | 'radial-gradient'
  handle_positions?: Position[]
  stops?: { position?: number; color?: string }[]
}

/** Shared shape `InnerShadow` of catalog/board.v1.json. */
export interface InnerShadow {
  color?: string
  blur?: number
  offset_x?: number
  offset_y?: number
  opacity?: number
}

/** Shared shape `Lifeline` of catalog/board.v1.json. */
export interface Lifeline {
  size?: number
  type?: string
}

/** Shared shape `MergeInfo` of catalog/board.v1.json. */
export interface MergeInfo {
  row_span: number
  col_span: number
}

/** Shared shape `Meta` of catalog/board.v1.json. */
export interface Meta {
  row_sizes?: number[]
  col_sizes?: number[]
  style?: Style
  text?: Text
}

/** Shared shape `Node` of catalog/board.v1.json. */
export interface Node {
  id?: string
  type:
    | 'image'
    | 'text_shape'
    | 'group'
    | 'composite_shape'
    | 'svg'
    | 'connector'
    | 'table'
    | 'life_line'
    | 'activation'
    | 'section'
    | 'table_uml'
    | 'table_er'
    | 'sticky_note'
    | 'mind_map'
    | 'paint'
    | 'combined_fragment'
  parent_id?: string
  children?: string[]
  x?: number
  y?: number
  angle?: number
  height?: number
  text?: CaptionsData
  style?: CellStyle
  image?: { token: string }
  composite_shape?: CompositeShape
  connector?: NodeConnector
  width?: number
  section?: { title?: string }
  table?: Table
  locked?: boolean
  z_index?: number
  lifeline?: Lifeline
  paint?: Paint
  svg?: Svg
  sticky_note?: StickyNote
  mind_map_node?: {
    parent_id: string
    type?: 'mind_map_text' | 'mind_map_full_round_rect' | 'mind_map_round_rect'
    z_index?: number
    layout_position?: 'left' | 'right' | 'up' | 'down'
    children?: string[]
    collapsed?: boolean
  }
  mind_map_root?: {
    layout?:
      | 'up_down'
      | 'left_right'
      | 'tree_left'
      | 'tree_right'
      | 'tree_balance'
      | 'vertical_time_line'
      | 'horizontal_time_line'
    type?: 'mind_map_text' | 'mind_map_full_round_rect' | 'mind_map_round_rect'
    line_style?: 'curve' | 'right_angle' | 'round_angle'
    up_children?: string[]
    down_children?: string[]
    left_children?: string[]
    right_children?: string[]
  }
  mind_map?: { parent_id?: string }
  syntax?: { syntax_type?: number; code?: string; style_type?: number }
}

/** Shared shape `NodeConnector` of catalog/board.v1.json. */
export interface NodeConnector {
  start_object?: AttachedObject
  end_object?: AttachedObject
  start?: End
  end?: End
  captions?: ConnectorCaptions
  shape?: 'straight' | 'polyline' | 'curve' | 'right_angled_polyline'
  turning_points?: Position[]
  caption_auto_direction?: boolean
  caption_position?: number
  specified_coordinate?: boolean
  caption_position_type?: number
}

/** Shared shape `NodeTable` of catalog/board.v1.json. */
export interface NodeTable {
  meta: Meta
  title?: string
  cells?: TableCell[]
}

/** Shared shape `Paint` of catalog/board.v1.json. */
export interface Paint {
  type?: 'marker' | 'highlight'
  lines?: Position[]
  width?: number
  color?: string
}

/** Shared shape `Paragraph` of catalog/board.v1.json. */
export interface Paragraph {
  paragraph_type: number
  elements?: {
    element_type: number
    text_element?: { text: string; text_style?: TextStyle }
    link_element?: { herf: string; text?: string; text_style?: TextStyle }
    mention_user_element?: { user_id: string; text_style?: TextStyle }
    mention_doc_element?: { doc_url: string; text_style?: TextStyle }
  }[]
  indent?: number
  list_begin_index?: number
  quote?: boolean
}

/** Shared shape `Position` of catalog/board.v1.json. */
export interface Position {
  x?: number
  y?: number
}

/** Shared shape `StickyNote` of catalog/board.v1.json. */
export interface StickyNote {
  user_id?: string
  show_author_info?: boolean
}

/** Shared shape `Style` of catalog/board.v1.json. */
export interface Style {
  fill_color?: string
  fill_opacity?: number
  border_style?: 'solid' | 'none' | 'dash' | 'dot'
  border_width?: 'extra_narrow' | 'narrow' | 'medium' | 'bold'
  border_opacity?: number
  h_flip?: boolean
  v_flip?: boolean
  border_color?: string
  theme_fill_color_code?: number
  theme_border_color_code?: number
  fill_color_type?: number
  border_color_type?: number
  border_dasharrays?: number[]
  border_radius?: BorderRadius
  shadow?: InnerShadow
  inner_shadow?: InnerShadow
  fill_gradient?: FillGradient
}

/** Shared shape `Svg` of catalog/board.v1.json. */
export interface Svg {
  svg_code?: string
  key?: string
  type?: number
}

/** Shared shape `Table` of catalog/board.v1.json. */
export interface Table {
  meta: TableMeta
  title?: string
  cells?: Cell[]
}

/** Shared shape `TableCell` of catalog/board.v1.json. */
export interface TableCell {
  row_index: number
  col_index: number
  merge_info?: MergeInfo
  children?: string[]
  text?: Text
  style?: Style
}

/** Shared shape `TableMeta` of catalog/board.v1.json. */
export interface TableMeta {
  row_num?: number
  col_num?: number
  row_sizes?: number[]
  col_sizes?: number[]
  style?: Style
  text?: Text
}

/** Shared shape `Text` of catalog/board.v1.json. */
export interface Text {
  text?: string
  font_weight?: 'regular' | 'bold'
  font_size?: number
  horizontal_align?: 'left' | 'center' | 'right'
  vertical_align?: 'top' | 'mid' | 'bottom'
  text_color?: string
  text_background_color?: string
  line_through?: boolean
  underline?: boolean
  italic?: boolean
  angle?: number
  theme_text_color_code?: number
  theme_text_background_color_code?: number
  rich_text?: { paragraphs?: Paragraph[] }
  text_color_type?: number
  text_background_color_type?: number
}

/** Shared shape `TextStyle` of catalog/board.v1.json. */
export interface TextStyle {
  font_weight?: string
  font_size?: number
  text_color?: string
  text_background_color?: string
  line_through?: boolean
  underline?: boolean
  italic?: boolean
}
