/**
 * A small, deterministic pretty-printer for the two kinds of trees the emitters build: TypeScript types
 * and JavaScript expressions. A node prints on one line when it fits in `WIDTH`, else it breaks:
 * objects one property per line, calls hug their only argument, unions one member per line.
 *
 * @module
 */

export const WIDTH = 120

/** A TypeScript type. */
export type TypeDoc =
  | { readonly k: 'name'; readonly s: string }
  | { readonly k: 'obj'; readonly props: readonly TypeProp[] }
  | { readonly k: 'index'; readonly value: TypeDoc }
  | { readonly k: 'arr'; readonly of: TypeDoc }
  | { readonly k: 'union'; readonly of: readonly TypeDoc[] }

export interface TypeProp {
  readonly key: string
  readonly optional: boolean
  readonly type: TypeDoc
  /** One-line JSDoc, forces the object to break. */
  readonly doc?: string
}

/** A JavaScript expression. */
export type ExprDoc =
  | { readonly k: 'raw'; readonly s: string }
  | { readonly k: 'call'; readonly fn: string; readonly args: readonly ExprDoc[] }
  | { readonly k: 'obj'; readonly props: readonly { readonly key: string; readonly value: ExprDoc }[] }
  | { readonly k: 'arr'; readonly items: readonly ExprDoc[] }
  | { readonly k: 'arrow'; readonly body: ExprDoc }

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** A property key as written in an object literal or type: bare when it is an identifier. */
export function propKey(key: string): string {
  // `__proto__: x` in a literal sets the prototype; the computed form defines an own property.
  if (key === '__proto__') return `['__proto__']`
  return IDENTIFIER.test(key) ? key : quote(key)
}

/** A single-quoted string literal. */
export function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`
}

const flatTypes = new WeakMap<TypeDoc, string | null>()

/** The one-line form of a type, or null when it must break (a property carries a comment). */
function flatType(t: TypeDoc): string | null {
  const cached = flatTypes.get(t)
  if (cached !== undefined) return cached
  let out: string | null
  switch (t.k) {
    case 'name':
      out = t.s
      break
    case 'index': {
      const v = flatType(t.value)
      out = v === null ? null : `{ [key: string]: ${v} }`
      break
    }
    case 'arr': {
      const v = flatType(t.of)
      out = v === null ? null : t.of.k === 'union' ? `(${v})[]` : `${v}[]`
      break
    }
    case 'union': {
      const parts = t.of.map(flatType)
      out = parts.includes(null) ? null : parts.join(' | ')
      break
    }
    case 'obj': {
      if (t.props.length === 0) {
        out = '{}'
        break
      }
      const parts: string[] = []
      out = null
      for (const p of t.props) {
        const v = flatType(p.type)
        if (v === null || p.doc !== undefined) break
        parts.push(`${propKey(p.key)}${p.optional ? '?' : ''}: ${v}`)
      }
      if (parts.length === t.props.length) out = `{ ${parts.join('; ')} }`
      break
    }
  }
  flatTypes.set(t, out)
  return out
}

/**
 * Prints a type starting at column `col`, continuation lines indented by `indent` spaces.
 *
 * @param tail Characters that follow on the same line (for the width check).
 */
export function printType(t: TypeDoc, indent: number, col: number, tail = 0): string {
  const flat = flatType(t)
  if (flat !== null && col + flat.length + tail <= WIDTH) return flat
  const pad = ' '.repeat(indent + 2)
  switch (t.k) {
    case 'name':
      return t.s
    case 'index': {
      const head = `${pad}[key: string]:`
      const value = printType(t.value, indent + 2, head.length + 1)
      return `{\n${head}${value.startsWith('\n') ? '' : ' '}${value}\n${' '.repeat(indent)}}`
    }
    case 'arr':
      if (t.of.k === 'union') {
        const members = printType(t.of, indent, col + 1, tail + 3)
        return members.startsWith('\n') ? `(${members}\n${' '.repeat(indent)})[]` : `(${members})[]`
      }
      return `${printType(t.of, indent, col, tail + 2)}[]`
    case 'union':
      return t.of.map((m) => `\n${pad}| ${printType(m, indent + 2, indent + 4, 0)}`).join('')
    case 'obj':
      return `{\n${printProps(t.props, indent + 2)}${' '.repeat(indent)}}`
  }
}

/** The property lines of an object type or interface body, each ending in a newline. */
export function printProps(props: readonly TypeProp[], indent: number): string {
  const pad = ' '.repeat(indent)
  let out = ''
  for (const p of props) {
    if (p.doc !== undefined) out += `${pad}/** ${p.doc} */\n`
    const head = `${propKey(p.key)}${p.optional ? '?' : ''}:`
    const value = printType(p.type, indent, indent + head.length + 1)
    out += value.startsWith('\n') ? `${pad}${head}${value}\n` : `${pad}${head} ${value}\n`
  }
  return out
}

const flatExprs = new WeakMap<ExprDoc, string>()

function flatExpr(e: ExprDoc): string {
  const cached = flatExprs.get(e)
  if (cached !== undefined) return cached
  let out: string
  switch (e.k) {
    case 'raw':
      out = e.s
      break
    case 'call':
      out = `${e.fn}(${e.args.map(flatExpr).join(', ')})`
      break
    case 'arr':
      out = `[${e.items.map(flatExpr).join(', ')}]`
      break
    case 'arrow':
      out = `() => ${flatExpr(e.body)}`
      break
    case 'obj':
      out = e.props.length === 0 ? '{}' : `{ ${e.props.map((p) => `${propKey(p.key)}: ${flatExpr(p.value)}`).join(', ')} }`
      break
  }
  flatExprs.set(e, out)
  return out
}

/**
 * Prints an expression starting at column `col`, continuation lines indented by `indent` spaces.
 *
 * @param tail Characters that follow on the same line (for the width check).
 */
export function printExpr(e: ExprDoc, indent: number, col: number, tail = 0): string {
  const flat = flatExpr(e)
  if (col + flat.length + tail <= WIDTH) return flat
  const pad = ' '.repeat(indent + 2)
  const end = ' '.repeat(indent)
  switch (e.k) {
    case 'raw':
      return e.s
    case 'arrow':
      return `() => ${printExpr(e.body, indent, col + 6, tail)}`
    case 'obj':
      return `{\n${e.props
        .map((p) => {
          const head = `${pad}${propKey(p.key)}: `
          return `${head}${printExpr(p.value, indent + 2, head.length, 1)},\n`
        })
        .join('')}${end}}`
    case 'arr':
      return `[\n${e.items.map((item) => `${pad}${printExpr(item, indent + 2, indent + 2, 1)},\n`).join('')}${end}]`
    case 'call': {
      const [only] = e.args
      if (e.args.length === 1 && only !== undefined && only.k !== 'raw') {
        // Hug the only argument: `optional(looseObject({` … `}))`.
        return `${e.fn}(${printExpr(only, indent, col + e.fn.length + 1, tail + 1)})`
      }
      return `${e.fn}(\n${e.args.map((a) => `${pad}${printExpr(a, indent + 2, indent + 2, 1)},\n`).join('')}${end})`
    }
  }
}

/** A one-line JSDoc-safe text: no comment terminator. */
export function docText(text: string): string {
  return text.replace(/\*\//g, '*\\/')
}

/** An import declaration, one name per line when it does not fit in `WIDTH`. */
export function importDecl(names: readonly string[], from: string, typeOnly = false): string {
  const head = typeOnly ? 'import type' : 'import'
  const flat = `${head} { ${names.join(', ')} } from ${quote(from)}`
  if (flat.length <= WIDTH) return flat
  return `${head} {\n${names.map((n) => `  ${n},\n`).join('')}} from ${quote(from)}`
}
