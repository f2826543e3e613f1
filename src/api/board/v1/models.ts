// Generated from catalog/board.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  AttachedObject,
  BorderRadius,
  Captions,
  CaptionsData,
  Cell,
  CellStyle,
  CircularRing,
  CompositeShape,
  Connector,
  ConnectorCaptions,
  ConnectorEnd,
  CreateNode,
  End,
  FillGradient,
  InnerShadow,
  Lifeline,
  MergeInfo,
  Meta,
  Node,
  NodeConnector,
  NodeTable,
  Paint,
  Paragraph,
  Position,
  StickyNote,
  Style,
  Svg,
  Table,
  TableCell,
  TableMeta,
  Text,
  TextStyle,
} from './types.ts'

/** Builds the schema of {@link AttachedObject}. */
export function AttachedObjectSchema(): GenericSchema<AttachedObject> {
  return looseObject({
    id: optional(string()),
    snap_to: optional(picklist(['left', 'right', 'top', 'bottom', 'auto'])),
    position: optional(PositionSchema()),
  })
}

/** Builds the schema of {@link BorderRadius}. */
export function BorderRadiusSchema(): GenericSchema<BorderRadius> {
  return looseObject({
    top_left: optional(number()),
    top_right: optional(number()),
    bottom_right: optional(number()),
    bottom_left: optional(number()),
  })
}

/** Builds the schema of {@link Captions}. */
export function CaptionsSchema(): GenericSchema<Captions> {
  return looseObject({ data: optional(array(TextSchema())) })
}

/** Builds the schema of {@link CaptionsData}. */
export function CaptionsDataSchema(): GenericSchema<CaptionsData> {
  return looseObject({
    text: optional(string()),
    font_weight: optional(picklist(['bold', 'regular'])),
    font_size: optional(number()),
    horizontal_align: optional(picklist(['left', 'center', 'right'])),
    vertical_align: optional(picklist(['top', 'mid', 'bottom'])),
    text_color: optional(string()),
    text_background_color: optional(string()),
    line_through: optional(boolean()),
    underline: optional(boolean()),
    italic: optional(boolean()),
    angle: optional(number()),
    theme_text_color_code: optional(number()),
    theme_text_background_color_code: optional(number()),
    rich_text: optional(looseObject({ paragraphs: optional(array(ParagraphSchema())) })),
    text_color_type: optional(number()),
    text_background_color_type: optional(number()),
  })
}

/** Builds the schema of {@link Cell}. */
export function CellSchema(): GenericSchema<Cell> {
  return looseObject({
    row_index: number(),
    col_index: number(),
    merge_info: optional(MergeInfoSchema()),
    children: optional(array(string())),
    text: optional(CaptionsDataSchema()),
    style: optional(CellStyleSchema()),
  })
}

/** Builds the schema of {@link CellStyle}. */
export function CellStyleSchema(): GenericSchema<CellStyle> {
  return looseObject({
    fill_color: optional(string()),
    fill_opacity: optional(number()),
    border_style: optional(picklist(['solid', 'none', 'dash', 'dot'])),
    border_width: optional(picklist(['bold', 'extra_narrow', 'narrow', 'medium'])),
    border_opacity: optional(number()),
    h_flip: optional(boolean()),
    v_flip: optional(boolean()),
    border_color: optional(string()),
    theme_fill_color_code: optional(number()),
    theme_border_color_code: optional(number()),
    fill_color_type: optional(number()),
    border_color_type: optional(number()),
    border_dasharrays: optional(array(number())),
    border_radius: optional(BorderRadiusSchema()),
    shadow: optional(InnerShadowSchema()),
    inner_shadow: optional(InnerShadowSchema()),
    fill_gradient: optional(FillGradientSchema()),
  })
}

/** Builds the schema of {@link CircularRing}. */
export function CircularRingSchema(): GenericSchema<CircularRing> {
  return looseObject({
    start_radial_line_angle: number(),
    central_angle: number(),
    radius: number(),
    sector_ratio: optional(number()),
  })
}

/** Builds the schema of {@link CompositeShape}. */
export function CompositeShapeSchema(): GenericSchema<CompositeShape> {
  return looseObject({
    type: picklist([
      'round_rect2',
      'ellipse',
      'hexagon',
      'cylinder',
      'parallelogram',
      'trapezoid',
      'triangle',
      'round_rect',
      'step',
      'diamond',
      'rect',
      'star',
      'bubble',
      'pentagon',
      'forward_arrow',
      'document_shape',
      'condition_shape',
      'cloud',
      'cross',
      'step2',
      'predefined_process',
      'delay_shape',
      'off_page_connector',
      'note_shape',
      'data_process',
      'data_store',
      'data_store2',
      'data_store3',
      'star2',
      'star3',
      'star4',
      'actor',
      'brace',
      'condition_shape2',
      'double_arrow',
      'data_flow_round_rect3',
      'rect_bubble',
      'manual_input',
      'flow_chart_round_rect',
      'flow_chart_round_rect2',
      'flow_chart_diamond',
      'flow_chart_parallelogram',
      'flow_chart_cylinder',
      'flow_chart_trapezoid',
      'flow_chart_hexagon',
      'data_flow_round_rect',
      'data_flow_ellipse',
      'backward_arrow',
      'brace_reverse',
      'flow_chart_mq',
      'horiz_cylinder',
      'class_interface',
      'classifier',
      'circular_ring',
      'pie',
      'right_triangle',
      'octagon',
      'state_start',
      'state_end',
      'state_concurrence',
      'component_shape',
      'component_shape2',
      'component_interface',
      'component_required_interface',
      'component_assembly',
      'cube',
      'boundary',
      'control',
      'entity',
      'data_base',
      'queue',
      'collection',
      'actor_lifeline',
      'object_lifeline',
      'mind_node_full_round_rect',
      'mind_node_round_rect',
      'mind_node_text',
    ]),
    pie: optional(CircularRingSchema()),
    circular_ring: optional(CircularRingSchema()),
    trapezoid: optional(looseObject({ top_length: optional(number()) })),
    cube: optional(looseObject({ control_point: optional(PositionSchema()) })),
  })
}

/** Builds the schema of {@link Connector}. */
export function ConnectorSchema(): GenericSchema<Connector> {
  return looseObject({
    start: optional(ConnectorEndSchema()),
    end: optional(ConnectorEndSchema()),
    captions: optional(CaptionsSchema()),
    shape: optional(picklist(['straight', 'polyline', 'curve', 'right_angled_polyline'])),
    turning_points: optional(array(PositionSchema())),
    caption_auto_direction: optional(boolean()),
    caption_position: optional(number()),
    specified_coordinate: optional(boolean()),
    caption_position_type: optional(number()),
  })
}

/** Builds the schema of {@link ConnectorCaptions}. */
export function ConnectorCaptionsSchema(): GenericSchema<ConnectorCaptions> {
  return looseObject({ data: optional(array(CaptionsDataSchema())) })
}

/** Builds the schema of {@link ConnectorEnd}. */
export function ConnectorEndSchema(): GenericSchema<ConnectorEnd> {
  return looseObject({
    attached_object: optional(looseObject({
      id: optional(string()),
      snap_to: optional(picklist(['auto', 'top', 'right', 'bottom', 'left'])),
      position: optional(PositionSchema()),
    })),
    position: optional(PositionSchema()),
    arrow_style: optional(picklist([
      'none',
      'line_arrow',
      'triangle_arrow',
      'empty_triangle_arrow',
      'circle_arrow',
      'empty_circle_arrow',
      'diamond_arrow',
      'empty_diamond_arrow',
      'single_arrow',
      'multi_arrow',
      'exact_single_arrow',
      'zero_or_multi_arrow',
      'zero_or_single_arrow',
      'single_or_multi_arrow',
      'x_arrow',
    ])),
  })
}

/** Builds the schema of {@link CreateNode}. */
export function CreateNodeSchema(): GenericSchema<CreateNode> {
  return looseObject({
    id: optional(string()),
    type: picklist([
      'image',
      'text_shape',
      'group',
      'composite_shape',
      'svg',
      'connector',
      'table',
      'life_line',
      'activation',
      'section',
      'table_uml',
      'table_er',
      'sticky_note',
      'mind_map',
      'paint',
      'combined_fragment',
    ]),
    parent_id: optional(string()),
    x: optional(number()),
    y: optional(number()),
    angle: optional(number()),
    height: optional(number()),
    text: optional(TextSchema()),
    style: optional(StyleSchema()),
    image: optional(looseObject({ token: string() })),
    composite_shape: optional(CompositeShapeSchema()),
    connector: optional(ConnectorSchema()),
    width: optional(number()),
    section: optional(looseObject({ title: optional(string()) })),
    table: optional(NodeTableSchema()),
    locked: optional(boolean()),
    z_index: optional(number()),
    lifeline: optional(LifelineSchema()),
    paint: optional(PaintSchema()),
    svg: optional(SvgSchema()),
    sticky_note: optional(StickyNoteSchema()),
    mind_map_node: optional(looseObject({
      parent_id: string(),
      type: optional(picklist(['mind_map_text', 'mind_map_full_round_rect', 'mind_map_round_rect'])),
      z_index: optional(number()),
      layout_position: optional(picklist(['left', 'right', 'up', 'down'])),
      collapsed: optional(boolean()),
    })),
    mind_map_root: optional(looseObject({
      layout: optional(picklist([
        'up_down',
        'left_right',
        'tree_left',
        'tree_right',
        'tree_balance',
        'vertical_time_line',
        'horizontal_time_line',
      ])),
      type: optional(picklist(['mind_map_text', 'mind_map_full_round_rect', 'mind_map_round_rect'])),
      line_style: optional(picklist(['curve', 'right_angle', 'round_angle'])),
    })),
  })
}

/** Builds the schema of {@link End}. */
export function EndSchema(): GenericSchema<End> {
  return looseObject({
    attached_object: optional(AttachedObjectSchema()),
    position: optional(PositionSchema()),
    arrow_style: optional(picklist([
      'none',
      'line_arrow',
      'triangle_arrow',
      'empty_triangle_arrow',
      'circle_arrow',
      'empty_circle_arrow',
      'diamond_arrow',
      'empty_diamond_arrow',
      'single_arrow',
      'multi_arrow',
      'exact_single_arrow',
      'zero_or_multi_arrow',
      'zero_or_single_arrow',
      'single_or_multi_arrow',
      'x_arrow',
    ])),
  })
}

/** Builds the schema of {@link FillGradient}. */
export function FillGradientSchema(): GenericSchema<FillGradient> {
  return looseObject({
    type: optional(picklist(['linear-gradient', 'radial-gradient'])),
    handle_positions: optional(array(PositionSchema())),
    stops: optional(array(looseObject({ position: optional(number()), color: optional(string()) }))),
  })
}

/** Builds the schema of {@link InnerShadow}. */
export function InnerShadowSchema(): GenericSchema<InnerShadow> {
  return looseObject({
    color: optional(string()),
    blur: optional(number()),
    offset_x: optional(number()),
    offset_y: optional(number()),
    opacity: optional(number()),
  })
}

/** Builds the schema of {@link Lifeline}. */
export function LifelineSchema(): GenericSchema<Lifeline> {
  return looseObject({ size: optional(number()), type: optional(string()) })
}

/** Builds the schema of {@link MergeInfo}. */
export function MergeInfoSchema(): GenericSchema<MergeInfo> {
  return looseObject({ row_span: number(), col_span: number() })
}

/** Builds the schema of {@link Meta}. */
export function MetaSchema(): GenericSchema<Meta> {
  return looseObject({
    row_sizes: optional(array(number())),
    col_sizes: optional(array(number())),
    style: optional(StyleSchema()),
    text: optional(TextSchema()),
  })
}

/** Builds the schema of {@link Node}. */
export function NodeSchema(): GenericSchema<Node> {
  return looseObject({
    id: optional(string()),
    type: picklist([
      'image',
      'text_shape',
      'group',
      'composite_shape',
      'svg',
      'connector',
      'table',
      'life_line',
      'activation',
      'section',
      'table_uml',
      'table_er',
      'sticky_note',
      'mind_map',
      'paint',
      'combined_fragment',
    ]),
    parent_id: optional(string()),
    children: optional(array(string())),
    x: optional(number()),
    y: optional(number()),
    angle: optional(number()),
    height: optional(number()),
    text: optional(CaptionsDataSchema()),
    style: optional(CellStyleSchema()),
    image: optional(looseObject({ token: string() })),
    composite_shape: optional(CompositeShapeSchema()),
    connector: optional(NodeConnectorSchema()),
    width: optional(number()),
    section: optional(looseObject({ title: optional(string()) })),
    table: optional(TableSchema()),
    locked: optional(boolean()),
    z_index: optional(number()),
    lifeline: optional(LifelineSchema()),
    paint: optional(PaintSchema()),
    svg: optional(SvgSchema()),
    sticky_note: optional(StickyNoteSchema()),
    mind_map_node: optional(looseObject({
      parent_id: string(),
      type: optional(picklist(['mind_map_text', 'mind_map_full_round_rect', 'mind_map_round_rect'])),
      z_index: optional(number()),
      layout_position: optional(picklist(['left', 'right', 'up', 'down'])),
      children: optional(array(string())),
      collapsed: optional(boolean()),
    })),
    mind_map_root: optional(looseObject({
      layout: optional(picklist([
        'up_down',
        'left_right',
        'tree_left',
        'tree_right',
        'tree_balance',
        'vertical_time_line',
        'horizontal_time_line',
      ])),
      type: optional(picklist(['mind_map_text', 'mind_map_full_round_rect', 'mind_map_round_rect'])),
      line_style: optional(picklist(['curve', 'right_angle', 'round_angle'])),
      up_children: optional(array(string())),
      down_children: optional(array(string())),
      left_children: optional(array(string())),
      right_children: optional(array(string())),
    })),
    mind_map: optional(looseObject({ parent_id: optional(string()) })),
    syntax: optional(looseObject({
      syntax_type: optional(number()),
      code: optional(string()),
      style_type: optional(number()),
    })),
  })
}

/** Builds the schema of {@link NodeConnector}. */
export function NodeConnectorSchema(): GenericSchema<NodeConnector> {
  return looseObject({
    start_object: optional(AttachedObjectSchema()),
    end_object: optional(AttachedObjectSchema()),
    start: optional(EndSchema()),
    end: optional(EndSchema()),
    captions: optional(ConnectorCaptionsSchema()),
    shape: optional(picklist(['straight', 'polyline', 'curve', 'right_angled_polyline'])),
    turning_points: optional(array(PositionSchema())),
    caption_auto_direction: optional(boolean()),
    caption_position: optional(number()),
    specified_coordinate: optional(boolean()),
    caption_position_type: optional(number()),
  })
}

/** Builds the schema of {@link NodeTable}. */
export function NodeTableSchema(): GenericSchema<NodeTable> {
  return looseObject({ meta: MetaSchema(), title: optional(string()), cells: optional(array(TableCellSchema())) })
}

/** Builds the schema of {@link Paint}. */
export function PaintSchema(): GenericSchema<Paint> {
  return looseObject({
    type: optional(picklist(['marker', 'highlight'])),
    lines: optional(array(PositionSchema())),
    width: optional(number()),
    color: optional(string()),
  })
}

/** Builds the schema of {@link Paragraph}. */
export function ParagraphSchema(): GenericSchema<Paragraph> {
  return looseObject({
    paragraph_type: number(),
    elements: optional(array(looseObject({
      element_type: number(),
      text_element: optional(looseObject({ text: string(), text_style: optional(TextStyleSchema()) })),
      link_element: optional(looseObject({
        herf: string(),
        text: optional(string()),
        text_style: optional(TextStyleSchema()),
      })),
      mention_user_element: optional(looseObject({ user_id: string(), text_style: optional(TextStyleSchema()) })),
      mention_doc_element: optional(looseObject({ doc_url: string(), text_style: optional(TextStyleSchema()) })),
    }))),
    indent: optional(number()),
    list_begin_index: optional(number()),
    quote: optional(boolean()),
  })
}

/** Builds the schema of {@link Position}. */
export function PositionSchema(): GenericSchema<Position> {
  return looseObject({ x: optional(number()), y: optional(number()) })
}

/** Builds the schema of {@link StickyNote}. */
export function StickyNoteSchema(): GenericSchema<StickyNote> {
  return looseObject({ user_id: optional(string()), show_author_info: optional(boolean()) })
}

/** Builds the schema of {@link Style}. */
export function StyleSchema(): GenericSchema<Style> {
  return looseObject({
    fill_color: optional(string()),
    fill_opacity: optional(number()),
    border_style: optional(picklist(['solid', 'none', 'dash', 'dot'])),
    border_width: optional(picklist(['extra_narrow', 'narrow', 'medium', 'bold'])),
    border_opacity: optional(number()),
    h_flip: optional(boolean()),
    v_flip: optional(boolean()),
    border_color: optional(string()),
    theme_fill_color_code: optional(number()),
    theme_border_color_code: optional(number()),
    fill_color_type: optional(number()),
    border_color_type: optional(number()),
    border_dasharrays: optional(array(number())),
    border_radius: optional(BorderRadiusSchema()),
    shadow: optional(InnerShadowSchema()),
    inner_shadow: optional(InnerShadowSchema()),
    fill_gradient: optional(FillGradientSchema()),
  })
}

/** Builds the schema of {@link Svg}. */
export function SvgSchema(): GenericSchema<Svg> {
  return looseObject({ svg_code: optional(string()), key: optional(string()), type: optional(number()) })
}

/** Builds the schema of {@link Table}. */
export function TableSchema(): GenericSchema<Table> {
  return looseObject({ meta: TableMetaSchema(), title: optional(string()), cells: optional(array(CellSchema())) })
}

/** Builds the schema of {@link TableCell}. */
export function TableCellSchema(): GenericSchema<TableCell> {
  return looseObject({
    row_index: number(),
    col_index: number(),
    merge_info: optional(MergeInfoSchema()),
    children: optional(array(string())),
    text: optional(TextSchema()),
    style: optional(StyleSchema()),
  })
}

/** Builds the schema of {@link TableMeta}. */
export function TableMetaSchema(): GenericSchema<TableMeta> {
  return looseObject({
    row_num: optional(number()),
    col_num: optional(number()),
    row_sizes: optional(array(number())),
    col_sizes: optional(array(number())),
    style: optional(StyleSchema()),
    text: optional(TextSchema()),
  })
}

/** Builds the schema of {@link Text}. */
export function TextSchema(): GenericSchema<Text> {
  return looseObject({
    text: optional(string()),
    font_weight: optional(picklist(['regular', 'bold'])),
    font_size: optional(number()),
    horizontal_align: optional(picklist(['left', 'center', 'right'])),
    vertical_align: optional(picklist(['top', 'mid', 'bottom'])),
    text_color: optional(string()),
    text_background_color: optional(string()),
    line_through: optional(boolean()),
    underline: optional(boolean()),
    italic: optional(boolean()),
    angle: optional(number()),
    theme_text_color_code: optional(number()),
    theme_text_background_color_code: optional(number()),
    rich_text: optional(looseObject({ paragraphs: optional(array(ParagraphSchema())) })),
    text_color_type: optional(number()),
    text_background_color_type: optional(number()),
  })
}

/** Builds the schema of {@link TextStyle}. */
export function TextStyleSchema(): GenericSchema<TextStyle> {
  return looseObject({
    font_weight: optional(string()),
    font_size: optional(number()),
    text_color: optional(string()),
    text_background_color: optional(string()),
    line_through: optional(boolean()),
    underline: optional(boolean()),
    italic: optional(boolean()),
  })
}
