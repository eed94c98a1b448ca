import { formatDate } from '../../core/text/formatDate.ts';
import type {
  CardModel,
  EntityCardModel,
  FigureCardModel,
  StatementCardModel,
} from '../../core/cards/cardModels.ts';
import { h, nodes, type Child } from '../../ui/jsx.ts';
import { rangeStyle } from '../../ui/rangeStyle.ts';

function entityCard(model: EntityCardModel, titleId: string): Child[] {
  const sources = `${model.sourceCount} ${model.sourceCount === 1 ? 'source' : 'sources'}`;
  return [
    <p class="label">{model.label}</p>,
    <h2 id={titleId}>{model.title}</h2>,
    <p class="role">{model.role}</p>,
    <p>{model.description}</p>,
    model.events.length > 0 && (
      <ul aria-label="Key events">
        {model.events.map((e) => (
          <li>
            <time datetime={e.date}>{formatDate(e.date)}</time>
            {e.title}
          </li>
        ))}
      </ul>
    ),
    <p class="foot">
      {`Named in ${sources} in Sourcemark's dataset. `}
      {model.matched}
    </p>,
  ];
}

function figureCard(model: FigureCardModel, titleId: string): Child[] {
  return [
    <p class="label">Figure claim</p>,
    <h2 id={titleId}>{model.title}</h2>,
    <p class="page">
      {'This page: '}
      <b>{model.pageWording}</b>
      <span class="muted">
        {model.differs
          ? ` · ${model.differs} of ${model.rows.length} reports differ`
          : ` · all ${model.rows.length} reports overlap`}
      </span>
    </p>,
    model.why && (
      <p class="why" data-verdict={model.verdict}>
        {model.why}
      </p>
    ),
    <ul aria-label="What other outlets reported, oldest first">
      {model.rows.map((row) => (
        <li class="row" data-overlaps={String(row.overlaps)}>
          <span class="outlet">{row.outlet}</span>
          <span class="wording">{row.wording}</span>
          <span class="track" aria-hidden="true">
            <span class="band" style={rangeStyle(model.pageRange, model.scale)} />
            <span class="bar" style={rangeStyle(row.range, model.scale)} />
          </span>
          <span class="meta">
            {[
              row.when && formatDate(row.when),
              row.provenance,
              row.note,
              row.overlaps ? null : 'does not overlap this page',
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>,
    <p class="foot">{model.question}</p>,
  ];
}

function statementCard(model: StatementCardModel, titleId: string): Child[] {
  return [
    <p class="label">Statement</p>,
    <h2 id={titleId}>{model.title}</h2>,
    <p class="page">
      {'This page: '}
      <b>{model.pageWording}</b>
    </p>,
    model.why && (
      <p class="why" data-verdict={model.verdict}>
        {model.why}
      </p>
    ),
    model.reversal && (
      <p class="reversal">
        <b>{`Later reporting (${formatDate(model.reversal.date)}): `}</b>
        {model.reversal.summary}
      </p>
    ),
    <ul class="versions" aria-label="How outlets put it">
      {model.versions.map((v) => (
        <li>
          <b>{v.version}</b>
          <span class="muted">{` — ${v.outlets.join(', ')}`}</span>
        </li>
      ))}
    </ul>,
    <p class="foot">{model.question}</p>,
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
  card.replaceChildren(...nodes(children));
  card.setAttribute('aria-labelledby', titleId);
}
