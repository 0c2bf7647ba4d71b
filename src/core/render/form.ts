/**
 * The JSON article types as customers meet them: a problem-scoping form (problemScopingQuestions, TSG_Questions) with
 * each element by its control type, in `order`, and cards for the other JSON types. Keys are read in any case, as the
 * portal reads them. `visibility` rules are written on each element for the page's script to apply.
 */
import type { Node } from 'jsonc-parser';
import type { LineIndex } from '../text/source-text';
import { sameInAnyCase } from '../text/any-case';
import { escapeHtml, sanitizeHtml } from './html';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A key's value whatever its case (the portal matches keys case-insensitively). */
function get(object: Json, key: string): unknown {
  if (key in object) return object[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(object)) if (k.toLowerCase() === lower) return object[k];
  return undefined;
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
const truthy = (value: unknown) =>
  value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');

interface Option {
  value: string;
  text: string;
}

function options(value: unknown): Option[] {
  return Array.isArray(value)
    ? value
        .filter(isObject)
        .map((o) => ({ value: text(get(o, 'value')), text: text(get(o, 'text')) || text(get(o, 'value')) }))
    : [];
}

/** Source lines of the array's items, when the JSON's tree can tell them. */
function itemLines(tree: Node | undefined, key: string, lines: LineIndex): number[] {
  const property = tree?.children?.find((p) => sameInAnyCase(String(p.children?.[0]?.value ?? ''), key));
  const array = property?.children?.[1];
  return array?.type === 'array' ? (array.children ?? []).map((item) => lines.positionAt(item.offset).line) : [];
}

const lineAttribute = (line: number | undefined) => (line === undefined ? '' : ` data-line="${line}"`);

/** What ties a control to its label, its required mark and its help, for assistive technology. */
interface ControlNames {
  id: string;
  labelId: string;
  /** ` required aria-required="true"`, or nothing. */
  required: string;
  /** ` aria-describedby="…"` for the help balloon and hints, or nothing. */
  describedBy: string;
}

function control(element: Json, kind: string, index: number, names: ControlNames): string {
  const watermark = escapeHtml(text(get(element, 'watermarkText')));
  const name = `element-${index}`;
  const tied = `id="${names.id}"${names.required}${names.describedBy}`;
  switch (kind) {
    case 'dropdown':
    case 'multiselectdropdown': {
      const dynamic = get(element, 'dynamicDropdownOptions');
      const choices = options(get(element, 'dropdownOptions'));
      if (isObject(dynamic)) choices.push(...options([get(dynamic, 'defaultDropdownOptions')].flat()));
      const multiple = kind === 'multiselectdropdown' ? ' multiple' : '';
      const placeholder = multiple ? '' : `<option value="">${watermark || 'Select an option'}</option>`;
      const note = isObject(dynamic)
        ? `<p class="control-note">Options loaded from Azure Resource Manager when the form opens (${escapeHtml(text(get(dynamic, 'uri')))}).</p>`
        : '';
      return `<select class="answer" name="${name}" ${tied}${multiple}>${placeholder}${choices.map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.text)}</option>`).join('')}</select>${note}`;
    }
    case 'radiobuttongroup':
      return `<div class="radio-group answer" role="radiogroup" id="${names.id}" aria-labelledby="${names.labelId}"${names.required}${names.describedBy}>${options(
        get(element, 'radioButtonOptions') ?? get(element, 'dropdownOptions'),
      )
        .map(
          (o) =>
            `<label class="radio"><input type="radio" name="${name}" value="${escapeHtml(o.value)}"> ${escapeHtml(o.text)}</label>`,
        )
        .join('')}</div>`;
    case 'multilinetextbox': {
      const rows = Number(get(element, 'numberOfLines')) || 4;
      return `<textarea class="answer" name="${name}" ${tied} rows="${Math.min(Math.max(rows, 2), 12)}" placeholder="${watermark}"></textarea>`;
    }
    case 'datetimepicker':
      return `<input class="answer" type="datetime-local" name="${name}" ${tied}>`;
    case 'numerictextbox':
      return `<input class="answer" type="number" name="${name}" ${tied} placeholder="${watermark}">`;
    case 'textbox':
      return `<input class="answer" type="text" name="${name}" ${tied} placeholder="${watermark}">`;
    default:
      return '';
  }
}

function formElement(element: Json, index: number, line: number | undefined): string {
  const kind = text(get(element, 'controlType')).toLowerCase();
  const id = text(get(element, 'id'));
  const label = text(get(element, 'displayLabel'));
  const visibility = get(element, 'visibility');
  const rule =
    typeof visibility === 'string' && !['', 'null', 'true'].includes(visibility.trim().toLowerCase())
      ? visibility.trim()
      : '';
  const attributes = `class="form-element" data-element-id="${escapeHtml(id)}"${rule ? ` data-visibility="${escapeHtml(rule)}"` : ''}${lineAttribute(line)}`;
  const shownWhen = rule
    ? `<p class="shown-when" title="Shown only when the earlier answers match">Shown when ${escapeHtml(rule)}</p>`
    : '';
  if (kind === 'infoblock' || kind === 'textblock') {
    const content = text(get(element, 'content')) || label;
    return `<div ${attributes}>${shownWhen}<div class="${kind === 'infoblock' ? 'info-block' : 'text-block'}">${sanitizeHtml(content)}</div></div>`;
  }
  const required = truthy(get(element, 'required'));
  const balloon = text(get(element, 'infoBalloonText'));
  const hints = get(element, 'hints');
  const hintItems = Array.isArray(hints) ? hints.filter(isObject) : [];
  const names: ControlNames = {
    id: `selfhelp-control-${index}`,
    labelId: `selfhelp-label-${index}`,
    required: required ? ' required aria-required="true"' : '',
    describedBy:
      balloon || hintItems.length
        ? ` aria-describedby="${[balloon && `selfhelp-info-${index}`, hintItems.length && `selfhelp-hints-${index}`].filter(Boolean).join(' ')}"`
        : '',
  };
  const input = control(element, kind, index, names);
  if (!input)
    return `<div ${attributes}>${shownWhen}<p class="not-rendered">${escapeHtml(label || id)}: the portal has no control "${escapeHtml(kind)}".</p></div>`;
  // The mark is seen; what a screen reader says is the control's own required state.
  const mark = required ? '<span class="required" title="Required" aria-hidden="true">*</span>' : '';
  // The balloon is reachable with the keyboard (its text shows on focus as on hover) and read with the control.
  const info = balloon
    ? ` <span class="info-balloon" id="selfhelp-info-${index}" tabindex="0" role="note" aria-label="${escapeHtml(balloon)}" title="${escapeHtml(balloon)}">ⓘ</span>`
    : '';
  const hintList = hintItems.length
    ? `<ul class="hints" id="selfhelp-hints-${index}">${hintItems.map((h) => `<li>${escapeHtml(text(get(h, 'text')))}</li>`).join('')}</ul>`
    : '';
  // A radio group is named by its label's id; every other control by `for`.
  const labelTarget = kind === 'radiobuttongroup' ? '' : ` for="${names.id}"`;
  const labelTag = kind === 'radiobuttongroup' ? 'span' : 'label';
  return `<div ${attributes}>${shownWhen}<${labelTag} class="element-label" id="${names.labelId}"${labelTarget}>${escapeHtml(label || id)}${mark}</${labelTag}>${info}${input}${hintList}</div>`;
}

/** The form a customer fills in when opening a support request. */
export function renderForm(value: unknown, tree: Node | undefined, lines: LineIndex): string {
  if (!isObject(value)) return '<p class="not-rendered">The JSON section holds no form the portal can read.</p>';
  const elements = get(value, 'formElements');
  const list = Array.isArray(elements) ? elements : [];
  const linesOf = itemLines(tree, 'formElements', lines);
  const ordered = list
    .map((element: unknown, index) => ({ element, index, line: linesOf[index] as number | undefined }))
    .filter((e): e is { element: Json; index: number; line: number | undefined } => isObject(e.element))
    .sort(
      (a, b) => (Number(get(a.element, 'order')) || 0) - (Number(get(b.element, 'order')) || 0) || a.index - b.index,
    );
  const cardValue = get(value, 'diagnosticCard');
  const diagnosticCard = isObject(cardValue)
    ? `<div class="diagnostic-card"><p class="card-title">${escapeHtml(text(get(cardValue, 'title')))}</p><p>${escapeHtml(text(get(cardValue, 'description')))}</p></div>`
    : '';
  const attachment = text(get(value, 'fileAttachmentHint'));
  return `<form class="scoping-form" autocomplete="off">
<p class="form-title">${escapeHtml(text(get(value, 'title')))}</p>
${diagnosticCard}
${ordered.map((e) => formElement(e.element, e.index, e.line)).join('\n')}
${attachment ? `<p class="attachment-hint">${escapeHtml(attachment)}</p>` : ''}
</form>`;
}

const HEADING_KEYS = ['title', 'displayName', 'shortDescription', 'name', 'id'];

/** Any JSON value as nested cards: objects as labelled fields, arrays as lists of cards. */
function card(value: unknown, depth: number): string {
  if (Array.isArray(value)) {
    if (value.every((v) => !isObject(v) && !Array.isArray(v))) return escapeHtml(value.map(text).join(', '));
    return `<div class="card-list">${value.map((v) => `<div class="json-card">${card(v, depth + 1)}</div>`).join('')}</div>`;
  }
  if (!isObject(value)) return escapeHtml(text(value));
  if (depth > 8) return '…';
  const heading = HEADING_KEYS.map((k) => text(get(value, k))).find(Boolean);
  const fields = Object.entries(value)
    .filter(([k]) => k !== '$schema')
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${card(v, depth + 1)}</dd>`)
    .join('');
  return `${heading ? `<p class="card-title">${escapeHtml(heading)}</p>` : ''}<dl>${fields}</dl>`;
}

/** supportTopicDescription, advisorRecommendationMetadata, diagnoseandsolve: the JSON as structured cards. */
export function renderCards(value: unknown): string {
  if (value === undefined) return '<p class="not-rendered">The JSON section cannot be read.</p>';
  return `<div class="json-card">${card(value, 0)}</div>`;
}
