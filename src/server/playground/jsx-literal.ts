// JSX text to a plain element tree without running it: acorn parses, and only tags, literals and object literals are accepted.
import { Parser, type Node } from 'acorn';
import jsx from 'acorn-jsx';
import { OgsmithError } from '../../errors/catalogue.js';

const JsxParser = Parser.extend(jsx());

/** A JSON element: what the playground renders, like a POST /render `element`. */
export interface JsonElement {
  readonly type: string;
  readonly props: Readonly<Record<string, unknown>>;
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** An ESTree node seen through the fields this reader uses (acorn's own types stop at standard JavaScript). */
interface AstNode extends Node {
  readonly [field: string]: unknown;
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

class JsxReader {
  constructor(private readonly source: string, private readonly maxLevel: number) {}

  fail(node: AstNode, message: string): never {
    const before = this.source.slice(0, node.start);
    const line = before.split('\n').length;
    const column = node.start - before.lastIndexOf('\n');
    throw new OgsmithError('INVALID_BODY', `JSX line ${line}, column ${column}: ${message}`);
  }

  deeper(level: number): number {
    if (level >= this.maxLevel) throw new OgsmithError('TREE_TOO_DEEP', `The JSX nests deeper than ${this.maxLevel} levels`);
    return level + 1;
  }

  element(node: AstNode, level: number): JsonElement | JsonValue[] {
    const next = this.deeper(level);
    const children = this.children(node.children as AstNode[], next);
    if (node.type === 'JSXFragment') return children;
    const opening = node.openingElement as AstNode;
    const name = opening.name as AstNode;
    if (name.type !== 'JSXIdentifier') this.fail(name, 'only plain tags such as <div> are supported (no member or namespaced names)');
    const type = name.name as string;
    if (/^[A-Z]/.test(type)) this.fail(name, `<${type}> is a component; the playground renders plain tags only (paste the component's output, or use a template)`);
    const props: Record<string, JsonValue> = {};
    for (const attribute of opening.attributes as AstNode[]) {
      if (attribute.type !== 'JSXAttribute') this.fail(attribute, 'spread attributes ({...props}) are not supported');
      const attrName = attribute.name as AstNode;
      if (attrName.type !== 'JSXIdentifier') this.fail(attrName, 'namespaced attributes are not supported');
      const key = attrName.name as string;
      if (FORBIDDEN_KEYS.has(key) || key === 'children') this.fail(attrName, `the attribute ${key} is not allowed`);
      props[key] = attribute.value === null ? true : this.attributeValue(attribute.value as AstNode, next);
    }
    if (children.length > 0) props.children = children;
    return { type, props };
  }

  attributeValue(node: AstNode, level: number): JsonValue {
    if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node.type === 'JSXExpressionContainer') return this.literal(node.expression as AstNode, level);
    return this.fail(node, 'attribute values must be strings or {literals}');
  }

  children(nodes: readonly AstNode[], level: number): JsonValue[] {
    const out: JsonValue[] = [];
    for (const child of nodes) {
      if (child.type === 'JSXText') {
        const text = cleanJsxText(child.value as string);
        if (text) out.push(text);
      } else if (child.type === 'JSXExpressionContainer') {
        const expression = child.expression as AstNode;
        if (expression.type === 'JSXEmptyExpression') continue;
        const value = this.literal(expression, level);
        if (Array.isArray(value)) out.push(...value);
        else if (value !== null && typeof value !== 'boolean') out.push(value);
      } else if (child.type === 'JSXElement' || child.type === 'JSXFragment') {
        const value = this.element(child, level);
        if (Array.isArray(value)) out.push(...value);
        else out.push(value as unknown as JsonValue);
      } else {
        this.fail(child, `${child.type} is not supported here`);
      }
    }
    return out;
  }

  /** A literal value: string, number, boolean, null, template without ${}, negative number, array or object of literals, or JSX. */
  literal(node: AstNode, level: number): JsonValue {
    const next = this.deeper(level);
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean' || node.value === null) {
          if (node.value === null && node.raw !== 'null') break;
          return node.value;
        }
        break;
      case 'TemplateLiteral':
        if ((node.expressions as AstNode[]).length === 0) return ((node.quasis as AstNode[])[0]?.value as { cooked: string }).cooked;
        return this.fail(node, 'template literals with ${…} are expressions; only literals are allowed');
      case 'UnaryExpression': {
        const argument = node.argument as AstNode;
        if ((node.operator === '-' || node.operator === '+') && argument.type === 'Literal' && typeof argument.value === 'number') return node.operator === '-' ? -argument.value : argument.value;
        break;
      }
      case 'ArrayExpression':
        return (node.elements as (AstNode | null)[]).map((element) => {
          if (element === null || element.type === 'SpreadElement') return this.fail(node, 'arrays must list literal values (no holes or spreads)');
          return this.literal(element, next);
        });
      case 'ObjectExpression': {
        const out: { [key: string]: JsonValue } = {};
        for (const property of node.properties as AstNode[]) {
          if (property.type !== 'Property' || property.kind !== 'init' || property.method || property.shorthand || property.computed) this.fail(property, 'objects must be plain { key: literal } pairs');
          const keyNode = property.key as AstNode;
          const key = keyNode.type === 'Identifier' ? (keyNode.name as string) : keyNode.type === 'Literal' ? String(keyNode.value) : this.fail(keyNode, 'unsupported key');
          if (FORBIDDEN_KEYS.has(key)) this.fail(keyNode, `the key ${key} is not allowed`);
          out[key] = this.literal(property.value as AstNode, next);
        }
        return out;
      }
      case 'JSXElement':
      case 'JSXFragment':
        return this.element(node, level) as unknown as JsonValue;
      default:
        break;
    }
    return this.fail(node, `only literal values are allowed, not ${node.type === 'Identifier' ? `the name ${String(node.name)}` : `a ${node.type}`}: the playground never runs the code it is given`);
  }
}

/** JSX text as React reads it: lines trimmed, blank lines dropped, line breaks inside text become one space. */
export function cleanJsxText(raw: string): string {
  const lines = raw.split(/\r\n|\n|\r/);
  const kept: string[] = [];
  lines.forEach((line, i) => {
    let text = line.replace(/\t/g, ' ');
    if (i > 0) text = text.replace(/^ +/, '');
    if (i < lines.length - 1) text = text.replace(/ +$/, '');
    if (text) kept.push(text);
  });
  return kept.join(' ');
}

/** Reads one JSX element (optionally in parentheses, with a trailing semicolon) into a plain element tree. */
export function parseJsxLiteral(source: string, maxLevel: number): JsonElement {
  let program: AstNode;
  try {
    program = JsxParser.parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: false }) as unknown as AstNode;
  } catch (error) {
    if (error instanceof RangeError) throw new OgsmithError('TREE_TOO_DEEP', 'The JSX nests too deeply to parse');
    throw new OgsmithError('INVALID_BODY', `JSX does not parse: ${error instanceof Error ? error.message : String(error)}`);
  }
  const body = program.body as AstNode[];
  const statement = body[0];
  if (body.length !== 1 || !statement || statement.type !== 'ExpressionStatement') throw new OgsmithError('INVALID_BODY', 'The JSX must be exactly one element, such as <div style={{ … }}>…</div>');
  const expression = statement.expression as AstNode;
  if (expression.type !== 'JSXElement') throw new OgsmithError('INVALID_BODY', `The JSX must be one element, not a ${expression.type === 'JSXFragment' ? 'fragment' : expression.type}`);
  return new JsxReader(source, maxLevel).element(expression, 0) as JsonElement;
}
