/**
 * A table's or a quote box's label that names its own measure: "MSFT YTD return", "Weighting in S&P
 * 500", "Dividend yield", "P/E ratio", "1-year change", "52-week high", "Rank on the Fortune 500",
 * "Average score", and a fund's "Net IRR since inception", "Called to date", "TVPI". The value under it is that measure, whatever the blocks above it are about: the
 * labels and headings further up do not speak for it (a value's topic comes from its own label, or
 * none does). The head is a measure of markets, rankings or statistics, never a count of a story's
 * things ("Staff who signed", "Seats on the board").
 */
const MEASURE_HEAD =
  /\b(?:weight(?:ing)?s?|returns?|yields?|(?:share\s+|stock\s+|closing\s+|opening\s+|target\s+)?price|close|change|move|gain|loss|drawdown|volatility|beta|multiple|ratio|P\/?E|EPS|margin|growth|rate|spread|premium|discount|dividend|turnover|volume|rank(?:ing)?|position|score|rating|percentile|average|median|market\s+(?:value|cap(?:itali[sz]ation)?)|shares\s+outstanding|float|(?:52|fifty-two)[\s-]week\s+(?:high|low)|all[\s-]time\s+(?:high|low)|intraday\s+(?:high|low)|IRR|TVPI|DPI|RVPI|MOIC|NAV|net\s+asset\s+value|(?:called|drawn|deployed)(?:\s+(?:down|to\s+date|so\s+far))?|capital\s+(?:called|drawn|deployed))\b/i;

/** A label's shape: short, with no sentence's end. */
const LABEL_SHAPE = /^(?![^]*[.!?]["”’)]?\s*$)[^]{1,60}$/;

/** The label names its own measure (and no story topic: the caller asks that of its cues). */
export const namesOwnMeasure = (label: string) => LABEL_SHAPE.test(label.trim()) && MEASURE_HEAD.test(label);
