/**
 * The language of a problem-scoping form (FORMAT §4.1): its elements' ids, and the places that name them (`visibility`
 * clauses and `dependsOn`), for completions, go to definition, references, rename and hovers. Places are offsets into
 * the article; keys are matched in any case, as the consumer does.
 */
import type { Node } from 'jsonc-parser';
import { visibilityClauses, type VisibilityClause } from '../format/visibility';
import type { Article } from '../parse/article';
import type { Span } from '../text/span';
import type { TextEdit } from '../lint/rule';
import formSchema from '../../../schemas/selfhelp-form.schema.json';
import { memoized } from '../text/memo';

export interface FormOption {
  value: string;
  text: string;
}

export interface FormElement {
  id: string;
  /** The id's text inside its quotes. */
  idSpan: Span;
  controlType?: string;
  label?: string;
  options: FormOption[];
  /** The whole element object. */
  span: Span;
}

/** A place that names an element: an id in a `visibility` clause, or a `dependsOn` value. */
export interface ElementReference {
  id: string;
  span: Span;
  kind: 'visibility' | 'dependsOn';
  /** The clause, for a `visibility` reference: its value's place and text. */
  clause?: { value: string; valueSpan: Span; equals: boolean };
}

/** A `visibility` string: where its text lies (inside the quotes) and what it says. */
export interface VisibilityValue {
  span: Span;
  text: string;
  element: FormElement;
}

export interface FormModel {
  elements: FormElement[];
  references: ElementReference[];
  visibilities: VisibilityValue[];
}

/** The form of a scoping-questions article, read once an article; empty for anything else. */
export const formModel = memoized((article: Article): FormModel => readForm(article));

const EMPTY: FormModel = { elements: [], references: [], visibilities: [] };

/** A property of an object node, its key matched in any case. */
function propertyNode(object: Node | undefined, key: string): Node | undefined {
  if (object?.type !== 'object') return undefined;
  const lower = key.toLowerCase();
  const property = object.children?.find(
    (p) => p.type === 'property' && String(p.children?.[0]?.value).toLowerCase() === lower,
  );
  return property?.children?.[1];
}

const stringOf = (node: Node | undefined): string | undefined => (node?.type === 'string' ? node.value : undefined);

function readForm(article: Article): FormModel {
  const json = article.json;
  const tree = json?.tree();
  const list = propertyNode(tree, 'formElements');
  if (!json || list?.type !== 'array') return EMPTY;
  const base = json.content.start;
  const { text } = article;
  /** The span of a string's text inside its quotes, when the source holds it as written (no escape). */
  const inside = (node: Node): Span | undefined => {
    const start = base + node.offset + 1;
    const end = base + node.offset + node.length - 1;
    return text.slice(start, end) === node.value ? { start, end } : undefined;
  };
  const elements: FormElement[] = [];
  const pending: { node: Node; element: FormElement }[] = [];
  for (const node of list.children ?? []) {
    const idNode = propertyNode(node, 'id');
    const id = stringOf(idNode);
    const idSpan = idNode && inside(idNode);
    if (id === undefined || !idSpan) continue;
    const options = ['dropdownOptions', 'radioButtonOptions'].flatMap((key) =>
      (propertyNode(node, key)?.children ?? []).flatMap((option) => {
        const value = stringOf(propertyNode(option, 'value'));
        return value === undefined ? [] : [{ value, text: stringOf(propertyNode(option, 'text')) ?? value }];
      }),
    );
    const element: FormElement = {
      id,
      idSpan,
      controlType: stringOf(propertyNode(node, 'controlType')),
      label: stringOf(propertyNode(node, 'displayLabel')),
      options,
      span: { start: base + node.offset, end: base + node.offset + node.length },
    };
    elements.push(element);
    pending.push({ node, element });
  }
  const references: ElementReference[] = [];
  const visibilities: VisibilityValue[] = [];
  for (const { node, element } of pending) {
    const visibility = propertyNode(node, 'visibility');
    const span = visibility?.type === 'string' ? inside(visibility) : undefined;
    if (span) {
      visibilities.push({ span, text: visibility!.value, element });
      for (const clause of visibilityClauses(visibility!.value)) references.push(clauseReference(clause, span.start));
    }
    const dependsOn = propertyNode(propertyNode(node, 'dynamicDropdownOptions'), 'dependsOn');
    const dependsOnSpan = dependsOn?.type === 'string' ? inside(dependsOn) : undefined;
    if (dependsOnSpan && dependsOn!.value.trim())
      references.push({ id: dependsOn!.value, span: dependsOnSpan, kind: 'dependsOn' });
  }
  return { elements, references, visibilities };
}

function clauseReference(clause: VisibilityClause, at: number): ElementReference {
  return {
    id: clause.id,
    span: { start: at + clause.idStart, end: at + clause.idEnd },
    kind: 'visibility',
    clause: {
      value: clause.value,
      valueSpan: { start: at + clause.valueStart, end: at + clause.valueEnd },
      equals: clause.equals,
    },
  };
}

const within = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

/** The element named at an offset: by its own id, or by a reference to it. */
function elementAt(model: FormModel, offset: number): { element?: FormElement; id: string; at: Span } | undefined {
  const own = model.elements.find((e) => within(e.idSpan, offset));
  if (own) return { element: own, id: own.id, at: own.idSpan };
  const reference = model.references.find((r) => within(r.span, offset));
  if (!reference) return undefined;
  return { element: model.elements.find((e) => e.id === reference.id), id: reference.id, at: reference.span };
}

/** Where the element named at an offset is defined (its id), when the form has it. */
export function formDefinitionAt(article: Article, offset: number): Span | undefined {
  return elementAt(formModel(article), offset)?.element?.idSpan;
}

/** Every place that names the element named at an offset: its id (when asked for) and each reference. */
export function formReferencesAt(article: Article, offset: number, includeDeclaration = true): Span[] {
  const model = formModel(article);
  const named = elementAt(model, offset);
  if (!named) return [];
  const places = model.references.filter((r) => r.id === named.id).map((r) => r.span);
  return includeDeclaration && named.element ? [named.element.idSpan, ...places] : places;
}

/** What a rename at an offset would rename: the name's place and text; undefined where no element is named. */
export function formRenameTargetAt(article: Article, offset: number): { span: Span; id: string } | undefined {
  const named = elementAt(formModel(article), offset);
  return named?.element ? { span: named.at, id: named.id } : undefined;
}

/** The edits that rename the element named at an offset, or why not. */
export function formRenameAt(
  article: Article,
  offset: number,
  newId: string,
): { edits: TextEdit[] } | { refused: string } {
  const model = formModel(article);
  const named = elementAt(model, offset);
  if (!named?.element) return { refused: 'Only the id of an element of this form can be renamed here.' };
  const id = newId.trim();
  if (!/^[^\s"\\=!&|()]+$/.test(id))
    return { refused: `"${newId}" cannot be an element id: no spaces, quotes, parentheses, =, !, & or |.` };
  if (id !== named.id && model.elements.some((e) => e.id === id))
    return { refused: `Another element of this form already has the id "${id}".` };
  const spans = [named.element.idSpan, ...model.references.filter((r) => r.id === named.id).map((r) => r.span)];
  return { edits: spans.map((span) => ({ ...span, text: id })) };
}

/** A completion inside a `visibility` value. */
export interface FormCompletion {
  label: string;
  /** Plain text to insert. */
  insert: string;
  detail?: string;
  kind: 'element' | 'operator' | 'value';
  replace: Span;
}

/**
 * Completions inside a `visibility` value, by what comes next at the cursor: an element id (of the other elements),
 * then `==` / `!=`, then the values of the element named, then `&&` / `||`.
 */
export function visibilityCompletionsAt(article: Article, offset: number): FormCompletion[] {
  const model = formModel(article);
  const visibility = model.visibilities.find((v) => within(v.span, offset));
  if (!visibility) return [];
  const before = article.text.slice(visibility.span.start, offset);
  // The clause being written: what follows the last `&&`, `||` or `(`.
  const joinEnd = (mark: string) => {
    const at = before.lastIndexOf(mark);
    return at < 0 ? 0 : at + mark.length;
  };
  const clauseStart = Math.max(joinEnd('&&'), joinEnd('||'), joinEnd('('));
  const clause = before.slice(clauseStart);
  const operator = /==|!=/.exec(clause);
  const at = (length: number): Span => ({ start: offset - length, end: offset });
  if (!operator) {
    const typed = /^\s*([^\s=!]*)$/.exec(clause);
    if (typed)
      return model.elements
        .filter((e) => e !== visibility.element)
        .map((e) => ({
          label: e.id,
          insert: e.id,
          detail: e.label,
          kind: 'element' as const,
          replace: at(typed[1].length),
        }));
    const partial = /[=!]?$/.exec(clause)![0];
    return [
      ['==', 'equals'],
      ['!=', 'does not equal'],
    ].map(([op, detail]) => ({
      label: op,
      insert: `${op} `,
      detail,
      kind: 'operator' as const,
      replace: at(partial.length),
    }));
  }
  const id = clause.slice(0, operator.index).trim();
  const value = clause.slice(operator.index + 2).trimStart();
  const named = model.elements.find((e) => e.id === id);
  const values = (named?.options ?? [])
    .filter((o) => o.value.toLowerCase().startsWith(value.toLowerCase()) && o.value !== value)
    .map((o) => ({
      label: o.value,
      insert: o.value,
      detail: o.text,
      kind: 'value' as const,
      replace: at(value.length),
    }));
  if (!value.trim()) return values;
  const joins = [
    ['&&', 'and'],
    ['||', 'or'],
  ].map(([op, detail]) => ({
    label: op,
    insert: `${/\s$/.test(before) ? '' : ' '}${op} `,
    detail,
    kind: 'operator' as const,
    replace: at(0),
  }));
  return [...values, ...joins];
}

/** A hover on a clause's id or value: the element's label, the option's text. */
export function formHoverAt(article: Article, offset: number): { markdown: string; span: Span } | undefined {
  const model = formModel(article);
  const reference = model.references.find(
    (r) => within(r.span, offset) || (r.clause && within(r.clause.valueSpan, offset)),
  );
  if (!reference) return undefined;
  const element = model.elements.find((e) => e.id === reference.id);
  if (!element) return { markdown: `No element of this form has the id \`${reference.id}\`.`, span: reference.span };
  const label = `**${element.label ?? element.id}** (\`${element.id}\`, ${element.controlType ?? 'no controlType'})`;
  if (reference.clause && within(reference.clause.valueSpan, offset)) {
    const option = element.options.find((o) => o.value.toLowerCase() === reference.clause!.value.toLowerCase());
    const shown = option
      ? `the customer picks "${option.text}"`
      : `no option of \`${element.id}\` has this value: the clause never matches`;
    return {
      markdown: `${label}: ${reference.clause.equals ? 'shown when' : 'shown unless'} ${shown}.`,
      span: reference.clause.valueSpan,
    };
  }
  return { markdown: label, span: reference.span };
}

/** The control types a form element may have, each with how the customer meets it (from the form's schema). */
export function formControlTypes(): { type: string; description: string }[] {
  const controlType = formElementSchema().properties.controlType;
  return controlType.enum.map((type, i) => ({ type, description: controlType.markdownEnumDescriptions[i] }));
}

const formElementSchema = () => formSchema.properties.formElements.items;

/**
 * A whole element of this control type to insert at the cursor's place in `formElements` (after the element the
 * cursor is in, or where it stands between elements, else at the list's end), with the next free `order` and an id
 * not yet used; as snippet text (tab stops on what the author writes). Undefined outside a form.
 */
export function formElementInsertion(
  article: Article,
  offset: number,
  controlType: string,
): { at: number; snippet: string; id: string; order: number } | undefined {
  const json = article.json;
  const list = propertyNode(json?.tree(), 'formElements');
  if (!json || list?.type !== 'array') return undefined;
  const base = json.content.start;
  const items = (list.children ?? []).map((node) => ({
    node,
    start: base + node.offset,
    end: base + node.offset + node.length,
  }));
  const before = items.filter((item) => item.start < offset).pop();
  const orders = new Set(items.map((item) => Number(propertyNode(item.node, 'order')?.value)).filter(Number.isFinite));
  let order = before ? Number(propertyNode(before.node, 'order')?.value) + 1 || 1 : 1;
  while (orders.has(order)) order++;
  const ids = new Set(formModel(article).elements.map((e) => e.id));
  let id = `new_${controlType}`;
  for (let n = 2; ids.has(id); n++) id = `new_${controlType}_${n}`;
  const template = formElementSchema().defaultSnippets.find((s) => s.label === controlType);
  if (!template) return undefined;
  const body = { ...template.body, id: `\${1:${id}}`, order: '${ORDER}' };
  const { text } = article;
  const first = items[0];
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const indent = first
    ? /^[ \t]*/.exec(text.slice(lineStart(first.start)))![0]
    : /^[ \t]*/.exec(text.slice(lineStart(base + list.offset)))![0] + '  ';
  const unit = /\n([ \t]+)"/.exec(text.slice(base, json.content.end))?.[1].startsWith('\t') ? '\t' : '  ';
  const element = JSON.stringify(body, null, unit).replace('"${ORDER}"', String(order)).split('\n').join(`\n${indent}`);
  // After the element the cursor is in or follows, or before the first one.
  if (before) return { at: before.end, snippet: `,\n${indent}${element}`, id, order };
  if (first) return { at: first.start, snippet: `${element},\n${indent}`, id, order };
  return { at: base + list.offset + 1, snippet: `\n${indent}${element}\n${indent.slice(unit.length)}`, id, order };
}
