import { formatDate } from '../../core/text/formatDate.ts';
import type {
  CardModel,
  EntityCardModel,
  FigureCardModel,
  StatementCardModel,
} from '../../core/cards/cardModels.ts';
import { h, nodes, type Child } from '../../ui/jsx.ts';
import { renderChartPanel } from '../../ui/renderChartPanel.tsx';

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
          ? ` · ${model.differs} of ${model.compared} reports of its period differ`
          : model.compared === 1
            ? ' · the one report of its period overlaps'
            : ` · all ${model.compared} reports of its period overlap`}
      </span>
    </p>,
    model.why && (
      <p class="why" data-verdict={model.verdict}>
        {model.why}
      </p>
    ),
    model.panels.map((panel) => renderChartPanel(panel, model.page)),
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
    // Where later reporting overturned it, the reversal below is the reason; said once.
    model.why && !(model.verdict === 'overturned' && model.reversal) && (
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
