import { formatDate } from '../../core/text/formatDate.ts';
import type {
  CardModel,
  EntityCardModel,
  FigureCardModel,
  StatementCardModel,
} from '../../core/cards/cardModels.ts';
import { el, rangeStyle, type Child } from '../../ui/el.ts';

function entityCard(model: EntityCardModel, titleId: string): Child[] {
  return [
    el('p', { class: 'label' }, model.label),
    el('h2', { id: titleId }, model.title),
    el('p', { class: 'role' }, model.role),
    el('p', {}, model.description),
    model.events.length > 0 &&
      el(
        'ul',
        { 'aria-label': 'Key events' },
        ...model.events.map((e) =>
          el('li', {}, el('time', { datetime: e.date }, formatDate(e.date)), e.title),
        ),
      ),
    el(
      'p',
      { class: 'foot' },
      `Named in ${model.sourceCount} ${model.sourceCount === 1 ? 'source' : 'sources'} in Sourcemark's dataset. ${model.matched}`,
    ),
  ];
}

function figureCard(model: FigureCardModel, titleId: string): Child[] {
  const band = (r: { low: number; high: number }, cls: string) =>
    el('span', { class: cls, style: rangeStyle(r, model.scale) });
  return [
    el('p', { class: 'label' }, 'Figure claim'),
    el('h2', { id: titleId }, model.title),
    el(
      'p',
      { class: 'page' },
      'This page: ',
      el('b', {}, model.pageWording),
      el(
        'span',
        { class: 'muted' },
        model.differs
          ? ` · ${model.differs} of ${model.rows.length} reports differ`
          : ` · all ${model.rows.length} reports overlap`,
      ),
    ),
    model.why && el('p', { class: 'why', 'data-verdict': model.verdict }, model.why),
    el(
      'ul',
      { 'aria-label': 'What other outlets reported, oldest first' },
      ...model.rows.map((row) =>
        el(
          'li',
          { class: 'row', 'data-overlaps': String(row.overlaps) },
          el('span', { class: 'outlet' }, row.outlet),
          el('span', { class: 'wording' }, row.wording),
          el(
            'span',
            { class: 'track', 'aria-hidden': 'true' },
            band(model.pageRange, 'band'),
            band(row.range, 'bar'),
          ),
          el(
            'span',
            { class: 'meta' },
            [
              row.when && formatDate(row.when),
              row.provenance,
              row.note,
              row.overlaps ? null : 'does not overlap this page',
            ]
              .filter(Boolean)
              .join(' · '),
          ),
        ),
      ),
    ),
    el('p', { class: 'foot' }, model.question),
  ];
}

function statementCard(model: StatementCardModel, titleId: string): Child[] {
  return [
    el('p', { class: 'label' }, 'Statement'),
    el('h2', { id: titleId }, model.title),
    el('p', { class: 'page' }, 'This page: ', el('b', {}, model.pageWording)),
    model.why && el('p', { class: 'why', 'data-verdict': model.verdict }, model.why),
    model.reversal &&
      el(
        'p',
        { class: 'reversal' },
        el('b', {}, `Later reporting (${formatDate(model.reversal.date)}): `),
        model.reversal.summary,
      ),
    el(
      'ul',
      { class: 'versions', 'aria-label': 'How outlets put it' },
      ...model.versions.map((v) =>
        el('li', {}, el('b', {}, v.version), el('span', { class: 'muted' }, ` — ${v.outlets.join(', ')}`)),
      ),
    ),
    el('p', { class: 'foot' }, model.question),
  ];
}

/** Fills `card` (the dialog element) with the model's content. */
export function renderCard(card: HTMLElement, model: CardModel, titleId: string): void {
  const children =
    model.kind === 'entity'
      ? entityCard(model, titleId)
      : model.kind === 'figure'
        ? figureCard(model, titleId)
        : statementCard(model, titleId);
  card.replaceChildren(...children.filter((c): c is Node | string => !!c));
  card.setAttribute('aria-labelledby', titleId);
}
